import QtQuick
import QtTest
import Gonggu

TestCase {
    id: test
    name: "MessageInput"
    when: windowShown
    width: 400
    height: 200

    MessageInput {
        id: input
        width: 400
        limit: 2000 // ChatClient.maxMessageLength
    }
    SignalSpy {
        id: sent
        target: input
        signalName: "sendRequested"
    }
    SignalSpy {
        id: editedSpy
        target: input
        signalName: "editRequested"
    }
    SignalSpy {
        id: upSpy
        target: input
        signalName: "lastEditWanted"
    }

    function field() { return findChild(input, "messageField") }
    function counter() { return findChild(input, "counter") }

    function init() {
        input.cancelContext()
        editedSpy.clear()
        upSpy.clear()
        sent.clear()
        input.enabled = true
        field().text = ""
        field().forceActiveFocus()
    }

    function test_enterSends() {
        keyClick("h")
        keyClick("i")
        keyClick(Qt.Key_Return)
        compare(sent.count, 1)
        compare(sent.signalArguments[0][0], "hi")
        compare(field().text, "", "the field is cleared after sending")
    }

    function test_aReplyToMyOwnMessageSaysSo() {
        input.startReply(88125, "", "I'll take one box")
        compare(input.contextTitle, "Reply to yourself")
        compare(input.replyTo, 88125)
    }

    function test_aReplyNamesItsOriginalUntilSentOrCancelled() {
        input.startReply(88123, "Minsu", "is pickup at 6pm?")
        const bar = findChild(input, "contextBar")
        verify(bar.visible || input.replyTo > 0)
        compare(input.contextTitle, "Reply to Minsu")
        keyClick("y")
        keyClick(Qt.Key_Return)
        compare(sent.count, 1)
        compare(sent.signalArguments[0][2], 88123, "the reply names what it answers")
        compare(input.replyTo, 0, "one reply at a time")
        // Esc drops it, and the next message answers nothing.
        input.startReply(88124, "Minsu", "and 7pm?")
        keyClick(Qt.Key_Escape)
        compare(input.replyTo, 0)
        keyClick("n")
        keyClick(Qt.Key_Return)
        compare(sent.signalArguments[1][2], 0)
    }

    function test_editingSavesTheNewTextOrIsCancelled() {
        input.startEdit(77, "pickup at 5")
        compare(field().text, "pickup at 5", "the field holds the text to change")
        keyClick(Qt.Key_Backspace)
        keyClick("6")
        keyClick(Qt.Key_Return)
        compare(sent.count, 0, "an edit is not a new message")
        compare(editedSpy.count, 1)
        compare(editedSpy.signalArguments[0][0], 77)
        compare(editedSpy.signalArguments[0][1], "pickup at 6")
        compare(field().text, "")
        input.startEdit(77, "pickup at 6")
        keyClick(Qt.Key_Escape)
        compare(input.editing, 0)
        compare(field().text, "", "cancelling an edit puts nothing back into the field")
    }

    function test_upInAnEmptyFieldAsksToEditTheLastMessage() {
        keyClick(Qt.Key_Up)
        compare(upSpy.count, 1)
        keyClick("a")
        keyClick(Qt.Key_Up)
        compare(upSpy.count, 1, "with text in the field Up moves the cursor")
    }

    function test_shiftEnterStartsANewLine() {
        keyClick("a")
        keyClick(Qt.Key_Return, Qt.ShiftModifier)
        keyClick("b")
        compare(sent.count, 0)
        compare(field().text, "a\nb")
        keyClick(Qt.Key_Enter) // the keypad Enter sends too
        compare(sent.count, 1)
        compare(sent.signalArguments[0][0], "a\nb")
    }

    function test_tabMovesFocusOn() {
        keyClick("a")
        keyClick(Qt.Key_Tab)
        compare(field().text, "a", "no tab character in the message")
        verify(!field().activeFocus, "focus moved on to the next control")
    }

    function test_blankIsNotSent() {
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Return)
        compare(sent.count, 0)
    }

    function test_counterAppearsNearTheLimitAndBlocksOverIt() {
        // (TestCase itself is invisible, so effective `visible` is false for all of
        // its children: the tests read the flags the bindings depend on.)
        field().text = "x".repeat(1700)
        verify(!input.nearLimit)
        field().text = "x".repeat(1850)
        verify(input.nearLimit)
        compare(counter().text, "1850/2000")
        field().text = "가".repeat(2001)
        compare(input.length, 2001)
        keyClick(Qt.Key_Return)
        compare(sent.count, 0, "over the limit nothing is sent")
        // Characters, not UTF-16 units: 2000 emoji fit.
        field().text = "🍊".repeat(2000)
        compare(input.length, 2000)
        keyClick(Qt.Key_Return)
        compare(sent.count, 1)
    }

    function test_disabledShowsTheReason() {
        input.disabledReason = "This chat is read-only."
        input.enabled = false
        compare(findChild(input, "reason").text, "This chat is read-only.")
        keyClick("x")
        keyClick(Qt.Key_Return)
        compare(sent.count, 0, "a disabled input sends nothing")
    }
}
