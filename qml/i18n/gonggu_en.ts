<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../components/AddressDialog.qml" line="35"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="57"/>
        <source>Up to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="58"/>
        <source>A Korean phone number, such as 010-1234-5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="59"/>
        <source>A 5-digit postal code, such as 06236.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="60"/>
        <source>5 to 200 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="72"/>
        <source>Only the seller of this group buy sees it. It is removed if you leave or the buy is called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="82"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="91"/>
        <source>Phone (010-1234-5678)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="100"/>
        <source>Postal code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="109"/>
        <source>Address, building, unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="126"/>
        <source>Remember it on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="137"/>
        <source>Send to the seller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressListDialog</name>
    <message>
        <location filename="../components/AddressListDialog.qml" line="24"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="27"/>
        <source>Delivery addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="35"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/AddressListDialog.qml" line="49"/>
        <source>%n buyer(s) gave an address.</source>
        <translation>
            <numerusform>%n buyer gave an address.</numerusform>
            <numerusform>%n buyers gave an address.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="87"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="88"/>
        <source>Copy the address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="99"/>
        <source>Copy all for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRoomPage</name>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="31"/>
        <source>Back to group buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="53"/>
        <source>%1 / %2 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="71"/>
        <location filename="../pages/ChatRoomPage.qml" line="91"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="72"/>
        <location filename="../pages/ChatRoomPage.qml" line="83"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="72"/>
        <source>Join group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="77"/>
        <source>Join this group buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="78"/>
        <source>You commit to buy at the group price. You can leave while it is recruiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="79"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="81"/>
        <source>Leave this group buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="82"/>
        <source>Your place goes back to the group buy. You can join again while it is recruiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="85"/>
        <source>Close recruiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="87"/>
        <source>Only %1 of the %2 buyers needed have joined. Close the group buy with them anyway? Viewers will leave the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="89"/>
        <source>The group buy closes with %1 buyers. Viewers will leave the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="95"/>
        <source>Cancel this group buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="96"/>
        <source>Everyone in the room is told, and the chat becomes read-only. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="121"/>
        <location filename="../pages/ChatRoomPage.qml" line="123"/>
        <source>Search in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="144"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="163"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="170"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="177"/>
        <source>Delivery addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="188"/>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="270"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="282"/>
        <source>Close the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="300"/>
        <source>Delete this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="301"/>
        <source>It is removed for everyone in the room; &quot;Message deleted&quot; stays in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="302"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="359"/>
        <source>Nothing among the newest messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="359"/>
        <source>No messages found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="371"/>
        <source>Search older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="388"/>
        <source>The original message is no longer in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="97"/>
        <location filename="../pages/ChatRoomPage.qml" line="131"/>
        <location filename="../pages/ChatRoomPage.qml" line="133"/>
        <location filename="../pages/ChatRoomPage.qml" line="157"/>
        <source>Cancel the group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="237"/>
        <source>Choose a group buy to see its chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="40"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../components/ConnectionBanner.qml" line="16"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ConnectionBanner.qml" line="17"/>
        <source>Connection lost. Reconnecting… Messages you write are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ConnectionBanner.qml" line="18"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../components/Countdown.qml" line="22"/>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Countdown.qml" line="24"/>
        <source>%1d %2h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Countdown.qml" line="26"/>
        <source>%1h %2m left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Countdown.qml" line="27"/>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="13"/>
        <source>Open a group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="29"/>
        <source>What are you selling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="31"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="37"/>
        <source>Details: price, pickup, delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="39"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="44"/>
        <source>Buyers needed (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="46"/>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="48"/>
        <source>Open for (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="55"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="60"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../pages/LoginPage.qml" line="31"/>
        <source>Buy together, chat together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="37"/>
        <location filename="../pages/LoginPage.qml" line="40"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="46"/>
        <location filename="../pages/LoginPage.qml" line="48"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="54"/>
        <source>Display name (shown in chats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="55"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="61"/>
        <location filename="../pages/LoginPage.qml" line="63"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="75"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="75"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="84"/>
        <source>I already have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="84"/>
        <source>Create a new account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="15"/>
        <source>Gonggu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../components/MessageBubble.qml" line="76"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="77"/>
        <location filename="../components/MessageBubble.qml" line="203"/>
        <location filename="../components/MessageBubble.qml" line="224"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="101"/>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="136"/>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="192"/>
        <source>Reply to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="193"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="193"/>
        <location filename="../components/MessageBubble.qml" line="283"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="215"/>
        <source>Show the message this replies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="273"/>
        <source>React with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="289"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="298"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="305"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="323"/>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/MessageBubble.qml" line="337"/>
        <source>%n not read yet</source>
        <translation>
            <numerusform>%n member has not read it yet</numerusform>
            <numerusform>%n members have not read it yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="344"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="345"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="346"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="353"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="399"/>
        <source>%1, %2, yours: take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="400"/>
        <source>%1, %2: react too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="421"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="422"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../components/MessageInput.qml" line="50"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="50"/>
        <source>Reply to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="57"/>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="150"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="150"/>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="168"/>
        <location filename="../components/MessageInput.qml" line="171"/>
        <source>Send as an announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="170"/>
        <source>Sends as an announcement, pinned for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="180"/>
        <location filename="../components/MessageInput.qml" line="183"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="180"/>
        <source>Announcement to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="220"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="220"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../components/MessageList.qml" line="293"/>
        <source>Jump to latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../components/ParticipantList.qml" line="23"/>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="33"/>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="34"/>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="34"/>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="53"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="53"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="57"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateDetailsDialog</name>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="24"/>
        <source>Send this to everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="32"/>
        <source>It looks like a phone number or an address. Everyone in this chat can read it; the delivery address form goes to the seller only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="40"/>
        <source>Send in the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="45"/>
        <source>Send it privately</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../components/RoomDelegate.qml" line="32"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="41"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="98"/>
        <source>Your group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="101"/>
        <source>%1 · you joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomListPage</name>
    <message>
        <location filename="../pages/RoomListPage.qml" line="20"/>
        <source>Group buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="31"/>
        <location filename="../pages/RoomListPage.qml" line="33"/>
        <source>Open a group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="40"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="46"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="50"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="68"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="75"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="91"/>
        <source>All active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="95"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="112"/>
        <source>You have not joined any group buy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="113"/>
        <source>No group buy is recruiting right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomListView</name>
    <message>
        <location filename="../components/RoomListView.qml" line="25"/>
        <source>Group buys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <location filename="../components/Sentences.qml" line="10"/>
        <source>%1 joined the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="11"/>
        <source>%1 joined the group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="12"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="13"/>
        <source>%1 left the room when the group buy closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="14"/>
        <source>The group buy is complete 🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="15"/>
        <source>The group buy was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="16"/>
        <source>The deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../components/StatusBadge.qml" line="12"/>
        <source>Recruiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/StatusBadge.qml" line="13"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/StatusBadge.qml" line="14"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::ChatClient</name>
    <message>
        <location filename="../../client/chatclient.cpp" line="39"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="71"/>
        <source>Wrong username or password, or your session expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="73"/>
        <source>That name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="75"/>
        <source>This group buy is already full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="77"/>
        <source>This group buy is no longer recruiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="79"/>
        <source>This chat is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="81"/>
        <source>You are not a member of this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="83"/>
        <source>You are not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="85"/>
        <source>You are sending messages too fast. Wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="87"/>
        <source>This message cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="89"/>
        <source>This group buy does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="93"/>
        <source>A username has 3 to 32 characters: a-z, 0-9, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="95"/>
        <source>A password has 8 to 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="97"/>
        <source>A display name has 1 to 64 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="99"/>
        <source>The title must have 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="100"/>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="102"/>
        <source>The server cannot store anything right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="106"/>
        <source>Something went wrong. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="107"/>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="405"/>
        <source>Announcement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="407"/>
        <source>The group buy is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="408"/>
        <source>The group buy was called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="410"/>
        <source>The group buy is complete; its chat is now for the buyers only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::FreedesktopNotifier</name>
    <message>
        <location filename="../../client/notify/freedesktopnotifier.cpp" line="35"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomAddresses</name>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="136"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="136"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="136"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="137"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="137"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomListModel</name>
    <message>
        <location filename="../../client/models/roomlistmodel.cpp" line="43"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomSession</name>
    <message>
        <location filename="../../client/roomsession.cpp" line="101"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="103"/>
        <source>This group buy was cancelled. The chat is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="109"/>
        <source>You left this group buy. Join it to chat again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="110"/>
        <source>You are no longer a member of this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="113"/>
        <source>This group buy is closed to viewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="152"/>
        <source>The group buy closed; viewers have left the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/roomsession.cpp" line="414"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n person is typing…</numerusform>
            <numerusform>%n people are typing…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="416"/>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="418"/>
        <source>%1 and %2 are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/roomsession.cpp" line="420"/>
        <source>%1 and %n others are typing…</source>
        <translation>
            <numerusform>%1 and %n other are typing…</numerusform>
            <numerusform>%1 and %n others are typing…</numerusform>
        </translation>
    </message>
</context>
</TS>
