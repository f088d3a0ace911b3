import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The seller removes a member: the reason is required and is shown to them. A
// buyer's place goes back to the group buy; they cannot join or look again.
Dialog {
    id: root
    objectName: "removeMemberDialog"

    property RoomSession session: null
    property string userId
    property string name
    property string refusal: ""

    function ask(who, displayName) {
        userId = who
        name = displayName
        reason.text = ""
        refusal = ""
        open()
    }

    title: qsTr("Remove %1?").arg(name)
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape
    onOpened: reason.forceActiveFocus()

    Connections {
        target: root.session
        function onModerated() { root.close() }
        function onFailed(error) {
            if (root.visible)
                root.refusal = ChatClient.lastError
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("They are told why, and cannot come back to this group buy. A buyer's place goes back to the others.")
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        TextField {
            id: reason
            objectName: "removalReason"
            Layout.fillWidth: true
            maximumLength: 200
            placeholderText: qsTr("Why (they will see this)")
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.refusal
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "confirmRemovalButton"
            text: qsTr("Remove")
            highlighted: true
            Material.accent: Theme.buttonAccent
            enabled: reason.text.trim() !== "" && root.session !== null && !root.session.busy
            onClicked: {
                root.refusal = ""
                root.session.removeMember(root.userId, reason.text.trim())
            }
        }
    }
}
