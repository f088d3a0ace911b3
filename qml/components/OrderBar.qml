import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// Under the product card once the buy closed. A buyer sees their own order and,
// once it is paid, "I got it"; the seller sees how many have paid and opens the
// checklist with a tap.
Pane {
    id: root
    objectName: "orderBar"

    property RoomSession session: null
    readonly property RoomOrders orders: session ? session.orders : null
    readonly property bool forSeller: session !== null && session.canManageOrders
    readonly property bool forBuyer: session !== null && session.hasOrder
    readonly property var mine: orders ? orders.mine : ({})
    signal checklistRequested()
    signal receiptConfirmRequested()

    visible: (forSeller && orders.entries.length > 0) || (forBuyer && mine.status !== undefined)
    padding: 6
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    background: Rectangle { color: Theme.notice }

    // What it shows is loaded when it is for this user: the room closed, or it opened closed.
    function refresh() {
        if (forSeller)
            orders.loadEntries()
        else if (forBuyer)
            orders.loadMine()
    }
    onSessionChanged: refresh()
    onForSellerChanged: refresh()
    onForBuyerChanged: refresh()
    Component.onCompleted: refresh()

    contentItem: RowLayout {
        spacing: Theme.spacing
        TapHandler {
            enabled: root.forSeller
            onTapped: root.checklistRequested()
        }
        OrderBadge {
            visible: root.forBuyer && root.mine.status !== undefined
            status: root.mine.status !== undefined ? root.mine.status : -1
        }
        Label {
            objectName: "orderBarText"
            Layout.fillWidth: true
            text: root.forSeller
                  ? qsTr("%1 of %2 buyers have not paid yet").arg(root.orders.unpaidCount).arg(root.orders.entries.length)
                  : root.mine.status === Contract.OrderStatus.AwaitingPayment ? qsTr("Pay the seller as they asked in the chat.")
                  : root.mine.status === Contract.OrderStatus.Paid ? qsTr("Paid. Tell the seller when you have it.")
                  : root.mine.status === Contract.OrderStatus.HandedOver ? qsTr("You have it. Enjoy!")
                  : qsTr("This order was called off.")
            color: Theme.bubbleText
            font.pixelSize: Theme.textMeta
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Button {
            objectName: "confirmReceipt"
            visible: root.forBuyer && root.mine.canConfirm === true
            enabled: root.orders !== null && !root.orders.busy
            text: qsTr("I got it")
            highlighted: true
            Material.accent: Theme.buttonAccent
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.receiptConfirmRequested()
        }
        Label {
            visible: root.forSeller
            text: qsTr("Orders ›")
            color: Theme.bubbleText
            font.bold: true
            font.pixelSize: Theme.textMeta
        }
    }
}
