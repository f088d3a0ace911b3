import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The group buys: all active ones, or the user's own; loads more while scrolling.
Page {
    id: root

    signal roomChosen(real roomId) // 64-bit ids: never through an int

    header: HeaderBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            Label {
                Layout.fillWidth: true
                text: qsTr("Group buys")
                font.pixelSize: Theme.textHeadline
                font.bold: true
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: "newGroupBuy"
                text: "+"
                font.pixelSize: Theme.textHeadline
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Open a group buy")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Open a group buy")
                onClicked: createDialog.open()
            }
            ToolButton {
                text: "⋮"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Menu")
                onClicked: menu.open()
                Menu {
                    id: menu
                    Material.foreground: Theme.foreground
                    MenuItem {
                        text: qsTr("Signed in as %1").arg(ChatClient.displayName)
                        enabled: false
                    }
                    MenuItem {
                        text: qsTr("Refresh")
                        onTriggered: ChatClient.refreshRooms()
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: "한국어"
                        checkable: true
                        checked: Preferences.language === "ko"
                        onTriggered: Preferences.language = "ko"
                    }
                    MenuItem {
                        text: "English"
                        checkable: true
                        checked: Preferences.language === "en"
                        onTriggered: Preferences.language = "en"
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Dark theme")
                        checkable: true
                        checked: Theme.dark
                        onTriggered: Preferences.theme = checked ? "dark" : "light"
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Sign out")
                        onTriggered: ChatClient.signOut()
                    }
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            Layout.fillWidth: true
            currentIndex: ChatClient.mineOnly ? 1 : 0
            TabButton {
                text: qsTr("All active")
                onClicked: ChatClient.mineOnly = false
            }
            TabButton {
                text: qsTr("Mine")
                onClicked: ChatClient.mineOnly = true
            }
        }

        RoomListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            rooms: ChatClient.rooms
            currentRoomId: ChatClient.currentRoom !== null ? ChatClient.currentRoom.roomId : -1
            onRoomChosen: roomId => root.roomChosen(roomId)
            onRefreshRequested: ChatClient.refreshRooms()

            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0 && !ChatClient.rooms.loading
                text: ChatClient.mineOnly ? qsTr("You have not joined any group buy yet.")
                                          : qsTr("No group buy is recruiting right now.")
            }
        }
    }

    CreateRoomDialog {
        id: createDialog
    }
}
