import QtQuick
import QtQuick.Window
import QtTest
import Gonggu
import Gonggu.Client

TestCase {
    name: "MessageList"
    when: windowShown
    width: 400
    height: 600

    // TestCase itself is never visible: give the view a real, shown window.
    Window {
        id: host
        width: 400
        height: 600
        visible: true
    }

    Component {
        id: listComponent
        MessageList {
            width: 400
            height: 600
            model: fixture.history
        }
    }

    function test_jumpToLatestOnlyWhenThereIsSomethingBelow() {
        fixture.reset()
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "messageListView")
        const jump = findChild(view, "jumpToLatest")
        tryCompare(list, "count", 50)
        tryVerify(() => list.atYEnd, 2000, "opens at the newest message")
        verify(!jump.visible, "nothing below the newest message")
        list.positionViewAtBeginning() // reading history: the newest are below
        tryCompare(list, "count", 100)
        tryVerify(() => jump.visible, 2000, "something below to jump to")
        list.positionViewAtEnd() // back at the end without the button (wheel, keys)
        tryVerify(() => list.atYEnd, 2000)
        tryVerify(() => !jump.visible, 2000, "at the newest again: nothing to jump to")
    }

    function test_olderPagesLoadAtTheTopAndTheReadingPlaceIsKept() {
        fixture.reset()
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "messageListView")
        tryCompare(list, "count", 50)
        tryVerify(() => list.atYEnd, 2000, "opens at the newest message")
        wait(50)
        compare(fixture.pageRequests, 0, "nothing older is fetched before the user scrolls up")

        // Reading up to the top asks for the next older page, once.
        list.positionViewAtBeginning()
        tryCompare(list, "count", 100)
        compare(fixture.pageRequests, 1)
        // The message that was at the top of the screen is still there: rows were
        // inserted above it, the view did not jump.
        const topBefore = 101
        tryVerify(() => {
            const row = list.rowAtTop()
            return row >= 0 && fixture.idAt(row) >= topBefore - 1 && fixture.idAt(row) <= topBefore + 1
        }, 2000, "the first message read stays in view")

        // And once more, until the start of history; then it stops asking.
        list.positionViewAtBeginning()
        tryCompare(list, "count", 150)
        list.positionViewAtBeginning()
        wait(50)
        compare(fixture.pageRequests, 2)
        verify(!fixture.history.hasOlder)
    }

    // The message at the top of the screen and where it is, in pixels from the view's top.
    function topRowOnScreen(list) {
        const row = list.rowAtTop()
        return {id: fixture.idAt(row), y: list.itemAtIndex(row).y - list.contentY}
    }
    function rowOnScreenY(list, id) {
        for (let row = 0; row < list.count; ++row) {
            if (fixture.idAt(row) === id)
                return list.itemAtIndex(row) ? list.itemAtIndex(row).y - list.contentY : NaN
        }
        return NaN
    }

    // What the product card folds by: reading back through the chat, until the
    // newest message is in view again.
    function test_readingHistoryWhileScrolledBack() {
        fixture.reset()
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "messageListView")
        tryCompare(list, "count", 50)
        tryVerify(() => list.atYEnd, 2000)
        verify(!view.readingHistory)
        for (let step = 0; step < 10; ++step)
            mouseWheel(list, list.width / 2, list.height / 2, 0, 120)
        tryVerify(() => !list.moving, 3000)
        verify(view.readingHistory, "scrolled back")
        list.positionViewAtEnd()
        tryVerify(() => !view.readingHistory, 2000, "back at the newest")
        verify(view.atNewest)
    }

    // As a person reads with the mouse wheel: the older page is asked for before the
    // top is reached (with a spinner), and when it arrives nothing on screen moves.
    function test_wheelLoadsOlderBeforeTheTopWithoutMovingTheText() {
        fixture.reset()
        fixture.holdPages = true
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "messageListView")
        tryCompare(list, "count", 50)
        tryVerify(() => list.atYEnd, 2000, "opens at the newest message")
        wait(50)
        compare(fixture.pageRequests, 0)

        for (let step = 0; step < 200 && fixture.pageRequests === 0; ++step) {
            mouseWheel(list, list.width / 2, list.height / 2, 0, 120)
            wait(20)
        }
        compare(fixture.pageRequests, 1, "the wheel alone asks for older messages")
        verify(!list.atYBeginning, "asked before the top was reached")
        verify(fixture.history.loadingOlder)
        tryVerify(() => !list.moving, 3000)

        const before = topRowOnScreen(list)
        fixture.answerPage()
        tryCompare(list, "count", 100)
        wait(50)
        verify(Math.abs(rowOnScreenY(list, before.id) - before.y) < 1,
               "message " + before.id + " stays at y " + before.y + ", is at " + rowOnScreenY(list, before.id))
        compare(fixture.pageRequests, 1, "one request per page")
    }

    // Scrolled all the way up before the page came: the rows arrive above the one read.
    function test_atTheVeryTopTheReadingPlaceIsKept() {
        fixture.reset()
        fixture.holdPages = true
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "messageListView")
        tryCompare(list, "count", 50)
        tryVerify(() => list.atYEnd, 2000)
        list.positionViewAtBeginning()
        tryCompare(fixture, "pageRequests", 1)
        wait(50)
        const before = topRowOnScreen(list)
        fixture.answerPage()
        tryCompare(list, "count", 100)
        wait(50)
        verify(Math.abs(rowOnScreenY(list, before.id) - before.y) < 1,
               "message " + before.id + " stays at y " + before.y + ", is at " + rowOnScreenY(list, before.id))
    }

    Component {
        id: bubbleComponent
        MessageBubble {
            width: 400
            type: Contract.MessageType.Chat
            senderId: "u-minsu"
            senderName: "<i>Minsu</i>"
            createdAt: new Date()
            delivery: MessageListModel.Sent
            mine: false
            newDay: false
        }
    }

    // Message text is shown as typed: markup and script are characters, never rendered.
    function test_htmlAndScriptAreShownLiterally() {
        const hostile = "<b>bold</b> <img src=\"x\" onerror=\"alert(1)\"> <a href=\"https://evil\">link</a>"
        const bubble = createTemporaryObject(bubbleComponent, host.contentItem, {content: hostile})
        const text = findChild(bubble, "messageText")
        compare(text.text, hostile)
        compare(text.textFormat, Text.PlainText)
        compare(text.hoveredLink, "")
        // Rendered as rich text the tags would vanish: "bold  link" is far narrower.
        const plain = createTemporaryObject(bubbleComponent, host.contentItem, {content: "bold  link"})
        verify(text.implicitWidth > 2 * findChild(plain, "messageText").implicitWidth,
               "the tags take up room on screen")
    }

    // A link or a phone number is a button beside the text: the text stays plain, and
    // nothing opens by itself.
    function test_linksAndPhoneNumbersBecomeButtons() {
        const content = "주문은 https://gonggu.example/p/1042 또는 010-1234-5678 로 <b>연락</b>"
        const bubble = createTemporaryObject(bubbleComponent, host.contentItem, {content: content})
        compare(findChild(bubble, "messageText").text, content)
        const buttons = []
        const collect = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName === "messageLink")
                    buttons.push(child.text)
                collect(child)
            }
        }
        collect(bubble)
        compare(buttons, ["🔗 https://gonggu.example/p/1042", "📞 010-1234-5678"])
    }

    // The text can be selected (and so copied) by mouse.
    function test_textIsSelectable() {
        const bubble = createTemporaryObject(bubbleComponent, host.contentItem, {content: "공구 감사합니다"})
        const text = findChild(bubble, "messageText")
        verify(text.selectByMouse)
        verify(text.readOnly)
        text.selectAll()
        compare(text.selectedText, "공구 감사합니다")
    }

    // A blocked member's messages fold into one line each; a tap opens one.
    function test_aBlockedMembersMessagesFold() {
        fixture.reset()
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "messageListView")
        tryCompare(list, "count", 50)
        const folded = () => {
            const lines = []
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const line = findChild(children[i], "blockedLine")
                if (line && line.visible)
                    lines.push(line)
            }
            return lines
        }
        compare(folded().length, 0)
        view.blockedUsers = ["u-seller"] // two of every three messages are the seller's
        tryVerify(() => folded().length > 0)
        const before = folded().length
        mouseClick(folded()[0])
        tryVerify(() => folded().length === before - 1, 2000, "the tapped one opens")
        view.blockedUsers = ["u-me"] // one's own messages never fold
        tryVerify(() => folded().length === 0)
    }
}
