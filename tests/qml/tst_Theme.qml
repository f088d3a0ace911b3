import QtQuick
import QtTest
import Gonggu

// WCAG 2.1 AA for every colour pair the app draws, in light and in dark: 4.5:1 for
// text, 3:1 for what only has to be seen (the online dot).
TestCase {
    name: "Theme"

    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function pairs() {
        const t = Theme
        const list = [
            ["text on the page", t.foreground, t.background, 4.5],
            ["secondary text", t.subtle, t.background, 4.5],
            ["accent text (tabs, links, the name)", t.accent, t.background, 4.5],
            ["unread badge", t.accentText, t.accent, 4.5],
            ["main buttons", t.buttonText, t.buttonAccent, 4.5],
            ["header title", t.headerText, t.header, 4.5],
            ["header details", t.headerSubtleText, t.header, 4.5],
            ["the header's button", t.header, t.headerText, 4.5],
            ["recruiting badge", t.badgeText, t.active, 4.5],
            ["complete badge", t.badgeText, t.closed, 4.5],
            ["cancelled badge", t.badgeText, t.cancelled, 4.5],
            ["connection banner", t.badgeText, t.warning, 4.5],
            ["errors", t.danger, t.background, 4.5],
            ["my bubble", t.bubbleText, t.mineBubble, 4.5],
            ["their bubble", t.bubbleText, t.theirBubble, 4.5],
            ["announcement", t.bubbleText, t.notice, 4.5],
            ["online dot", t.online, t.background, 3],
        ]
        for (let i = 0; i < t.avatarColors.length; ++i)
            list.push(["avatar " + i, t.badgeText, Qt.color(t.avatarColors[i]), 4.5])
        return list
    }

    function check(mode) {
        for (const [what, fg, bg, needed] of pairs()) {
            const ratio = contrast(fg, bg)
            verify(ratio >= needed, mode + ": " + what + " " + fg + " on " + bg + " is "
                                    + ratio.toFixed(2) + ":1, needs " + needed)
        }
    }

    function test_lightMeetsAA() {
        Theme.dark = false
        check("light")
    }

    function test_darkMeetsAA() {
        Theme.dark = true
        check("dark")
        Theme.dark = false
    }

    // The check itself can fail: tangerine on tangerine, as the header once was.
    function test_theCheckCatchesLowContrast() {
        verify(contrast(Qt.color("#ff7a1a"), Qt.color("#6b7280")) < 4.5)
        compare(contrast(Qt.color("#ffffff"), Qt.color("#000000")).toFixed(0), "21")
    }

    function test_avatarColourIsStablePerUser() {
        compare(Theme.avatarColor("u-minsu"), Theme.avatarColor("u-minsu"))
        verify(Theme.avatarColors.indexOf(Theme.avatarColor("u-jiwoo")) >= 0)
    }
}
