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
        case Contract.SystemEvent.AppointmentSet: return qsTr("The seller set the pickup")
        case Contract.SystemEvent.AppointmentChanged: return qsTr("The seller changed the pickup")
        case Contract.SystemEvent.AppointmentCancelled: return qsTr("The seller called off the pickup")
        case Contract.SystemEvent.RemovedBySeller: return qsTr("The seller removed %1 from the room").arg(who)
        case Contract.SystemEvent.Muted: return qsTr("The seller muted %1 for a while").arg(who)
        case Contract.SystemEvent.Unmuted: return qsTr("%1 can write again").arg(who)
        case Contract.SystemEvent.Frozen: return qsTr("The seller paused the chat")
        case Contract.SystemEvent.Unfrozen: return qsTr("The seller reopened the chat")
        }
        return fallback
    }
    // When a pickup is, as the bar, the chat and the dialogs say it.
    function pickupTime(at) {
        return at.toLocaleString(Qt.locale(Preferences.localeName), qsTr("ddd, MMM d, h:mm AP"))
    }
    // A buyer's answer to the pickup.
    function pickupAnswer(answer) {
        switch (answer) {
        case Contract.AppointmentAnswer.Coming: return qsTr("Coming")
        case Contract.AppointmentAnswer.NotComing: return qsTr("Can't come")
        }
        return qsTr("No answer yet")
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
