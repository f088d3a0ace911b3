import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// A seller opens a group buy: title, what it sells at which price (and a photo),
// description, head count, deadline.
Dialog {
    id: root
    objectName: "createRoomDialog"

    title: qsTr("Open a group buy")
    modal: true
    // Centred on the window and as wide as it allows, not as the pane it opened from.
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)
    // Phones: the form is taller than the screen above the keyboard.
    height: Math.min(implicitHeight, parent.height - 2 * Theme.padding)
    onOpened: titleField.forceActiveFocus()
    onAccepted: ChatClient.createRoom(titleField.text, description.text, maxSpin.value, minSpin.value, hours.value,
                                      product.form)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: parent.width // the ScrollView's content item: its available width
            spacing: Theme.spacing
            TextField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                placeholderText: qsTr("What are you selling?")
                maximumLength: 120
                Accessible.name: qsTr("Title")
            }
            ProductFields {
                id: product
                Layout.fillWidth: true
            }
            TextArea {
                id: description
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                placeholderText: qsTr("Details: origin, pickup place, delivery")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Description")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                Label { text: qsTr("Buyers needed (max)") }
                SpinBox { id: maxSpin; from: 1; to: 10000; value: 10; editable: true }
                Label { text: qsTr("At least") }
                SpinBox { id: minSpin; from: 1; to: maxSpin.value; value: Math.min(5, maxSpin.value); editable: true }
                Label { text: qsTr("Open for (hours)") }
                SpinBox { id: hours; from: 1; to: 24 * 30; value: 48; editable: true }
            }
        }
    }
    // Our own words on the buttons: Qt's standard ones are not translated here.
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "createButton"
            text: qsTr("Open")
            highlighted: true
            Material.accent: Theme.buttonAccent // carries white text in light and dark
            enabled: titleField.text.trim() !== "" && product.problem === ""
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
}
