import QtQuick
import QtQuick.Controls
import Gonggu

// A person's initials on their own colour (derived from the user id: the same on
// every screen and for every viewer).
Rectangle {
    id: root

    required property string userId
    required property string name

    implicitWidth: Theme.avatarSize
    implicitHeight: Theme.avatarSize
    radius: width / 2
    color: Theme.avatarColor(root.userId)
    Accessible.ignored: true // the name is said by what it stands beside

    Label {
        anchors.centerIn: parent
        // The first letter (a whole Hangul syllable, or a surrogate pair) is enough.
        text: Array.from(root.name.trim())[0] || "?"
        textFormat: Text.PlainText
        color: Theme.badgeText
        font.pixelSize: Theme.textBody
        font.bold: true
    }
}
