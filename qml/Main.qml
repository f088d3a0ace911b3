import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client

ApplicationWindow {
    id: root

    readonly property bool wide: width >= Theme.wideLayoutWidth

    width: initialWidth
    height: initialHeight
    visible: true
    title: qsTr("Gonggu")
    font.family: Theme.fontFamily
    Material.accent: Theme.accent
    Material.primary: Theme.header
    Material.background: Theme.background
    Material.theme: Preferences.theme === "dark" ? Material.Dark
                  : Preferences.theme === "light" ? Material.Light : Material.System
    Binding {
        target: Theme
        property: "dark"
        value: root.Material.theme === Material.Dark
    }

    header: ConnectionBanner {}

    Loader {
        anchors.fill: parent
        sourceComponent: !ChatClient.signedIn ? login : root.wide ? wideLayout : narrowLayout
    }

    Component {
        id: login
        LoginPage {}
    }

    // Wide: rooms | chat | participants side by side.
    Component {
        id: wideLayout
        RowLayout {
            spacing: 0
            RoomListPage {
                Layout.preferredWidth: Theme.roomListWidth
                Layout.fillHeight: true
                onRoomChosen: roomId => ChatClient.openRoom(roomId)
            }
            ToolSeparator { Layout.fillHeight: true; padding: 0 }
            ChatRoomPage {
                Layout.fillWidth: true
                Layout.fillHeight: true
                session: ChatClient.currentRoom
                showBack: false
            }
            ToolSeparator { Layout.fillHeight: true; padding: 0; visible: ChatClient.currentRoom !== null }
            ParticipantList {
                Layout.preferredWidth: Theme.participantsWidth
                Layout.fillHeight: true
                visible: ChatClient.currentRoom !== null
                model: ChatClient.currentRoom ? ChatClient.currentRoom.participants : null
                session: ChatClient.currentRoom
            }
        }
    }

    // Phone: one page at a time.
    Component {
        id: narrowLayout
        StackView {
            id: stack
            initialItem: RoomListPage {
                onRoomChosen: roomId => ChatClient.openRoom(roomId)
            }
            // Whatever opens a room (a tap, a link, the command line) shows its chat.
            function showCurrentRoom() {
                if (ChatClient.currentRoom !== null && stack.depth === 1)
                    stack.push(chatPage)
            }
            Component.onCompleted: showCurrentRoom()
            Connections {
                target: ChatClient
                function onCurrentRoomChanged() { stack.showCurrentRoom() }
            }

            Component {
                id: chatPage
                ChatRoomPage {
                    session: ChatClient.currentRoom
                    showBack: true
                    onBackRequested: {
                        stack.pop()
                        ChatClient.closeRoom()
                    }
                }
            }
        }
    }

    // Another room's news while the app is in front; a tapped system notice brings
    // the window forward with its room open.
    NoticeBanner {
        id: noticeBanner
        parent: Overlay.overlay
        onChosen: roomId => ChatClient.openRoom(roomId)
    }
    Connections {
        target: ChatClient
        function onNoticeArrived(roomId, title, text) { noticeBanner.show(roomId, title, text) }
        function onNoticeOpened() {
            root.show()
            root.raise()
            root.requestActivate()
        }
    }

    ToolTip {
        id: errorToast
        x: (root.width - width) / 2
        y: root.height - height - 96
        timeout: 4000
        text: ChatClient.lastError
        visible: ChatClient.lastError !== "" && ChatClient.signedIn // the login page shows its own
        onClosed: ChatClient.clearError()
    }
}
