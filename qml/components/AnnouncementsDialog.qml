import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// The seller's announcements, newest first (the pinned one on top): each with its
// day and time; a tap shows it in the chat. Older ones load at the end of the list.
Dialog {
    id: root
    objectName: "announcementsDialog"
    property var session: null // RoomSession
    signal shown(double messageId) // the user wants to see it in the chat

    function start() {
        if (!session)
            return
        session.loadAnnouncements()
        open()
    }
    function when(date) {
        const locale = Qt.locale(Preferences.localeName)
        return date.toLocaleDateString(locale, Locale.ShortFormat) + " "
             + date.toLocaleTimeString(locale, Locale.ShortFormat)
    }

    title: qsTr("Announcements")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent.width - 2 * Theme.padding)
    height: Math.min(600, parent.height - 2 * Theme.padding)
    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ListView {
        id: list
        objectName: "announcementList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing
        model: root.session ? root.session.announcements : []
        delegate: ItemDelegate {
            id: entry
            required property var modelData
            required property int index
            objectName: "announcement"
            width: ListView.view.width
            padding: Theme.padding
            background: Rectangle {
                radius: Theme.radius
                color: entry.index === 0 ? Theme.notice : Theme.theirBubble
                border.color: entry.activeFocus ? Theme.accent : "transparent"
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: (entry.index === 0 ? qsTr("Pinned") + " · " : "") + root.when(entry.modelData.createdAt)
                    font.pixelSize: Theme.textSmall
                    font.bold: entry.index === 0
                    color: Theme.bubbleText
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.content
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.bubbleText
                }
            }
            Accessible.name: qsTr("Announcement of %1: %2").arg(root.when(modelData.createdAt)).arg(modelData.content)
            onClicked: {
                root.close()
                root.shown(modelData.messageId)
            }
        }
        footer: Item {
            width: ListView.view.width
            height: more.visible || busy.visible ? more.implicitHeight + Theme.spacing : 0
            Button {
                id: more
                objectName: "olderAnnouncements"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: root.session !== null && root.session.announcementsHaveMore && !root.session.loadingAnnouncements
                flat: true
                text: qsTr("Older announcements")
                onClicked: root.session.loadOlderAnnouncements()
            }
            BusyIndicator {
                id: busy
                anchors.centerIn: parent
                visible: root.session !== null && root.session.loadingAnnouncements
                running: visible
            }
        }
        Label {
            objectName: "noAnnouncements"
            anchors.centerIn: parent
            visible: list.count === 0 && root.session !== null && !root.session.loadingAnnouncements
            text: qsTr("No announcements yet.")
            color: Theme.subtle
        }
    }
}
