import QtQuick
import QtQuick.Window
import QtTest
import Gonggu.Client
import Gonggu

// The pickup bar under the product and the seller's pickup dialog.
TestCase {
    name: "Pickup"
    when: windowShown
    width: 400
    height: 700

    Window {
        id: host
        width: 400
        height: 700
        visible: true
    }

    Component {
        id: barComponent
        AppointmentBar {
            width: 400
            appointment: fixture.pickup
        }
    }
    Component {
        id: dialogComponent
        AppointmentDialog {
            appointment: fixture.pickup
        }
    }

    function init() {
        fixture.reset()
    }

    function test_hiddenUntilAPickupIsSet() {
        const bar = createTemporaryObject(barComponent, host.contentItem)
        compare(bar.visible, false)
        fixture.setPickup(24 * 60, "정문 앞", "장바구니를 챙겨 주세요", 3, 1, -1)
        compare(bar.visible, true)
        compare(findChild(bar, "pickupPlace").text, "정문 앞")
        verify(findChild(bar, "pickupCounts").text.indexOf("3") >= 0)
        verify(findChild(bar, "pickupTime").text.indexOf("(passed)") < 0)
        fixture.clearPickup()
        compare(bar.visible, false)
    }

    function test_aBuyerAnswersTheSellerChanges() {
        fixture.setPickup(24 * 60, "정문 앞", "", 1, 0, Contract.AppointmentAnswer.Coming)
        const buyerBar = createTemporaryObject(barComponent, host.contentItem, { canAnswer: true })
        const coming = findChild(buyerBar, "comingButton")
        const notComing = findChild(buyerBar, "notComingButton")
        verify(coming && notComing)
        verify(coming.highlighted) // their answer
        verify(!notComing.highlighted)
        verify(!findChild(buyerBar, "pickupEditButton").visible)
        const sellerBar = createTemporaryObject(barComponent, host.contentItem, { canSet: true })
        verify(findChild(sellerBar, "pickupEditButton").visible)
        verify(findChild(sellerBar, "pickupAnswersButton").visible)
        compare(findChild(sellerBar, "comingButton"), null) // the seller does not answer
    }

    // Open while its time comes: the bar says it passed, with no one touching it.
    function test_thePickupPassesWhileTheBarIsOpen() {
        fixture.setPickupInSeconds(2)
        const bar = createTemporaryObject(barComponent, host.contentItem, { canAnswer: true })
        verify(!bar.passed)
        verify(findChild(bar, "comingButton") !== null)
        tryVerify(() => bar.passed, 5000)
        compare(findChild(bar, "comingButton"), null)
    }

    function test_aPassedPickupIsNoLongerAnswered() {
        fixture.setPickup(-30, "정문 앞", "", 0, 0, -1)
        const bar = createTemporaryObject(barComponent, host.contentItem, { canAnswer: true })
        verify(bar.passed)
        verify(findChild(bar, "pickupTime").text.indexOf("(passed)") >= 0)
        compare(findChild(bar, "comingButton"), null)
    }

    function test_theDialogStartsFromTheCurrentPickup() {
        fixture.setPickup(26 * 60, "후문", "B2 주차장", 0, 0, -1)
        const dialog = createTemporaryObject(dialogComponent, host.contentItem)
        dialog.start()
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog, "pickupPlaceField").text, "후문")
        compare(findChild(dialog, "pickupNoteField").text, "B2 주차장")
        verify(findChild(dialog, "pickupPreview").text.indexOf("후문") >= 0)
        verify(findChild(dialog, "callOffPickupButton").visible)
        verify(findChild(dialog, "savePickupButton").enabled)
        // No place, no save.
        findChild(dialog, "pickupPlaceField").text = "  "
        verify(!findChild(dialog, "savePickupButton").enabled)
    }

    function test_aTimeThatPassedIsRefusedBeforeSending() {
        fixture.clearPickup()
        const dialog = createTemporaryObject(dialogComponent, host.contentItem)
        dialog.start()
        tryCompare(dialog, "opened", true)
        verify(!findChild(dialog, "callOffPickupButton").visible) // nothing to call off yet
        findChild(dialog, "pickupPlaceField").text = "정문"
        findChild(dialog, "pickupDay").currentIndex = 0 // today, at midnight: passed
        findChild(dialog, "pickupHour").currentIndex = 0
        findChild(dialog, "pickupMinute").currentIndex = 0
        verify(findChild(dialog, "pickupPastWarning").visible)
        verify(!findChild(dialog, "savePickupButton").enabled)
    }
}
