import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// Who is in the room: seller, participants, viewers, with online dots.
Pane {
    id: root

    property ParticipantListModel model
    padding: 0

    ListView {
        id: list
        objectName: "participantListView"
        anchors.fill: parent
        clip: true
        model: root.model
        header: Label {
            width: list.width
            padding: Theme.padding
            text: qsTr("Members (%1)").arg(list.count)
            font.bold: true
        }
        section.property: "role"
        section.delegate: Label {
            required property string section // a Contract.Role, as text
            objectName: "sectionLabel"
            width: list.width
            leftPadding: Theme.padding
            topPadding: Theme.spacing
            text: Number(section) === Contract.Role.Seller ? qsTr("Seller")
                : Number(section) === Contract.Role.Participant ? qsTr("Buyers") : qsTr("Watching")
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        delegate: ItemDelegate {
            id: member
            required property string displayName
            required property bool online
            required property bool me
            width: list.width
            height: Theme.touchTarget
            Accessible.name: displayName
            contentItem: RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    width: 10
                    height: 10
                    radius: 5
                    color: member.online ? Theme.online : Theme.offline
                    Accessible.name: member.online ? qsTr("online") : qsTr("offline")
                }
                Label {
                    Layout.fillWidth: true
                    text: member.displayName + (member.me ? " " + qsTr("(you)") : "")
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                }
            }
        }
    }
}
