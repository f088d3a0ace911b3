import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// A chat message: mine on the right, others on the left with their name.
// User text is always plain text: "<b>" shows as the three characters it is.
Column {
    id: root

    required property int type // Contract.MessageType
    required property string senderName
    required property string content
    required property date createdAt
    required property int delivery
    required property bool mine
    required property bool newDay
    signal retryRequested()

    readonly property bool notification: type === Contract.MessageType.Notification

    spacing: 2
    leftPadding: Theme.padding
    rightPadding: Theme.padding

    DateSeparator {
        visible: root.newDay
        day: root.createdAt
        width: root.width
        horizontalAlignment: Text.AlignHCenter
    }

    Label {
        visible: !root.mine
        x: root.leftPadding
        text: root.senderName + (root.notification ? "  · " + qsTr("Announcement") : "")
        textFormat: Text.PlainText
        font.pixelSize: 12
        color: Theme.subtle
    }

    RowLayout {
        width: root.width - root.leftPadding - root.rightPadding
        layoutDirection: root.mine ? Qt.RightToLeft : Qt.LeftToRight
        spacing: 6

        Rectangle {
            Layout.maximumWidth: Math.min(520, root.width * 0.75)
            implicitWidth: text.implicitWidth + 2 * Theme.padding
            implicitHeight: text.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: root.notification ? Theme.notice : root.mine ? Theme.mineBubble : Theme.theirBubble
            opacity: root.delivery === MessageListModel.Pending ? 0.6 : 1
            border.color: root.delivery === MessageListModel.Failed ? Theme.danger : "transparent"

            Text {
                id: text
                objectName: "messageText"
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.Layout.maximumWidth - 2 * Theme.padding)
                text: root.content
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.bubbleText
                font.pixelSize: 15
            }
        }
        Label {
            Layout.alignment: Qt.AlignBottom
            font.pixelSize: 11
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
}
