import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// The seller's list of the buyers' delivery addresses: each with a copy button,
// and the whole list for a spreadsheet (tab-separated: one cell per field).
Dialog {
    id: root
    objectName: "addressListDialog"
    property var addresses: null // RoomAddresses

    function start() {
        if (!addresses)
            return
        addresses.loadEntries()
        open()
    }
    function copy(text) {
        clipboard.text = text
        clipboard.selectAll()
        clipboard.copy()
        copiedToast.show(qsTr("Copied"))
    }

    title: qsTr("Delivery addresses")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent.width - 2 * Theme.padding)
    height: Math.min(600, parent.height - 2 * Theme.padding)
    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    TextEdit { id: clipboard; visible: false } // the portable way to the clipboard
    ToolTip { id: copiedToast; timeout: 1500 }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: root.addresses ? qsTr("%n buyer(s) gave an address.", "", root.addresses.entries.length) : ""
            color: Theme.subtle
        }
        ListView {
            objectName: "addressList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.addresses ? root.addresses.entries : []
            spacing: Theme.spacing
            delegate: RowLayout {
                id: entry
                required property var modelData
                width: ListView.view.width
                Column {
                    Layout.fillWidth: true
                    Label {
                        width: parent.width
                        text: entry.modelData.displayName + " · " + entry.modelData.recipient
                        textFormat: Text.PlainText
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        width: parent.width
                        text: entry.modelData.phone
                        textFormat: Text.PlainText
                    }
                    Label {
                        width: parent.width
                        text: (entry.modelData.postalCode ? "(" + entry.modelData.postalCode + ") " : "")
                              + entry.modelData.address
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    flat: true
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy the address of %1").arg(entry.modelData.displayName)
                    onClicked: root.copy(entry.modelData.recipient + "\n" + entry.modelData.phone + "\n"
                                         + (entry.modelData.postalCode ? entry.modelData.postalCode + " " : "")
                                         + entry.modelData.address)
                }
            }
        }
        Button {
            objectName: "copyAllAddresses"
            Layout.alignment: Qt.AlignRight
            enabled: root.addresses !== null && root.addresses.entries.length > 0
            text: qsTr("Copy all for a spreadsheet")
            onClicked: root.copy(root.addresses.forSpreadsheet())
        }
    }
}
