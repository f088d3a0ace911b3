import QtQuick
import QtQuick.Window
import QtTest
import Gonggu

// The room list pages with the server's cursor while the user scrolls, and only
// then: the model does not let views fetch on their own (they do so eagerly).
TestCase {
    name: "RoomList"
    when: windowShown

    // TestCase itself is never visible: give the view a real, shown window.
    Window {
        id: host
        width: 390
        height: 844
        visible: true
    }

    Component {
        id: listComponent
        RoomListView {
            width: 390
            height: 844
            rooms: fixture.rooms
        }
    }

    SignalSpy {
        id: chosen
        signalName: "roomChosen"
    }

    function test_roomIdsStay64Bit() {
        fixture.reset()
        fixture.showRoomsWithLargeIds()
        const list = createTemporaryObject(listComponent, host.contentItem)
        tryCompare(list, "count", 2)
        compare(list.itemAtIndex(0).roomId, 1764000000123)
        compare(list.itemAtIndex(1).roomId, 9007199254740991)
    }

    function test_scrollingToTheEndLoadsTheNextPages() {
        fixture.reset()
        const list = createTemporaryObject(listComponent, host.contentItem)
        tryCompare(list, "count", 20)
        wait(50)
        compare(fixture.roomPageRequests, 0, "no second page before the user scrolls")
        list.positionViewAtEnd()
        tryCompare(list, "count", 40)
        list.positionViewAtEnd()
        tryCompare(list, "count", 45)
        list.positionViewAtEnd()
        wait(50)
        compare(fixture.roomPageRequests, 2, "no request past the last page")
    }

    // Keyboard: the list takes focus, arrows move (and show where), Enter opens.
    function test_arrowKeysMoveAndEnterOpens() {
        fixture.reset()
        const list = createTemporaryObject(listComponent, host.contentItem)
        tryCompare(list, "count", 20)
        chosen.target = list
        chosen.clear()
        // keyClick() types into the focused window.
        host.requestActivate()
        tryVerify(() => host.active)
        list.forceActiveFocus()
        verify(list.activeFocus)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 2)
        verify(list.currentItem.highlighted, "the row the keys are on is shown")
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Return)
        compare(chosen.count, 1)
        compare(chosen.signalArguments[0][0], list.itemAtIndex(1).roomId)
        keyClick(Qt.Key_Space)
        compare(chosen.count, 2)
    }

    // Each row says what was last said in it, and when.
    function test_rowsShowTheNewestMessage() {
        fixture.reset()
        fixture.showRoomsWithPreviews()
        const list = createTemporaryObject(listComponent, host.contentItem)
        tryCompare(list, "count", 2)
        compare(findChild(list.itemAtIndex(0), "preview").text, "Farm Kim: Pickup at 6pm")
        verify(findChild(list.itemAtIndex(0), "lastActivity").text !== "")
        compare(findChild(list.itemAtIndex(1), "preview").text, "Minsu joined the group buy")
        verify(list.itemAtIndex(0).Accessible.name.indexOf("Pickup at 6pm") >= 0)
    }
}
