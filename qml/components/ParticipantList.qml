import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// Who is in the room: seller, participants, viewers, with online dots. For the
// seller (`session` given, canModerate) a member's row opens what the seller may do
// to them: mute for a while, lift a mute, remove them with a reason.
Pane {
    id: root

    property ParticipantListModel model
    property RoomSession session: null
    padding: 0

    Menu {
        id: memberMenu
        objectName: "memberMenu"
        width: 260 // "Remove from the room…" in full, in either language
        property string userId
        property string name
        property int role: -1
        property bool muted: false
        readonly property bool moderating: root.session !== null && root.session.canModerate
                                           && memberMenu.role !== Contract.Role.Seller
        readonly property bool blocked: ChatClient.blockedUsers.indexOf(memberMenu.userId) >= 0
        MenuItem {
            objectName: "muteHourItem"
            text: qsTr("Mute for an hour")
            visible: memberMenu.moderating
            height: visible ? implicitHeight : 0
            onTriggered: root.session.mute(memberMenu.userId, 60)
        }
        MenuItem {
            objectName: "muteDayItem"
            text: qsTr("Mute for a day")
            visible: memberMenu.moderating
            height: visible ? implicitHeight : 0
            onTriggered: root.session.mute(memberMenu.userId, 24 * 60)
        }
        MenuItem {
            objectName: "unmuteItem"
            text: qsTr("Let them write again")
            visible: memberMenu.moderating && memberMenu.muted
            height: visible ? implicitHeight : 0
            onTriggered: root.session.unmute(memberMenu.userId)
        }
        MenuItem {
            objectName: "removeMemberItem"
            text: qsTr("Remove from the room…")
            visible: root.session !== null && root.session.canRemove(memberMenu.role)
            height: visible ? implicitHeight : 0
            onTriggered: removal.ask(memberMenu.userId, memberMenu.name)
        }
        MenuItem {
            objectName: "reportMemberItem"
            text: qsTr("Report…")
            onTriggered: report.ask(root.session.roomId, 0, memberMenu.userId, memberMenu.name)
        }
        MenuItem {
            objectName: "blockMemberItem"
            text: memberMenu.blocked ? qsTr("Unblock") : qsTr("Block")
            onTriggered: ChatClient.setBlocked(memberMenu.userId, !memberMenu.blocked)
        }
    }
    ReportDialog {
        id: report
    }
    RemoveMemberDialog {
        id: removal
        session: root.session
    }

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
            required property string userId
            required property int role
            required property var mutedUntil // a date while muted; undefined otherwise
            readonly property bool muted: mutedUntil !== undefined
            width: list.width
            height: Theme.touchTarget
            Accessible.name: displayName
            // Report or block anyone else; the seller's tools too, for the seller.
            onClicked: {
                if (!root.session || me)
                    return
                memberMenu.userId = userId
                memberMenu.name = displayName
                memberMenu.role = role
                memberMenu.muted = muted
                memberMenu.popup()
            }
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
                Label {
                    objectName: "mutedLabel"
                    visible: member.muted
                    text: qsTr("Muted")
                    color: Theme.subtle
                    font.pixelSize: Theme.textSmall
                }
            }
        }
    }
}
