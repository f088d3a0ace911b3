import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// A buyer's delivery details for this group buy, for the seller's eyes only. It
// starts with what was given here, or what this device remembers (if the buyer let
// it); the server reads phone numbers and postal codes as they are typed.
Dialog {
    id: root
    objectName: "addressDialog"
    property var addresses: null // RoomAddresses

    property bool edited: false // the buyer typed: what arrives later does not overwrite it

    function fill() {
        const draft = addresses.draft
        recipient.text = draft.recipient || ""
        phone.text = draft.phone || ""
        postalCode.text = draft.postalCode || ""
        address.text = draft.address || ""
    }
    function start() {
        if (!addresses)
            return
        edited = false
        fill()
        remember.checked = addresses.remembered()
        addresses.loadMine() // the one given here, if any, fills the form when it comes
        open()
        recipient.forceActiveFocus()
    }

    title: qsTr("Delivery address")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: root.addresses
        function onSaved() { root.close() }
        function onMineChanged() {
            if (root.visible && !root.edited)
                root.fill()
        }
    }

    // What the server refused in a field, said in the user's language.
    component FieldError: Label {
        id: fieldError
        property string field
        Layout.fillWidth: true
        visible: root.addresses !== null && root.addresses.errorField === fieldError.field
        text: fieldError.field === "recipient" ? qsTr("Up to 50 characters.")
            : fieldError.field === "phone" ? qsTr("A Korean phone number, such as 010-1234-5678.")
            : fieldError.field === "postalCode" ? qsTr("A 5-digit postal code, such as 06236.")
            : qsTr("5 to 200 characters, on one line.")
        color: Theme.danger
        font.pixelSize: Theme.textSmall
        wrapMode: Text.Wrap
    }

    ColumnLayout {
        // The dialog's width, never the widest line's: long labels wrap.
        width: root.availableWidth
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Only the seller of this group buy sees it. It is removed if you leave or the buy is called off.")
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        TextField {
            id: recipient
            onTextEdited: root.edited = true
            objectName: "recipientField"
            Layout.fillWidth: true
            placeholderText: qsTr("Recipient")
            maximumLength: 50
        }
        FieldError { field: "recipient" }
        TextField {
            id: phone
            onTextEdited: root.edited = true
            objectName: "phoneField"
            Layout.fillWidth: true
            placeholderText: qsTr("Phone (010-1234-5678)")
            inputMethodHints: Qt.ImhDialableCharactersOnly
        }
        FieldError { field: "phone" }
        TextField {
            id: postalCode
            onTextEdited: root.edited = true
            objectName: "postalCodeField"
            Layout.fillWidth: true
            placeholderText: qsTr("Postal code (optional)")
            inputMethodHints: Qt.ImhDigitsOnly
        }
        FieldError { field: "postalCode" }
        TextField {
            id: address
            onTextEdited: root.edited = true
            objectName: "addressField"
            Layout.fillWidth: true
            placeholderText: qsTr("Address, building, unit")
            maximumLength: 200
        }
        FieldError { field: "address" }
        Label { // a refusal that is not about a field (the buy was called off, offline)
            objectName: "addressError"
            Layout.fillWidth: true
            visible: root.addresses !== null && root.addresses.errorField === ""
                     && root.addresses.errorMessage !== ""
            text: root.addresses ? root.addresses.errorMessage : ""
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        CheckBox {
            id: remember
            objectName: "rememberAddress"
            Layout.fillWidth: true
            text: qsTr("Remember it on this device")
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveAddressButton"
            text: qsTr("Send to the seller")
            highlighted: true
            enabled: root.addresses !== null && !root.addresses.busy
            Material.accent: Theme.buttonAccent // carries white text in light and dark
            // Saving closes the dialog only once the server has it (onSaved).
            onClicked: root.addresses.save({recipient: recipient.text, phone: phone.text,
                                            postalCode: postalCode.text, address: address.text},
                                           remember.checked)
        }
    }
}
