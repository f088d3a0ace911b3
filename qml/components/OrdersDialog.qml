import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The seller's checklist once the buy closed: every buyer with their order status,
// when it last changed and the address they gave; "Not paid yet" as a filter; each
// row's moves (as the order table allows them); one reminder to everyone who has
// not paid; the list as a CSV file.
Dialog {
    id: root
    objectName: "ordersDialog"

    property RoomOrders orders: null
    property bool unpaidOnly: false
    property string notice: "" // "3 buyers were reminded.", "Saved in …"

    function start() {
        if (!orders)
            return
        notice = ""
        orders.loadEntries()
        open()
    }
    function when(date) {
        return date.toLocaleString(Qt.locale(Preferences.localeName), Locale.ShortFormat)
    }

    title: qsTr("Orders")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent.width - 2 * Theme.padding)
    height: Math.min(640, parent.height - 2 * Theme.padding)
    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    Connections {
        target: root.orders
        function onReminded(count) { root.notice = qsTr("%n buyer(s) were reminded to pay.", "", count) }
        function onSaved(path) { root.notice = qsTr("Saved as %1").arg(path) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            TabBar {
                id: filter
                Layout.fillWidth: true
                onCurrentIndexChanged: root.unpaidOnly = currentIndex === 1
                TabButton {
                    text: qsTr("All (%1)").arg(root.orders ? root.orders.entries.length : 0)
                }
                TabButton {
                    objectName: "unpaidFilter"
                    text: qsTr("Not paid yet (%1)").arg(root.orders ? root.orders.unpaidCount : 0)
                }
            }
        }
        ListView {
            id: list
            objectName: "orderList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: !root.orders ? []
                 : root.unpaidOnly ? root.orders.unpaidEntries
                 : root.orders.entries
            delegate: RowLayout {
                id: entry
                required property var modelData
                width: ListView.view.width
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: entry.modelData.displayName
                            textFormat: Text.PlainText
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        OrderBadge { status: entry.modelData.status }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.changedBy === ""
                              ? qsTr("Since the close, %1").arg(root.when(entry.modelData.updatedAt))
                              : entry.modelData.changedBy === "BUYER"
                                ? qsTr("Confirmed by the buyer, %1").arg(root.when(entry.modelData.updatedAt))
                                : entry.modelData.changedBy === "TRADE_SERVICE"
                                  ? qsTr("By the marketplace, %1").arg(root.when(entry.modelData.updatedAt))
                                  : root.when(entry.modelData.updatedAt)
                        color: Theme.subtle
                        font.pixelSize: Theme.textSmall
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: entry.modelData.address
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.textSmall
                    }
                }
                ToolButton {
                    objectName: "orderActions"
                    visible: entry.modelData.moves.length > 0
                    text: "⋮"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Change the order of %1").arg(entry.modelData.displayName)
                    onClicked: moves.open()
                    Menu {
                        id: moves
                        Material.foreground: Theme.foreground
                        // Where the order table lets the seller move this order.
                        Repeater {
                            model: entry.modelData.moves
                            MenuItem {
                                id: moveItem
                                required property int modelData
                                text: Sentences.orderMove(entry.modelData.status, moveItem.modelData)
                                onTriggered: root.orders.move(entry.modelData.userId, moveItem.modelData)
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "ordersNotice"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.orders && root.orders.error !== "" ? root.orders.error : root.notice
            color: root.orders && root.orders.error !== "" ? Theme.danger : Theme.subtle
            wrapMode: Text.Wrap
            font.pixelSize: Theme.textSmall
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "remindUnpaid"
                enabled: root.orders !== null && root.orders.unpaidCount > 0 && !root.orders.busy
                text: qsTr("Remind those who have not paid")
                onClicked: root.orders.remindUnpaid()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "saveOrders"
                flat: true
                enabled: root.orders !== null && root.orders.entries.length > 0
                text: qsTr("Save as CSV")
                onClicked: root.orders.saveSpreadsheet()
            }
        }
    }
}
