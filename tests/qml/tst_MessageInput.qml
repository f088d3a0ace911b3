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

    function field() { return findChild(input, "messageField") }
    function counter() { return findChild(input, "counter") }

    function init() {
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
