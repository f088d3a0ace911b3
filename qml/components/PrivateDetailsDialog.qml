import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// Before a buyer sends a phone number or a street address into the chat, where every
// member reads it: the address form goes to the seller alone. Nothing is sent until
// they choose, and the text stays in the field either way.
Dialog {
    id: root
    objectName: "privateDetailsDialog"
    signal sendAnyway()
    signal useForm()

    // Korean phone numbers and street or unit addresses, as people type them.
    function looksPrivate(text) {
        const phone = /(^|[^0-9])(01[016789]|02|0[3-6][1-5]|070|050[0-9])[-. ]?[0-9]{3,4}[-. ]?[0-9]{4}(?![0-9])/
        const unit = /[0-9]+ *동 *[0-9]+ *호/
        const street = /[가-힣0-9]+(로|길) *[0-9]+(-[0-9]+)?/
        return phone.test(text) || unit.test(text) || street.test(text)
    }

    title: qsTr("Send this to everyone?")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)

    Label {
        width: parent.width
        text: qsTr("It looks like a phone number or an address. Everyone in this chat can read it; the delivery address form goes to the seller only.")
        wrapMode: Text.Wrap
    }

    footer: DialogButtonBox {
        Button {
            objectName: "sendAnywayButton"
            flat: true
            text: qsTr("Send in the chat")
            onClicked: { root.close(); root.sendAnyway() }
        }
        Button {
            objectName: "useFormButton"
            text: qsTr("Send it privately")
            highlighted: true
            Material.accent: Theme.buttonAccent // carries white text in light and dark
            onClicked: { root.close(); root.useForm() }
        }
    }
}
