import QtQuick
import QtQuick.Window
import QtTest
import Gonggu

// Opened from the narrow room-list pane, the dialog still takes the window's
// width and keeps its fields inside; its buttons are ours (translated), and
// "Open" waits for a title and a group price that adds up.
TestCase {
    name: "CreateRoomDialog"
    when: windowShown

    Window {
        id: host
        width: 1280
        height: 800
        visible: true
        Item {
            id: pane // as wide as the room list beside the chat
            width: 340
            height: 800
        }
    }

    Component {
        id: dialogComponent
        CreateRoomDialog {}
    }

    function test_fitsTheWindowAndWaitsForATitleAndAPrice() {
        const dialog = createTemporaryObject(dialogComponent, pane)
        dialog.open()
        tryCompare(dialog, "opened", true)
        verify(dialog.width > pane.width, "sized by the window, not by the pane it opened from")
        const title = findChild(dialog.contentItem, "titleField")
        verify(title)
        verify(title.width <= dialog.availableWidth, "the title field stays inside the dialog")
        const create = findChild(dialog.footer, "createButton")
        verify(create)
        compare(create.text, "Open")
        verify(!create.enabled)
        title.text = "Jeju tangerines"
        verify(!create.enabled, "no price yet")
        const price = findChild(dialog.contentItem, "groupPriceField")
        price.text = "29000"
        verify(create.enabled)
        findChild(dialog.contentItem, "regularPriceField").text = "19000"
        verify(!create.enabled, "a regular price below the group price")
        findChild(dialog.contentItem, "regularPriceField").text = "39000"
        verify(create.enabled)
        compare(findChild(dialog.contentItem, "groupPrice").text, "29,000 won", "as buyers will see it")
        dialog.close()
    }
}
