import QtQuick
import QtQuick.Controls
import Gonggu.Client
import Gonggu

// The list of group buys: pages in as the user scrolls, keyboard (Tab reaches it,
// arrows move, Enter or Space opens), pull past the top to refresh on phones.
ListView {
    id: list

    required property RoomListModel rooms
    property real currentRoomId: -1 // 64-bit: a JS number is exact below 2^53
    signal roomChosen(real roomId)
    signal refreshRequested()

    objectName: "roomList"
    clip: true
    model: rooms
    spacing: 1
    ScrollBar.vertical: ScrollBar {}
    focus: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Group buys")

    function openCurrent() {
        if (currentItem)
            list.roomChosen(currentItem.roomId)
    }
    Keys.onReturnPressed: openCurrent()
    Keys.onEnterPressed: openCurrent()
    Keys.onSpacePressed: openCurrent()
    onDragEnded: if (contentY - originY < -2 * Theme.touchTarget) list.refreshRequested()
    // Near the end: ask for the next page (the model knows whether there is one).
    onAtYEndChanged: if (atYEnd && count > 0 && rooms) rooms.loadMore() // not while still empty

    delegate: RoomDelegate {
        id: row
        width: ListView.view.width
        selected: ListView.view.currentRoomId === row.roomId
        keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
        onClicked: {
            ListView.view.currentIndex = row.index
            ListView.view.roomChosen(row.roomId)
        }
    }
    footer: BusyIndicator {
        width: list.width
        running: list.rooms !== null && list.rooms.loading
        visible: running
    }
}
