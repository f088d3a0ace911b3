import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// A report to the operators of a message (or a member), with why. The one reported
// is never told.
Dialog {
    id: root
    objectName: "reportDialog"

    property double roomId: 0
    property double messageId: 0
    property string userId
    property string name
    property string refusal: ""
    property bool sending: false

    function ask(room, message, user, displayName) {
        roomId = room
        messageId = message
        userId = user
        name = displayName
        reason.text = ""
        refusal = ""
        sending = false
        open()
    }

    title: messageId > 0 ? qsTr("Report this message?") : qsTr("Report %1?").arg(name)
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape
    onOpened: reason.forceActiveFocus()

    Connections {
        target: ChatClient
        function onReported() {
            if (root.sending)
                root.close()
        }
        function onLastErrorChanged() {
            if (root.visible && root.sending && ChatClient.lastError !== "") {
                root.sending = false
                root.refusal = ChatClient.lastError
            }
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Gonggu's operators read it. %1 is not told who reported them.").arg(root.name)
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        TextField {
            id: reason
            objectName: "reportReason"
            Layout.fillWidth: true
            maximumLength: 500
            placeholderText: qsTr("What is wrong (e.g. asks to pay outside the app)")
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
            objectName: "sendReportButton"
            text: qsTr("Report")
            highlighted: true
            Material.accent: Theme.buttonAccent
            enabled: reason.text.trim() !== "" && !root.sending
            onClicked: {
                root.refusal = ""
                root.sending = true
                ChatClient.report(root.roomId, root.messageId, root.userId, reason.text.trim())
            }
        }
    }
}
