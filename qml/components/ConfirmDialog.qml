import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// Asks before an action that cannot be undone: what will happen, and a button
// that names the action. ask() sets the text and what to do on "yes".
Dialog {
    id: root

    property string message
    property string confirmText
    property var onConfirmed: null

    function ask(title, message, confirmText, action) {
        root.title = title
        root.message = message
        root.confirmText = confirmText
        root.onConfirmed = action
        open()
    }

    objectName: "confirmDialog"
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(400, parent.width - 2 * Theme.padding)
    onAccepted: if (root.onConfirmed) root.onConfirmed()

    Label {
        width: parent.width
        text: root.message
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Not now")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "confirmButton"
            text: root.confirmText
            highlighted: true
            Material.accent: Theme.buttonAccent // carries white text in light and dark
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
}
