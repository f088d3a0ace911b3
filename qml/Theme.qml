pragma Singleton
import QtQuick

// Sizes and colours in one place; light and dark follow the Material theme.
QtObject {
    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int touchTarget: 44
    readonly property int radius: 14
    readonly property int wideLayoutWidth: 900
    readonly property int roomListWidth: 340
    readonly property int participantsWidth: 240
    readonly property color accent: "#ff7a1a"        // tangerine
    readonly property color accentSoft: "#fff1e6"
    readonly property color active: "#2e9d5b"
    readonly property color closed: "#3d6fd6"
    readonly property color cancelled: "#8a8f98"
    readonly property color mineBubble: "#ffe3cc"
    readonly property color theirBubble: "#f1f2f4"
    readonly property color notice: "#fff7d6"
    readonly property color subtle: "#6b7280"
    readonly property color online: "#22c55e"

    function statusColor(status) {
        return status === "ACTIVE" ? active : status === "CLOSED" ? closed : cancelled
    }
}
