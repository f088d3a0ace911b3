pragma Singleton
import QtQuick
import Gonggu.Client

// What a SYSTEM message says, in the user's language (the server's English sentence
// is only the fallback): one wording for the chat and the room list's preview.
QtObject {
    function system(event, who, fallback) {
        switch (event) {
        case Contract.SystemEvent.Joined: return qsTr("%1 joined the chat").arg(who)
        case Contract.SystemEvent.Participating: return qsTr("%1 joined the group buy").arg(who)
        case Contract.SystemEvent.Left: return qsTr("%1 left").arg(who)
        case Contract.SystemEvent.Removed: return qsTr("%1 left the room when the group buy closed").arg(who)
        case Contract.SystemEvent.Closed: return qsTr("The group buy is complete 🎉")
        case Contract.SystemEvent.Cancelled: return qsTr("The group buy was cancelled")
        case Contract.SystemEvent.Expired: return qsTr("The deadline has passed")
        case Contract.SystemEvent.ProductUpdated: return qsTr("The seller updated the product details")
        case Contract.SystemEvent.DeadlineExtended: return qsTr("The seller gave the group buy more time")
        case Contract.SystemEvent.CapacityChanged: return qsTr("The seller changed the number of places")
        }
        return fallback
    }
    // A buyer's order, as the checklist and the buyer's own bar say it.
    function orderStatus(status) {
        switch (status) {
        case Contract.OrderStatus.AwaitingPayment: return qsTr("Not paid yet")
        case Contract.OrderStatus.Paid: return qsTr("Paid")
        case Contract.OrderStatus.HandedOver: return qsTr("Handed over")
        case Contract.OrderStatus.Cancelled: return qsTr("Order cancelled")
        }
        return ""
    }
    // What a seller's button that moves an order there says.
    function orderMove(from, to) {
        switch (to) {
        case Contract.OrderStatus.Paid: return qsTr("Mark as paid")
        case Contract.OrderStatus.HandedOver: return qsTr("Mark as handed over")
        case Contract.OrderStatus.AwaitingPayment: return qsTr("Not paid after all")
        case Contract.OrderStatus.Cancelled:
            return from === Contract.OrderStatus.Paid ? qsTr("Cancel and refund") : qsTr("Cancel the order")
        }
        return ""
    }
}
