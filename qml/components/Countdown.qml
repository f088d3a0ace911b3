import QtQuick
import QtQuick.Controls
import Gonggu

// Time left until the deadline, ticking every second.
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

    Timer {
        interval: 1000
        running: root.visible
        repeat: true
        onTriggered: root.now = Date.now()
    }
}
