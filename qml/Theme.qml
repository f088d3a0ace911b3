pragma Singleton
import QtQuick
import Gonggu.Client

// Sizes and colours in one place. Main.qml sets `dark` from the Material theme.
QtObject {
    property bool dark: false

    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int touchTarget: 44
    readonly property int radius: 14
    readonly property int wideLayoutWidth: 900
    readonly property int roomListWidth: 340
    readonly property int participantsWidth: 240
    readonly property color accent: "#ff7a1a"        // tangerine
    readonly property color active: "#2e9d5b"
    readonly property color closed: "#3d6fd6"
    readonly property color cancelled: "#8a8f98"
    readonly property color mineBubble: dark ? "#6b3f1d" : "#ffe3cc"
    readonly property color theirBubble: dark ? "#2f3237" : "#f1f2f4"
    readonly property color bubbleText: dark ? "#f3f4f6" : "#111827"
    readonly property color notice: dark ? "#4a3f14" : "#fff7d6"
    readonly property color subtle: dark ? "#a1a7b0" : "#6b7280"
    readonly property color online: "#22c55e"
    readonly property color danger: dark ? "#f87171" : "#c62828"

    function statusColor(status) {
        return status === Contract.RoomStatus.Active ? active
            : status === Contract.RoomStatus.Closed ? closed : cancelled
    }
}
