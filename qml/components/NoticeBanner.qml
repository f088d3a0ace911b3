import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// A notification of another room while the app is in front: the room's title and
// what happened, at the top for a few seconds; a tap opens the room.
Popup {
    id: banner
    objectName: "noticeBanner"
    property double roomId: 0
    property string title
    property string text
    signal chosen(double roomId)

    function show(roomId, title, text) {
        banner.roomId = roomId
        banner.title = title
        banner.text = text
        open()
        hideTimer.restart()
    }

    x: (parent ? (parent.width - width) / 2 : 0)
    y: Theme.spacing
    width: Math.min(480, (parent ? parent.width : 480) - 2 * Theme.padding)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    Material.elevation: 6
    background: Rectangle {
        radius: Theme.radius
        color: Theme.notice
        border.color: Theme.accent
    }
    Timer {
        id: hideTimer
        interval: 5000
        onTriggered: banner.close()
    }
    contentItem: ColumnLayout {
        spacing: 2
        // On the item: a Popup is not one, and screen readers would never hear it.
        Accessible.role: Accessible.AlertMessage
        Accessible.name: banner.title + ": " + banner.text
        Label {
            Layout.fillWidth: true
            text: banner.title
            textFormat: Text.PlainText
            font.bold: true
            elide: Text.ElideRight
            color: Theme.bubbleText
        }
        Label {
            Layout.fillWidth: true
            text: banner.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.bubbleText
        }
        TapHandler {
            onTapped: {
                banner.close()
                banner.chosen(banner.roomId)
            }
        }
    }
}
