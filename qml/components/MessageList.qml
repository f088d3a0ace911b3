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
        objectName: "messageListView"
        anchors { left: parent.left; right: parent.right; top: notice.bottom; bottom: parent.bottom }
        clip: true
        model: root.model
        spacing: 4
        ScrollBar.vertical: ScrollBar {}

        // No top/bottom margins: with them Qt 6.4's positionViewAtEnd() stops short of
        // atYEnd, and following the newest message breaks. Spacing lives in header/footer.
        property bool followBottom: true
        property bool positioned: false // older pages load only once the view has settled
        function scrollToEnd() {
            positionViewAtEnd()
            positioned = true
        }
        onMovementEnded: followBottom = atYEnd
        // Back at the newest message, however the user got there (wheel, keys,
        // the jump button): follow new ones again.
        onAtYEndChanged: if (atYEnd && positioned) followBottom = true

        // Reading at the very top, rows inserted above would push the text down: remember
        // the row being read when an older page is asked for, and put it back afterwards.
        property int anchorRow: -1
        // The first row on screen (skipping the header and the gaps between rows).
        function rowAtTop() {
            for (let dy = 1; dy < 80; dy += 3) {
                const row = indexAt(width / 2, contentY + dy)
                if (row >= 0)
                    return row
            }
            return -1
        }
        property int anchorCount: 0
        Connections {
            target: root.model
            function onLoadingOlderChanged() {
                if (root.model.loadingOlder) {
                    // At the very top before layout has caught up, the first row is the one read.
                    const row = list.rowAtTop()
                    list.anchorRow = row >= 0 ? row : 0
                    list.anchorCount = list.count
                }
            }
        }
        onCountChanged: {
            if (anchorRow >= 0 && count > anchorCount) {
                positionViewAtIndex(anchorRow + count - anchorCount, ListView.Beginning)
                anchorRow = -1
            } else if (followBottom) {
                Qt.callLater(scrollToEnd)
            }
        }
        onAtYBeginningChanged: {
            if (atYBeginning && positioned && root.model && count > 0) {
                followBottom = false // reading history now
                root.model.loadOlder()
            }
        }

        header: Item {
            width: list.width
            height: root.model && root.model.loadingOlder ? 40 : Theme.spacing
            BusyIndicator { anchors.centerIn: parent; running: parent.height > Theme.spacing; height: 32 }
        }
        footer: Item { width: list.width; height: Theme.spacing }

        delegate: Item {
            id: row
            required property int index
            required property int type // Contract.MessageType
            required property string senderName
            required property string content
            required property date createdAt
            required property var event // Contract.SystemEvent, undefined but for SYSTEM
            required property string subjectName
            required property int delivery
            required property bool mine
            required property string clientMsgId
            required property bool newDay

            readonly property bool system: type === Contract.MessageType.System
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
        objectName: "jumpToLatest"
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.padding }
        // Only when there is something below to jump to.
        visible: !list.followBottom && !list.atYEnd
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
