import QtQuick
import QtQuick.Window
import QtTest
import Gonggu.Client
import Gonggu

// The product card says what a buyer checks first: the group price beside the
// struck-through regular one and the saving, what a unit is and how it is handed
// over, how many joined; folded it keeps only the price line. The seller's form
// refuses prices that do not add up, and shows the price as buyers will see it.
TestCase {
    name: "ProductCard"
    when: windowShown
    visible: true

    Window {
        id: host
        width: 390
        height: 844
        visible: true
    }

    Component {
        id: cardComponent
        ProductCard {
            width: host.width
            status: Contract.RoomStatus.Active
            participantCount: 7
            maxParticipants: 10
            expiresAt: new Date(Date.now() + 5 * 3600 * 1000)
        }
    }
    Component {
        id: fieldsComponent
        ProductFields { width: 360 }
    }

    // As the app's C++ makes it from a room's product (productview.cpp).
    function tangerines() {
        return ChatClient.productPreview({ groupPrice: 29000, regularPrice: 39000, unit: "10kg box",
                                           pickup: true, delivery: true })
    }

    function test_showsThePriceTheSavingAndTheHandover() {
        const card = createTemporaryObject(cardComponent, host.contentItem, { product: tangerines() })
        verify(card.visible)
        compare(findChild(card, "groupPrice").text, "29,000 won")
        const regular = findChild(card, "regularPrice")
        verify(regular.visible)
        compare(regular.text, "39,000 won")
        verify(regular.font.strikeout)
        compare(findChild(card, "savingPercent").text, "25%")
        compare(findChild(card, "productUnit").text, "10kg box · Pickup or delivery")
        compare(findChild(card, "productProgress").value, 7)
        verify(!findChild(card, "productPhoto").visible, "no photo, no empty frame")
        verify(!findChild(card, "editProduct").visible, "buyers cannot edit")
    }

    function test_aRoomWithoutAProductShowsNoCard() {
        const card = createTemporaryObject(cardComponent, host.contentItem, { product: ({}) })
        verify(!card.visible)
    }

    function test_noRegularPriceNoSaving() {
        const card = createTemporaryObject(cardComponent, host.contentItem,
                                           { product: ChatClient.productPreview({ groupPrice: 9900 }) })
        compare(findChild(card, "groupPrice").text, "9,900 won")
        verify(!findChild(card, "regularPrice").visible)
        verify(!findChild(card, "savingPercent").visible)
        compare(findChild(card, "productUnit").text, "Pickup")
    }

    function test_foldedKeepsThePriceLineAndUnfoldsOnATap() {
        const unfolded = createTemporaryObject(cardComponent, host.contentItem, { product: tangerines() })
        const fullHeight = unfolded.height
        unfolded.destroy()
        const card = createTemporaryObject(cardComponent, host.contentItem,
                                           { product: tangerines(), canEdit: true, folded: true })
        verify(card.height < fullHeight, "folded is slimmer")
        verify(findChild(card, "groupPrice").visible)
        verify(!findChild(card, "productUnit").visible)
        verify(!findChild(card, "editProduct").visible)
        const unfold = signalSpy.createObject(card, { target: card, signalName: "unfoldRequested" })
        mouseClick(card)
        compare(unfold.count, 1)
    }

    function test_theSellerEditsFromTheCard() {
        const card = createTemporaryObject(cardComponent, host.contentItem,
                                           { product: tangerines(), canEdit: true })
        const edit = findChild(card, "editProduct")
        verify(edit.visible)
        const spy = signalSpy.createObject(card, { target: card, signalName: "editRequested" })
        mouseClick(edit)
        compare(spy.count, 1)
    }

    function test_theFormRefusesPricesThatDoNotAddUp() {
        const fields = createTemporaryObject(fieldsComponent, host.contentItem)
        compare(fields.problem, "groupPrice")
        compare(findChild(fields, "productProblem").text, "", "an empty form is not scolded")
        findChild(fields, "groupPriceField").text = "29000"
        compare(fields.problem, "")
        findChild(fields, "regularPriceField").text = "19000"
        compare(fields.problem, "regularPrice")
        verify(findChild(fields, "productProblem").visible)
        findChild(fields, "regularPriceField").text = "39000"
        compare(fields.problem, "")
        compare(fields.form.groupPrice, 29000)
        compare(fields.form.regularPrice, 39000)
        findChild(fields, "pickupBox").checked = false
        compare(fields.problem, "handover")
        findChild(fields, "deliveryBox").checked = true
        compare(fields.problem, "")
    }

    function test_theFormStartsFromTheProductItEdits() {
        const fields = createTemporaryObject(fieldsComponent, host.contentItem, { initial: tangerines() })
        fields.reset()
        compare(findChild(fields, "groupPriceField").text, "29000")
        compare(findChild(fields, "regularPriceField").text, "39000")
        compare(findChild(fields, "unitField").text, "10kg box")
        verify(findChild(fields, "deliveryBox").checked)
        compare(fields.problem, "")
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
