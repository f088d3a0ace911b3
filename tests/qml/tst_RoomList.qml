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
        ListView {
            width: 390
            height: 844
            model: fixture.rooms
            delegate: RoomDelegate { width: ListView.view.width }
            // As RoomListPage does.
            onAtYEndChanged: if (atYEnd) model.loadMore()
        }
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
}
