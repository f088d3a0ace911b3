import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// A chat message: mine on the right, others on the left with their avatar and name
// (once per run of one sender), the time once per run and minute. User text is always
// plain text ("<b>" shows as the three characters it is); it can be selected and
// copied, and links and phone numbers in it open only when their button is tapped.
Column {
    id: root

    required property int type // Contract.MessageType
    required property string senderId
    required property string senderName
    required property string content
    required property date createdAt
    required property int delivery
    required property bool mine
    required property bool newDay
    property bool firstOfRun: true
    property bool showTime: true
    signal retryRequested()

    readonly property bool notification: type === Contract.MessageType.Notification
    readonly property bool showAvatar: !mine && firstOfRun
    // Web addresses and Korean phone numbers, found in the plain text.
    readonly property var links: {
        const found = []
        const pattern = /(https?:\/\/[^\s<>"]+)|(\b0\d{1,2}-\d{3,4}-\d{4}\b)/g
        let match
        while ((match = pattern.exec(root.content)) !== null && found.length < 3)
            found.push(match[1] ? {label: match[1], url: match[1]}
                                : {label: match[2], url: "tel:" + match[2].replace(/-/g, "")})
        return found
    }

    spacing: 2
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    topPadding: firstOfRun ? 6 : 0

    Accessible.role: Accessible.StaticText
    Accessible.name: (mine ? qsTr("You") : senderName) + ": " + content + ", "
                     + createdAt.toLocaleTimeString(Qt.locale(Preferences.localeName), Locale.ShortFormat)

    DateSeparator {
        visible: root.newDay
        day: root.createdAt
        width: root.width
        horizontalAlignment: Text.AlignHCenter
    }

    Row {
        width: root.width - root.leftPadding - root.rightPadding
        spacing: Theme.spacing
        layoutDirection: root.mine ? Qt.RightToLeft : Qt.LeftToRight

        // Others' messages keep one column for the avatar, shown on the first of a run.
        Item {
            visible: !root.mine
            width: Theme.avatarSize
            height: avatar.height
            Avatar {
                id: avatar
                visible: root.showAvatar
                userId: root.senderId
                name: root.senderName
            }
        }

        Column {
            width: parent.width - (root.mine ? 0 : Theme.avatarSize + parent.spacing)
            spacing: 2

            Label {
                visible: root.showAvatar
                text: root.senderName + (root.notification ? "  · " + qsTr("Announcement") : "")
                textFormat: Text.PlainText
                font.pixelSize: Theme.textSmall
                color: Theme.subtle
            }

            RowLayout {
                id: bubbleRow
                width: parent.width
                layoutDirection: root.mine ? Qt.RightToLeft : Qt.LeftToRight
                spacing: 6

                // The text's width unwrapped (its widest line): the TextEdit gets that, or
                // the most there is; the bubble then hugs the lines as they wrapped.
                Text {
                    id: natural
                    visible: false
                    text: root.content
                    textFormat: Text.PlainText
                    font: text.font
                }
                Rectangle {
                    id: bubble
                    // Room for the time beside it, also on a phone.
                    Layout.maximumWidth: Math.min(520, bubbleRow.width - 64)
                    implicitWidth: Math.ceil(text.contentWidth) + 2 * Theme.padding
                    implicitHeight: text.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: root.notification ? Theme.notice : root.mine ? Theme.mineBubble : Theme.theirBubble
                    opacity: root.delivery === MessageListModel.Pending ? 0.6 : 1
                    border.color: root.delivery === MessageListModel.Failed ? Theme.danger : "transparent"

                    TextEdit {
                        id: text
                        objectName: "messageText"
                        x: Theme.padding
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(natural.implicitWidth + 2, bubble.Layout.maximumWidth - 2 * Theme.padding)
                        text: root.content
                        textFormat: TextEdit.PlainText
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: Theme.bubbleText
                        selectionColor: Theme.accent
                        selectedTextColor: Theme.accentText
                        font.pixelSize: Theme.textBody
                        font.family: Theme.fontFamily // not a Control: inherits no font
                        activeFocusOnPress: false
                    }
                    // Right-click (desktop) or press and hold (phone): what can be done with it.
                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: menu.popup()
                    }
                    TapHandler {
                        acceptedDevices: PointerDevice.TouchScreen
                        onLongPressed: menu.popup()
                    }
                    Menu {
                        id: menu
                        MenuItem {
                            text: qsTr("Copy")
                            onTriggered: {
                                text.selectAll()
                                text.copy()
                                text.deselect()
                            }
                        }
                    }
                }
                Label {
                    Layout.alignment: Qt.AlignBottom
                    visible: root.showTime || root.delivery !== MessageListModel.Sent
                    font.pixelSize: Theme.textTiny
                    color: root.delivery === MessageListModel.Failed ? Theme.danger : Theme.subtle
                    text: root.delivery === MessageListModel.Pending ? qsTr("Sending…")
                        : root.delivery === MessageListModel.Failed ? qsTr("Not sent")
                        : root.createdAt.toLocaleTimeString(Qt.locale(Preferences.localeName), Locale.ShortFormat)
                }
                Button {
                    visible: root.delivery === MessageListModel.Failed
                    flat: true
                    text: qsTr("Retry")
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.retryRequested()
                }
                Item { Layout.fillWidth: true }
            }

            // Links are buttons: nothing opens until the user taps one.
            Flow {
                width: parent.width
                visible: root.links.length > 0
                layoutDirection: root.mine ? Qt.RightToLeft : Qt.LeftToRight
                spacing: 4
                Repeater {
                    model: root.links
                    delegate: Button {
                        required property var modelData
                        objectName: "messageLink"
                        flat: true
                        text: (modelData.url.startsWith("tel:") ? "📞 " : "🔗 ") + modelData.label
                        font.pixelSize: Theme.textSmall
                        Material.foreground: Theme.accent
                        Accessible.name: modelData.url.startsWith("tel:") ? qsTr("Call %1").arg(modelData.label)
                                                                          : qsTr("Open %1").arg(modelData.label)
                        onClicked: Qt.openUrlExternally(modelData.url)
                    }
                }
            }
        }
    }
}
