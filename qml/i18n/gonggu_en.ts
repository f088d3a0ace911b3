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
    <name>AnnouncementsDialog</name>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="27"/>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="35"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="64"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="77"/>
        <source>Announcement of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="92"/>
        <source>Older announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="106"/>
        <source>No announcements yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentAnswersDialog</name>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="29"/>
        <source>Pickup · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="30"/>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="51"/>
        <source>%1 coming · %2 can&apos;t come · %3 no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentBar</name>
    <message>
        <location filename="../components/AppointmentBar.qml" line="54"/>
        <source>Pickup · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="55"/>
        <source>(passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="83"/>
        <source>%1 coming · %2 can&apos;t come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="106"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="113"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="49"/>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="70"/>
        <source>Everyone in the chat sees the pickup. Moving it asks the buyers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="79"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="88"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="88"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="89"/>
        <source>ddd, MMM d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="93"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="101"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="109"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="112"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="118"/>
        <source>e.g. the main gate of Block 101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="121"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="127"/>
        <source>Optional, e.g. bring a bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="133"/>
        <source>Buyers see: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="143"/>
        <source>That time has passed: choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="161"/>
        <source>Call off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="176"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../components/AttachmentView.qml" line="35"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="36"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="79"/>
        <source>Photo not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="85"/>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="123"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="141"/>
        <source>Uploading, %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="148"/>
        <source>Stop sending</source>
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
        <location filename="../pages/ChatRoomPage.qml" line="55"/>
        <source>%1 / %2 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="74"/>
        <location filename="../pages/ChatRoomPage.qml" line="94"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="75"/>
        <location filename="../pages/ChatRoomPage.qml" line="86"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="75"/>
        <source>Join group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="80"/>
        <source>Join this group buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="81"/>
        <source>You commit to buy at the group price. You can leave while it is recruiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="82"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="84"/>
        <source>Leave this group buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="85"/>
        <source>Your place goes back to the group buy. You can join again while it is recruiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="88"/>
        <source>Close recruiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="90"/>
        <source>Only %1 of the %2 buyers needed have joined. Close the group buy with them anyway? Viewers will leave the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="92"/>
        <source>The group buy closes with %1 buyers. Viewers will leave the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="98"/>
        <source>Cancel this group buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="99"/>
        <source>Everyone in the room is told, and the chat becomes read-only. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="124"/>
        <location filename="../pages/ChatRoomPage.qml" line="126"/>
        <source>Search in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="147"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="166"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="173"/>
        <source>Product details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="180"/>
        <source>Deadline and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="187"/>
        <source>Reopen the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="187"/>
        <source>Pause the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="194"/>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="201"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="208"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="215"/>
        <source>Delivery addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="226"/>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="338"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="350"/>
        <source>Close the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="381"/>
        <source>Product photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="389"/>
        <source>Did you get it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="390"/>
        <source>The seller is told that you have your order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="391"/>
        <source>I got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="417"/>
        <source>Block %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="418"/>
        <source>Their messages fold away for you in every room. They are not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="419"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="423"/>
        <source>Delete this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="424"/>
        <source>It is removed for everyone in the room; &quot;Message deleted&quot; stays in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="425"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="505"/>
        <source>Nothing among the newest messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="505"/>
        <source>No messages found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="517"/>
        <source>Search older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="528"/>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="545"/>
        <source>The original message is no longer in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="100"/>
        <location filename="../pages/ChatRoomPage.qml" line="134"/>
        <location filename="../pages/ChatRoomPage.qml" line="136"/>
        <location filename="../pages/ChatRoomPage.qml" line="160"/>
        <source>Cancel the group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="305"/>
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
        <location filename="../pages/CreateRoomDialog.qml" line="14"/>
        <source>Open a group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="37"/>
        <source>What are you selling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="39"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="49"/>
        <source>Details: origin, pickup place, delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="51"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="56"/>
        <source>Buyers needed (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="58"/>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="60"/>
        <source>Open for (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="73"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../components/LimitsDialog.qml" line="28"/>
        <source>Deadline and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="50"/>
        <source>Buyers needed (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="59"/>
        <source>More time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="70"/>
        <source>New deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="78"/>
        <source>As many places as buyers who joined: the group buy closes as full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="100"/>
        <source>Save</source>
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
        <location filename="../components/MessageBubble.qml" line="89"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="90"/>
        <location filename="../components/MessageBubble.qml" line="221"/>
        <location filename="../components/MessageBubble.qml" line="258"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/MessageBubble.qml" line="91"/>
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(%n file)</numerusform>
            <numerusform>(%n files)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="115"/>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="150"/>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="210"/>
        <source>Reply to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="210"/>
        <source>Reply to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="211"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="211"/>
        <location filename="../components/MessageBubble.qml" line="317"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="233"/>
        <source>Show the message this replies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="307"/>
        <source>React with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="323"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="334"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="341"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="348"/>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="355"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="373"/>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/MessageBubble.qml" line="387"/>
        <source>%n not read yet</source>
        <translation>
            <numerusform>%n member has not read it yet</numerusform>
            <numerusform>%n members have not read it yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="394"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="395"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="396"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="403"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="449"/>
        <source>%1, %2, yours: take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="450"/>
        <source>%1, %2: react too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="471"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="472"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../components/MessageInput.qml" line="60"/>
        <source>A message can carry at most 10 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="85"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="85"/>
        <source>Reply to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="92"/>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="136"/>
        <source>Photos and files to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="139"/>
        <source>Photos and PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="198"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="198"/>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="253"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="281"/>
        <source>Attach photos or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="283"/>
        <source>Attach photos or PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="295"/>
        <location filename="../components/MessageInput.qml" line="298"/>
        <source>Send as an announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="297"/>
        <source>Sends as an announcement, pinned for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="307"/>
        <location filename="../components/MessageInput.qml" line="310"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="307"/>
        <source>Announcement to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="347"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="347"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../components/MessageList.qml" line="83"/>
        <source>Announcements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageList.qml" line="279"/>
        <source>A message from someone you blocked · Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/MessageList.qml" line="350"/>
        <source>Jump to latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderBar</name>
    <message>
        <location filename="../components/OrderBar.qml" line="55"/>
        <source>%1 of %2 buyers have not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="56"/>
        <source>Pay the seller as they asked in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="57"/>
        <source>Paid. Tell the seller when you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="58"/>
        <source>You have it. Enjoy!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="59"/>
        <source>This order was called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="70"/>
        <source>I got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="78"/>
        <source>Orders ›</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <location filename="../components/OrdersDialog.qml" line="31"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="39"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/OrdersDialog.qml" line="47"/>
        <source>%n buyer(s) were reminded to pay.</source>
        <translation>
            <numerusform>%n buyer was reminded to pay.</numerusform>
            <numerusform>%n buyers were reminded to pay.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="48"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="61"/>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="65"/>
        <source>Not paid yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="101"/>
        <source>Since the close, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="103"/>
        <source>Confirmed by the buyer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="105"/>
        <source>By the marketplace, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="125"/>
        <source>Change the order of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="158"/>
        <source>Remind those who have not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="166"/>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../components/ParticipantList.qml" line="30"/>
        <source>Mute for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="37"/>
        <source>Mute for a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="44"/>
        <source>Let them write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="51"/>
        <source>Remove from the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="58"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="63"/>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="63"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="84"/>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="94"/>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="95"/>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="95"/>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="128"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="128"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="132"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="139"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../components/PhotoViewer.qml" line="93"/>
        <source>This photo could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="128"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="149"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="160"/>
        <source>Previous photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="168"/>
        <source>Next photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceLine</name>
    <message>
        <location filename="../components/PriceLine.qml" line="18"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PriceLine.qml" line="36"/>
        <source>regular price %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prices</name>
    <message>
        <location filename="../components/Prices.qml" line="19"/>
        <source>%1 won</source>
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
    <name>ProductCard</name>
    <message>
        <location filename="../components/ProductCard.qml" line="27"/>
        <source>Pickup or delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="28"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="28"/>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="44"/>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="66"/>
        <source>Product photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="80"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="111"/>
        <location filename="../components/ProductCard.qml" line="114"/>
        <source>%1 / %2 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="128"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../components/ProductDialog.qml" line="26"/>
        <source>Product details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductDialog.qml" line="47"/>
        <source>Everyone in the chat is told when the product changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductDialog.qml" line="73"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductFields</name>
    <message>
        <location filename="../components/ProductFields.qml" line="51"/>
        <source>Enter the group price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="52"/>
        <source>The regular price cannot be below the group price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="53"/>
        <source>Say what one unit is in one line of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="54"/>
        <source>Choose pickup, delivery or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="56"/>
        <source>The photo must be a JPEG, PNG, WebP or GIF of at most 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="58"/>
        <source>The product details are not right yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="75"/>
        <source>Product photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="78"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="89"/>
        <location filename="../components/ProductFields.qml" line="97"/>
        <source>Group price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="94"/>
        <source>e.g. 29000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="99"/>
        <location filename="../components/ProductFields.qml" line="107"/>
        <source>Regular price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="104"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="109"/>
        <location filename="../components/ProductFields.qml" line="116"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="114"/>
        <source>e.g. 10kg box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="124"/>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="130"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="152"/>
        <source>Change photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="152"/>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="157"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="170"/>
        <source>Buyers see:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="27"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="49"/>
        <source>They are told why, and cannot come back to this group buy. A buyer&apos;s place goes back to the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="59"/>
        <source>Why (they will see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="77"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../components/ReportDialog.qml" line="32"/>
        <source>Report this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="32"/>
        <source>Report %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="59"/>
        <source>Gonggu&apos;s operators read it. %1 is not told who reported them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="69"/>
        <source>What is wrong (e.g. asks to pay outside the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="87"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../components/RoomDelegate.qml" line="34"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="43"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="123"/>
        <source>Your group buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="126"/>
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
    <message>
        <location filename="../components/Sentences.qml" line="17"/>
        <source>The seller updated the product details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="18"/>
        <source>The seller gave the group buy more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="19"/>
        <source>The seller changed the number of places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="20"/>
        <source>The seller set the pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="21"/>
        <source>The seller changed the pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="22"/>
        <source>The seller called off the pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="23"/>
        <source>The seller removed %1 from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="24"/>
        <source>The seller muted %1 for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="25"/>
        <source>%1 can write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="26"/>
        <source>The seller paused the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="27"/>
        <source>The seller reopened the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="33"/>
        <source>ddd, MMM d, h:mm AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="38"/>
        <source>Coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="39"/>
        <source>Can&apos;t come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="41"/>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="46"/>
        <source>Not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="47"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="48"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="49"/>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="56"/>
        <source>Mark as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="57"/>
        <source>Mark as handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="58"/>
        <source>Not paid after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="60"/>
        <source>Cancel and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="60"/>
        <source>Cancel the order</source>
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
        <location filename="../../client/chatclient.cpp" line="43"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="75"/>
        <source>Wrong username or password, or your session expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="78"/>
        <source>That name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="80"/>
        <source>More buyers have joined than that: no one is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="81"/>
        <source>Someone changed this meanwhile. Look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="83"/>
        <source>This group buy is already full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="85"/>
        <source>This group buy is no longer recruiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="87"/>
        <source>This chat is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="89"/>
        <source>You are not a member of this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="91"/>
        <source>You are not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="93"/>
        <source>You are sending messages too fast. Wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="96"/>
        <source>Only photos (JPEG, PNG, WebP, GIF) and PDF files can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="98"/>
        <source>A file can be at most 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="100"/>
        <source>A message can carry at most 10 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="102"/>
        <source>This file could not be read as a photo or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="103"/>
        <source>This message cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="105"/>
        <source>This group buy does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="109"/>
        <source>A username has 3 to 32 characters: a-z, 0-9, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="111"/>
        <source>A password has 8 to 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="113"/>
        <source>A display name has 1 to 64 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="115"/>
        <source>The title must have 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="117"/>
        <source>A group buy takes at least as many buyers as it needs, at most 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="118"/>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="120"/>
        <source>The server cannot store anything right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="124"/>
        <source>Something went wrong. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="125"/>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="519"/>
        <source>Your order is waiting for payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="521"/>
        <source>Your payment was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="523"/>
        <source>Your order was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="525"/>
        <source>Your order was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="530"/>
        <source>%1 is waiting for payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="532"/>
        <source>%1 has paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="534"/>
        <source>%1 confirmed receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="536"/>
        <source>The order of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="549"/>
        <source>Announcement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="551"/>
        <source>The group buy is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="552"/>
        <source>The group buy was called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="555"/>
        <source>The seller removed you from this group buy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="557"/>
        <source>The group buy is complete; its chat is now for the buyers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="559"/>
        <source>The seller is waiting for your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="563"/>
        <source>The pickup moved: %1, %2. Please answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="566"/>
        <source>The pickup on %1 was called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="568"/>
        <source>Pickup in an hour: %1, %2.</source>
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
    <message numerus="yes">
        <location filename="../../client/models/roomlistmodel.cpp" line="12"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/models/roomlistmodel.cpp" line="14"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/models/roomlistmodel.cpp" line="15"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/models/roomlistmodel.cpp" line="56"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomOrders</name>
    <message>
        <location filename="../../client/roomorders.cpp" line="170"/>
        <source>Everyone who has not paid was reminded within the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomorders.cpp" line="196"/>
        <source>The list could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomSession</name>
    <message>
        <location filename="../../client/roomsession.cpp" line="123"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="125"/>
        <source>This group buy was cancelled. The chat is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="127"/>
        <source>The seller paused the chat. You can read it, and write again once it reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="129"/>
        <source>The seller muted you until %1. You can read the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="137"/>
        <source>You left this group buy. Join it to chat again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="138"/>
        <source>You are no longer a member of this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="141"/>
        <source>This group buy is closed to viewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="182"/>
        <source>The group buy closed; viewers have left the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/roomsession.cpp" line="659"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n person is typing…</numerusform>
            <numerusform>%n people are typing…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="661"/>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="663"/>
        <source>%1 and %2 are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/roomsession.cpp" line="665"/>
        <source>%1 and %n others are typing…</source>
        <translation>
            <numerusform>%1 and %n other are typing…</numerusform>
            <numerusform>%1 and %n others are typing…</numerusform>
        </translation>
    </message>
</context>
</TS>
