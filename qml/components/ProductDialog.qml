import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The seller changes what the group buy sells while it recruits. Everyone in the
// room is told (a system line) and sees the new card at once.
Dialog {
    id: root
    objectName: "productDialog"

    property RoomSession session: null
    property string refusal: "" // a refusal that is not about a field

    function start() {
        if (!session)
            return
        fields.initial = session.product
        fields.reset()
        refusal = ""
        open()
    }

    title: qsTr("Product details")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent.width - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: root.session
        function onProductSaved() { root.close() }
        function onProductRefused(field, message) {
            fields.refusedField = field
            root.refusal = message
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Everyone in the chat is told when the product changes.")
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        ProductFields {
            id: fields
            Layout.fillWidth: true
        }
        Label {
            objectName: "productRefusal"
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
            objectName: "saveProductButton"
            text: qsTr("Save")
            highlighted: true
            Material.accent: Theme.buttonAccent
            enabled: root.session !== null && !root.session.busy && fields.problem === ""
            // Closes once the server has it (onProductSaved).
            onClicked: {
                root.refusal = ""
                root.session.saveProduct(fields.form)
            }
        }
    }
}
