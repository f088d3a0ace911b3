import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The chat history: older pages load when the user reaches the top, the view stays
// where the user was reading; new messages follow the bottom unless scrolled up.
Item {
    id: root

    property MessageListModel model
    signal retryRequested(string clientMsgId)

    Rectangle {
        id: notice
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? noticeText.implicitHeight + 2 * Theme.spacing : 0
        visible: root.model !== null && root.model.pinnedNotice !== ""
        color: Theme.notice
        z: 2
        Label {
            id: noticeText
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing; leftMargin: Theme.padding }
            text: "📢 " + (root.model ? root.model.pinnedNotice : "")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.bubbleText
        }
    }

    ListView {
        id: list
        anchors { left: parent.left; right: parent.right; top: notice.bottom; bottom: parent.bottom }
        clip: true
        model: root.model
        spacing: 4
        topMargin: Theme.spacing
        bottomMargin: Theme.spacing
        ScrollBar.vertical: ScrollBar {}

        property bool followBottom: true
        onMovementEnded: followBottom = atYEnd
        onCountChanged: if (followBottom) Qt.callLater(positionViewAtEnd)
        onAtYBeginningChanged: if (atYBeginning && root.model && count > 0) root.model.loadMore()

        header: Item {
            width: list.width
            height: root.model && root.model.loadingOlder ? 40 : 0
            BusyIndicator { anchors.centerIn: parent; running: parent.height > 0; height: 32 }
        }

        delegate: Item {
            id: row
            required property int index
            required property string type
            required property string senderName
            required property string content
            required property date createdAt
            required property string event
            required property string subjectName
            required property int delivery
            required property bool mine
            required property string clientMsgId
            required property bool newDay

            readonly property bool system: type === "SYSTEM"
            width: ListView.view.width
            height: system ? systemNotice.implicitHeight : bubble.implicitHeight

            SystemNotice {
                id: systemNotice
                width: parent.width
                visible: row.system
                event: row.event
                subjectName: row.subjectName
                fallback: row.content
                createdAt: row.createdAt
                newDay: row.newDay
            }
            MessageBubble {
                id: bubble
                width: parent.width
                visible: !row.system
                type: row.type
                senderName: row.senderName
                content: row.content
                createdAt: row.createdAt
                delivery: row.delivery
                mine: row.mine
                newDay: row.newDay
                onRetryRequested: root.retryRequested(row.clientMsgId)
            }
        }
    }

    RoundButton {
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.padding }
        visible: !list.followBottom
        text: "↓"
        width: Theme.touchTarget
        height: Theme.touchTarget
        Accessible.name: qsTr("Jump to latest")
        onClicked: {
            list.followBottom = true
            list.positionViewAtEnd()
        }
    }
}
