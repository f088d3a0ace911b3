import QtQuick
import QtQuick.Window
import QtTest
import Gonggu
import Gonggu.Client

// One message as the chat shows it: a reply's quote, a tombstone, "edited", the
// reactions under it, the unread number, and its menu from the mouse and from touch.
TestCase {
    name: "MessageBubble"
    when: windowShown
    width: 400
    height: 400

    Window {
        id: host
        width: 400
        height: 400
        visible: true
    }

    Component {
        id: bubbleComponent
        MessageBubble {
            width: 400
            type: Contract.MessageType.Chat
            senderId: "u-farm"
            senderName: "Farm Kim"
            content: "Yes, half boxes are fine."
            createdAt: new Date(2026, 11, 2, 18, 30)
            delivery: MessageListModel.Sent
            mine: false
            newDay: false
            reactionSet: ["👍", "❤️", "😂", "😮", "😢", "🙏"]
            canReact: true
            canReply: true
        }
    }
    SignalSpy { id: quoteSpy; signalName: "quoteTapped" }
    SignalSpy { id: reactSpy; signalName: "reactionToggled" }
    SignalSpy { id: replySpy; signalName: "replyRequested" }

    function make(properties) {
        const bubble = createTemporaryObject(bubbleComponent, host.contentItem, properties || {})
        verify(bubble)
        for (const spy of [quoteSpy, reactSpy, replySpy]) {
            spy.clear()
            spy.target = bubble
        }
        waitForRendering(bubble)
        return bubble
    }
    function shownText(bubble) { return findChild(bubble, "messageText").text }
    function timeLabelOf(bubble) {
        // The label under the unread number: "edited · 6:30 PM" or the time alone.
        const unread = findChild(bubble, "unreadBy")
        const column = unread.parent
        return column.children[1].text
    }

    function test_aReplyQuotesItsOriginalAndATapShowsIt() {
        const bubble = make({replyTo: 88123, quoteSender: "Jiwoo", quoteContent: "Can I split\na box?"})
        const quote = findChild(bubble, "quote")
        verify(quote.visible)
        const labels = quote.children[1].children
        compare(labels[0].text, "Reply to Jiwoo")
        compare(labels[1].text, "Can I split a box?", "line breaks fold into one line")
        mouseClick(quote)
        compare(quoteSpy.count, 1, "a tap on the quote asks to show the original")
    }

    function test_aReplyToMyOwnMessageSaysSo() {
        // The seller answers my message: to me.
        const bubble = make({replyTo: 88123, quoteSender: "Minsu", quoteMine: true, quoteContent: "I'll take one box"})
        compare(findChild(bubble, "quote").children[1].children[0].text, "Reply to you")
        // I answer my own.
        const mine = make({replyTo: 88123, quoteSender: "Minsu", quoteMine: true, mine: true,
                           quoteContent: "I'll take one box"})
        compare(findChild(mine, "quote").children[1].children[0].text, "Reply to yourself")
    }

    function test_aQuoteOfADeletedMessageSaysSo() {
        const bubble = make({replyTo: 88123, quoteSender: "Jiwoo", quoteContent: "", quoteDeleted: true})
        const labels = findChild(bubble, "quote").children[1].children
        compare(labels[1].text, "Message deleted")
        verify(labels[1].font.italic)
    }

    function test_aTombstoneShowsNothingOfWhatWasThere() {
        const bubble = make({deleted: true, content: "", replyTo: 88123, quoteSender: "Jiwoo",
                             quoteContent: "Can I split a box?", unreadBy: 3, edited: true,
                             reactions: [{emoji: "👍", count: 2, mine: false}]})
        compare(shownText(bubble), "Message deleted")
        verify(findChild(bubble, "messageText").font.italic)
        verify(!findChild(bubble, "quote").visible, "no quote on a tombstone")
        verify(!findChild(bubble, "reactions").visible, "no reactions on a tombstone")
        verify(!findChild(bubble, "unreadBy").visible, "no unread number on a tombstone")
        verify(timeLabelOf(bubble).indexOf("edited") < 0, "a tombstone is not \"edited\"")
        mouseClick(findChild(bubble, "messageText"), 10, 10, Qt.RightButton)
        wait(100)
        verify(!findChild(bubble, "messageMenu").visible, "nothing to do with a tombstone")
    }

    function test_anEditedMessageSaysSoBesideItsTime() {
        const bubble = make({edited: true})
        verify(timeLabelOf(bubble).startsWith("edited · "), timeLabelOf(bubble))
        const plain = make({})
        verify(plain !== bubble)
        verify(timeLabelOf(plain).indexOf("edited") < 0)
    }

    function test_theUnreadNumberCountsDownAndGoesAtZero() {
        const bubble = make({unreadBy: 2})
        const unread = findChild(bubble, "unreadBy")
        verify(unread.visible)
        compare(unread.text, "2")
        bubble.unreadBy = 0
        verify(!unread.visible, "read by everyone: no number")
    }

    function test_reactionsShowTheirCountsAndATapTogglesOne() {
        const bubble = make({reactions: [{emoji: "👍", count: 3, mine: true}, {emoji: "😮", count: 1, mine: false}]})
        const flow = findChild(bubble, "reactions")
        verify(flow.visible)
        const chips = Array.from(flow.children).filter(child => child.text !== undefined && child.text !== "")
        compare(chips.length, 2)
        compare(chips[0].text, "👍 3")
        verify(chips[0].highlighted, "mine stands out")
        compare(chips[1].text, "😮 1")
        verify(!chips[1].highlighted)
        mouseClick(chips[1])
        compare(reactSpy.count, 1)
        compare(reactSpy.signalArguments[0][0], "😮")
        bubble.canReact = false // a CANCELLED room: they show, nobody can change them
        verify(!chips[0].enabled)
    }

    function test_rightClickOpensTheMenuWithWhatIsAllowed() {
        const bubble = make({canEdit: false, canDelete: false})
        const menu = findChild(bubble, "messageMenu")
        mouseClick(findChild(bubble, "messageText"), 10, 10, Qt.RightButton)
        tryVerify(() => menu.opened, 2000, "the menu opens on a right click")
        verify(findChild(menu.contentItem, "replyItem").visible)
        verify(!findChild(menu.contentItem, "editItem").visible, "someone else's message: no edit")
        verify(!findChild(menu.contentItem, "deleteItem").visible, "no delete for a buyer")
        const heart = findChild(menu.contentItem, "react-❤️")
        verify(heart, "the six reactions are at the top of the menu")
        mouseClick(heart)
        compare(reactSpy.count, 1)
        compare(reactSpy.signalArguments[0][0], "❤️")
        tryVerify(() => !menu.visible, 2000, "a reaction closes the menu")
    }

    function longPress(target) {
        const touch = touchEvent(target)
        touch.press(0, target, 3, 3).commit()
        wait(1200) // longer than a long press
        touch.release(0, target, 3, 3).commit()
    }

    // Where a finger lands is the text, mostly; or the bubble's edge around it.
    function test_aLongPressOnATouchScreenOpensTheMenu_data() {
        return [{tag: "on the text", target: "messageText"}, {tag: "on the bubble's edge", target: "bubble"}]
    }
    function test_aLongPressOnATouchScreenOpensTheMenu(data) {
        const bubble = make({mine: true, canEdit: true, canDelete: true})
        const menu = findChild(bubble, "messageMenu")
        const text = findChild(bubble, "messageText")
        longPress(data.target === "messageText" ? text : text.parent)
        tryVerify(() => menu.opened, 2000, "press and hold opens the menu")
        verify(findChild(menu.contentItem, "editItem").visible, "my own message: edit")
        verify(findChild(menu.contentItem, "deleteItem").visible)
        mouseClick(findChild(menu.contentItem, "replyItem"))
        compare(replySpy.count, 1)
    }

    function test_aMessageStillSendingHasNoMenu() {
        const bubble = make({delivery: MessageListModel.Pending, mine: true})
        mouseClick(findChild(bubble, "messageText"), 10, 10, Qt.RightButton)
        wait(100)
        verify(!findChild(bubble, "messageMenu").visible, "not on the server yet: nothing to reply to")
    }
}
