import QtQuick
import QtQuick.Window
import QtTest
import Gonggu

// The countdown repaints only when its text changes: once a minute while more than an
// hour is left, once a second in the last hour, never after the deadline.
TestCase {
    name: "Countdown"
    when: windowShown

    // A shown window: the countdown sleeps while it is not visible.
    Window {
        id: host
        width: 200
        height: 50
        visible: true
    }

    Component {
        id: countdown
        Countdown {}
    }

    function test_wakesOnceAMinuteWhileHoursAreLeft() {
        const c = createTemporaryObject(countdown, host.contentItem, {deadline: new Date(Date.now() + 3 * 3600 * 1000 + 30 * 1000)})
        const tick = findChild(c, "tick")
        verify(tick.running)
        verify(tick.interval > 1000 && tick.interval <= 60020, "interval " + tick.interval)
        compare(c.text, "3h 0m left")
    }

    // Asleep while hidden (or counting to another deadline), it shows the time left
    // now as soon as it is shown again or given a new deadline, not when it next wakes.
    function test_aNewDeadlineOrBeingShownCountsFromNow() {
        const c = createTemporaryObject(countdown, host.contentItem, {deadline: new Date(Date.now() + 3 * 3600 * 1000)})
        c.now = Date.now() - 5 * 60 * 1000 // as when it last woke, minutes ago
        c.deadline = new Date(Date.now() + 2 * 3600 * 1000 + 30 * 1000)
        compare(c.text, "2h 0m left")
        c.visible = false
        c.now = Date.now() - 5 * 60 * 1000
        c.visible = true
        compare(c.text, "2h 0m left")
    }

    function test_wakesOnceASecondInTheLastHour() {
        const c = createTemporaryObject(countdown, host.contentItem, {deadline: new Date(Date.now() + 10 * 60 * 1000)})
        const tick = findChild(c, "tick")
        verify(tick.interval <= 1020, "interval " + tick.interval)
        const before = c.text
        tryVerify(() => c.text !== before, 2500, "the seconds move")
    }

    function test_sleepsAfterTheDeadline() {
        const c = createTemporaryObject(countdown, host.contentItem, {deadline: new Date(Date.now() - 1000)})
        verify(!findChild(c, "tick").running)
        compare(c.text, "Deadline passed")
    }
}
