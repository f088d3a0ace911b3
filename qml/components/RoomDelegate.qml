import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// One group buy in the list: title, seller, status, head count with progress, time left.
ItemDelegate {
    id: root

    required property real roomId // 64-bit: a JS number is exact below 2^53, an int is not
    required property string title
    required property string sellerName
    required property int status // Contract.RoomStatus
    required property int participantCount
    required property int maxParticipants
    required property date expiresAt
    required property var myRole // Contract.Role, undefined for non-members
    required property int unreadCount
    property bool selected: false

    highlighted: selected
    padding: Theme.padding
    Accessible.name: title

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                font.pixelSize: 15
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                visible: root.unreadCount > 0
                text: root.unreadCount > 99 ? "99+" : root.unreadCount
                color: "white"
                font.pixelSize: 11
                font.bold: true
                leftPadding: 6
                rightPadding: 6
                background: Rectangle { radius: height / 2; color: Theme.accent }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            StatusBadge { status: root.status }
            Label {
                Layout.fillWidth: true
                text: root.myRole === Contract.Role.Seller ? qsTr("Your group buy")
                    // A cancelled buy has no buyers left to count you among.
                    : root.myRole === Contract.Role.Participant && root.status !== Contract.RoomStatus.Cancelled
                        ? qsTr("%1 · you joined").arg(root.sellerName)
                    : root.sellerName
                textFormat: Text.PlainText
                color: Theme.subtle
                font.pixelSize: 13
                elide: Text.ElideRight
            }
            Countdown {
                visible: root.status === Contract.RoomStatus.Active
                deadline: root.expiresAt
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: root.maxParticipants
                value: root.participantCount
            }
            Label {
                text: "%1 / %2".arg(root.participantCount).arg(root.maxParticipants)
                font.pixelSize: 12
                color: Theme.subtle
            }
        }
    }
}
