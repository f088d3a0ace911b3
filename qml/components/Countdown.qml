import QtQuick
import QtQuick.Controls
import Gonggu

// Time left until the deadline. It wakes only when what it shows changes: once a
// second in the last hour, once a minute before (an idle app uses no CPU).
Label {
    id: root

    required property date deadline
    property real now: Date.now()

    readonly property real secondsLeft: Math.max(0, Math.floor((deadline.getTime() - now) / 1000))

    color: secondsLeft < 3600 ? Theme.danger : Theme.subtle
    font.pixelSize: Theme.textMeta
    text: {
        const s = secondsLeft
        const d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600)
        const m = Math.floor(s % 3600 / 60), sec = s % 60
        if (s === 0)
            return qsTr("Deadline passed")
        if (d > 0)
            return qsTr("%1d %2h left").arg(d).arg(h)
        if (h > 0)
            return qsTr("%1h %2m left").arg(h).arg(m)
        return qsTr("%1:%2 left").arg(m).arg(String(sec).padStart(2, "0"))
    }

    // It slept while hidden or counted to another deadline: count from now.
    onDeadlineChanged: now = Date.now()
    onVisibleChanged: if (visible) now = Date.now()

    Timer {
        objectName: "tick"
        readonly property real msLeft: root.deadline.getTime() - root.now
        // Until the shown minute or second turns over (a little after, never before).
        interval: msLeft > 3600 * 1000 ? msLeft % 60000 + 20 : msLeft % 1000 + 20
        running: root.visible && msLeft > 0
        repeat: false
        onTriggered: {
            root.now = Date.now()
            restart() // with the interval to the next change
        }
    }
}
