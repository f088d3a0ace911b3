pragma Singleton
import QtQuick
import Gonggu.Client

// Sizes, type and colours in one place; nothing outside sets a pixel size or a colour.
// Main.qml sets `dark` from the Material theme. Every text colour is chosen for WCAG AA
// (4.5:1) on the background it is drawn on, in light and in dark: tst_Theme checks it.
QtObject {
    property bool dark: false

    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int touchTarget: 44
    readonly property int radius: 14
    readonly property int wideLayoutWidth: 900
    readonly property int roomListWidth: 340
    readonly property int participantsWidth: 240

    // Type: one family for Hangul and Latin alike, a few sizes.
    readonly property string fontFamily: "Noto Sans CJK KR"
    readonly property int textTiny: 11    // badges, times beside a bubble
    readonly property int textSmall: 12   // captions, system lines, section titles
    readonly property int textMeta: 13    // secondary lines
    readonly property int textBody: 15    // messages, room titles
    readonly property int textTitle: 17   // page titles
    readonly property int textHeadline: 22
    readonly property int textDisplay: 32 // the login page's name
    readonly property int avatarSize: 36

    // Material's own backgrounds, set explicitly so that the contrast test knows them.
    readonly property color background: dark ? "#202124" : "#fafafa"
    readonly property color foreground: dark ? "#f3f4f6" : "#1f2937"
    // The brand: a deep tangerine that carries white text in light mode; in dark mode
    // a light tangerine that carries dark text and reads on the dark background.
    readonly property color accent: dark ? "#fb923c" : "#c2410c"
    readonly property color accentText: dark ? "#111827" : "#ffffff"
    // Material draws a highlighted button's text white, whatever the theme: its own
    // accent stays deep enough for that in dark mode too.
    readonly property color buttonAccent: "#c2410c"
    readonly property color buttonText: "#ffffff"
    readonly property color header: dark ? "#9a3412" : "#c2410c"
    readonly property color headerText: "#ffffff"
    readonly property color headerSubtleText: dark ? "#fed7aa" : "#fff7ed"
    readonly property color subtle: dark ? "#a1a7b0" : "#6b7280"
    readonly property color danger: dark ? "#f87171" : "#c62828"
    readonly property color warning: "#b45309" // the connection banner, white text
    readonly property color badgeText: "#ffffff"
    readonly property color active: "#15803d"
    readonly property color closed: "#2563eb"
    readonly property color cancelled: dark ? "#4b5563" : "#6b7280"
    readonly property color online: dark ? "#22c55e" : "#16a34a"
    readonly property color offline: dark ? "#6b7280" : "#9ca3af"
    readonly property color mineBubble: dark ? "#6b3f1d" : "#ffe3cc"
    readonly property color theirBubble: dark ? "#2f3237" : "#eceef1"
    readonly property color bubbleText: dark ? "#f3f4f6" : "#111827"
    readonly property color notice: dark ? "#4a3f14" : "#fff7d6"

    function statusColor(status) {
        return status === Contract.RoomStatus.Active ? active
            : status === Contract.RoomStatus.Closed ? closed : cancelled
    }

    function orderColor(status) {
        return status === Contract.OrderStatus.AwaitingPayment ? warning
            : status === Contract.OrderStatus.Paid ? closed
            : status === Contract.OrderStatus.HandedOver ? active : cancelled
    }

    // A person's colour for their initials, the same on every screen: derived from the
    // user id. Each carries white initials at 4.5:1.
    readonly property var avatarColors: ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0f766e",
                                         "#1d4ed8", "#6d28d9", "#be185d"]
    function avatarColor(userId) {
        let hash = 0
        for (let i = 0; i < userId.length; ++i)
            hash = (hash * 31 + userId.charCodeAt(i)) % 2147483647
        return avatarColors[hash % avatarColors.length]
    }
}
