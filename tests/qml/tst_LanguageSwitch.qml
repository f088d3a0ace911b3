import QtQuick
import QtQuick.Window
import QtTest
import Gonggu.Client
import Gonggu

// Switching the language while signed in rewrites dates and times at once,
// not only the translated words.
TestCase {
    name: "LanguageSwitch"
    when: windowShown

    Window {
        id: host
        width: 400
        height: 200
        visible: true
        DateSeparator {
            id: separator
            day: new Date(2026, 11, 2, 9, 30)
        }
    }

    function cleanup() {
        Preferences.language = "en"
    }

    function test_datesFollowTheLanguage() {
        Preferences.language = "en"
        verify(separator.text.indexOf("December") >= 0, separator.text)
        Preferences.language = "ko"
        verify(separator.text.indexOf("12월") >= 0, separator.text)
        verify(separator.text.indexOf("December") < 0, separator.text)
    }
}
