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
    // What the user may do with a message (RoomSession's rules); none when unset.
    property var canReply: function() { return false }
    property var canDelete: function(senderId, type) { return false }
    property bool canEdit: false
    property var reactionSet: []
    // The user has scrolled back from the newest message, by more than what a view
    // above that folds away would give back (else folding it would reach the end and
    // unfold it again).
    readonly property bool readingHistory: !list.followBottom
        && list.contentHeight + list.originY - list.contentY - list.height > 160
    readonly property bool atNewest: list.followBottom
    signal reactionToggled(double messageId, string emoji)
    signal retryRequested(string clientMsgId)
    signal replyRequested(double messageId, string senderName, string content)
    signal editRequested(double messageId, string content)
    signal deleteRequested(double messageId)
    signal quoteTapped(double messageId)
    signal noticeTapped() // the pinned announcement: the list of them
    // A message's photo (the index among its images), a PDF, stopping an upload.
    signal photoOpened(var attachments, int index)
    signal fileOpened(var attachment)
    signal uploadCancelled(string clientMsgId)
    // Whose messages fold into one line (the user blocked them).
    property var blockedUsers: ChatClient.blockedUsers
    // Someone else's message: report it to the operators, or block its sender.
    signal reportRequested(double messageId, string senderName)
    signal blockRequested(string senderId, string senderName)
    // The newest message on screen while the app is in front (for read markers).
    signal seen(double messageId)

    // Brings a loaded row into view and marks it for a moment (a reply's original).
    function showRow(row) {
        list.followBottom = false
        list.positionViewAtIndex(row, ListView.Center)
        list.highlightedRow = row
        highlightTimer.restart()
    }
    Timer {
        id: highlightTimer
        interval: 1500
        onTriggered: list.highlightedRow = -1
    }

    Rectangle {
        id: notice
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? noticeText.implicitHeight + 2 * Theme.spacing : 0
        visible: root.model !== null && root.model.pinnedNotice !== ""
        color: Theme.notice
        z: 2
        // Says there is a list behind it.
        Label {
            id: noticeMore
            anchors { right: parent.right; rightMargin: Theme.padding; verticalCenter: parent.verticalCenter }
            text: "›"
            font.pixelSize: Theme.textTitle
            color: Theme.bubbleText
        }
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
        TapHandler { onTapped: root.noticeTapped() }
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Announcements: %1").arg(root.model ? root.model.pinnedNotice : "")
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
        property int highlightedRow: -1
        property bool positioned: false // older pages load only once the view has settled
        function scrollToEnd() {
            positionViewAtEnd()
            positioned = true
            loadOlderWhenNearTop()
            reportSeen()
        }
        onMovementEnded: followBottom = atYEnd
        // Back at the newest message, however the user got there (wheel, keys,
        // the jump button): follow new ones again.
        onAtYEndChanged: if (atYEnd && positioned) followBottom = true

        // Older messages are asked for while a screenful of them is still above, so the
        // reader rarely reaches the top before they are there.
        onContentYChanged: {
            wasAtEnd = atYEnd
            loadOlderWhenNearTop()
            reportSeen()
        }
        // A row at the end that grew (reactions, the "New messages" line) keeps the end
        // in sight, if that is where the reader was.
        property bool wasAtEnd: true
        onContentHeightChanged: {
            if (positioned && followBottom && wasAtEnd && anchorRow < 0)
                Qt.callLater(stickToEnd)
        }
        // Decided once the view has settled: a jump to the top also changes the
        // height (rows made on the way) before it moves.
        function stickToEnd() {
            if (followBottom && wasAtEnd && anchorRow < 0 && !atYEnd)
                scrollToEnd()
        }
        // What is on screen while the window is in front has been read.
        function reportSeen() {
            if (!root.model || !positioned || count === 0
                    || Qt.application.state !== Qt.ApplicationActive)
                return
            let row = indexAt(width / 2, contentY + height - 8)
            if (row < 0)
                row = atYEnd ? count - 1 : -1
            const id = row >= 0 ? root.model.confirmedIdAtOrAbove(row) : 0
            if (id > 0)
                root.seen(id)
        }
        Connections {
            target: Qt.application
            function onStateChanged() { Qt.callLater(list.reportSeen) }
        }
        function loadOlderWhenNearTop() {
            if (!positioned || !root.model || !root.model.hasOlder || root.model.loadingOlder
                    || count === 0 || contentY - originY >= height)
                return
            followBottom = atYEnd // reading history, unless it all fits on screen
            root.model.loadOlder()
        }

        // Rows inserted above would move the text being read: remember the first row on
        // screen and its offset when a page is asked for, and put it back when it is in.
        property int anchorRow: -1
        property int anchorCount: 0
        property real anchorOffset: 0
        // The first row on screen (skipping the header and the gaps between rows).
        function rowAtTop() {
            for (let dy = 1; dy < 80; dy += 3) {
                const row = indexAt(width / 2, contentY + dy)
                if (row >= 0)
                    return row
            }
            return -1
        }
        function keepReadingPlace() {
            const row = anchorRow + count - anchorCount
            anchorRow = -1
            if (followBottom) {
                Qt.callLater(scrollToEnd)
                return
            }
            forceLayout()
            positionViewAtIndex(row, ListView.Beginning)
            const item = itemAtIndex(row)
            if (item)
                contentY = item.y - anchorOffset
            loadOlderWhenNearTop()
        }
        Connections {
            target: root.model
            // Before the view lays the new rows out: what is on screen is still where it was.
            function onRowsAboutToBeInserted(parent, first, last) {
                if (first !== 0 || !root.model.loadingOlder)
                    return
                const row = list.rowAtTop()
                const item = row >= 0 ? list.itemAtIndex(row) : null
                list.anchorRow = item ? row : 0
                list.anchorOffset = item ? item.y - list.contentY : 0
                list.anchorCount = list.count
            }
            function onLoadingOlderChanged() {
                if (!root.model.loadingOlder && list.anchorRow >= 0)
                    list.keepReadingPlace()
            }
        }
        onCountChanged: {
            if (anchorRow < 0 && followBottom)
                Qt.callLater(scrollToEnd)
        }
        // The input grew (a reply or an edit bar, more lines): the newest stays in sight.
        onHeightChanged: {
            if (positioned && followBottom)
                Qt.callLater(scrollToEnd)
        }

        // Constant: a header that grew while loading would push the text down.
        header: Item { width: list.width; height: Theme.spacing }
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
            required property bool firstOfRun
            required property bool showTime
            required property string senderId
            required property double messageId
            required property double replyTo
            required property string quoteSender
            required property bool quoteMine
            required property string quoteContent
            required property bool quoteDeleted
            required property bool edited
            required property bool deleted
            required property int unreadBy
            required property bool firstUnread
            required property var reactions
            required property var attachments
            required property var appointment
            required property real uploadProgress

            readonly property bool system: type === Contract.MessageType.System
            width: ListView.view.width
            height: system ? systemNotice.implicitHeight
                  : hiddenAsBlocked ? blockedLine.implicitHeight : bubble.implicitHeight

            Rectangle {
                anchors.fill: parent
                visible: list.highlightedRow === row.index
                color: Theme.accent
                opacity: 0.15
            }
            SystemNotice {
                id: systemNotice
                width: parent.width
                visible: row.system
                event: row.event
                subjectName: row.subjectName
                fallback: row.content
                createdAt: row.createdAt
                newDay: row.newDay
                appointment: row.appointment
            }
            // A blocked member's message folds into one line, opened on a tap.
            readonly property bool hiddenAsBlocked: !row.mine && !row.system && !revealed
                                                    && root.blockedUsers.indexOf(row.senderId) >= 0
            property bool revealed: false
            Label {
                id: blockedLine
                objectName: "blockedLine"
                visible: row.hiddenAsBlocked
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                topPadding: 4
                bottomPadding: 4
                text: qsTr("A message from someone you blocked · Show")
                color: Theme.subtle
                font.pixelSize: Theme.textSmall
                TapHandler { onTapped: row.revealed = true }
            }
            MessageBubble {
                id: bubble
                width: parent.width
                visible: !row.system && !row.hiddenAsBlocked
                type: row.type
                senderId: row.senderId
                firstOfRun: row.firstOfRun
                showTime: row.showTime
                senderName: row.senderName
                content: row.content
                createdAt: row.createdAt
                delivery: row.delivery
                mine: row.mine
                newDay: row.newDay
                replyTo: row.replyTo
                quoteSender: row.quoteSender
                quoteMine: row.quoteMine
                quoteContent: row.quoteContent
                quoteDeleted: row.quoteDeleted
                edited: row.edited
                deleted: row.deleted
                unreadBy: row.unreadBy
                firstUnread: row.firstUnread
                reactions: row.reactions
                reactionSet: root.reactionSet
                canReact: root.canReply()
                onReactionToggled: emoji => root.reactionToggled(row.messageId, emoji)
                canReply: root.canReply()
                canEdit: root.canEdit && row.mine
                canDelete: root.canDelete(row.senderId, row.type)
                onRetryRequested: root.retryRequested(row.clientMsgId)
                onReplyRequested: root.replyRequested(row.messageId, row.mine ? "" : row.senderName, row.content)
                onEditRequested: root.editRequested(row.messageId, row.content)
                onDeleteRequested: root.deleteRequested(row.messageId)
                onQuoteTapped: root.quoteTapped(row.replyTo)
                attachments: row.attachments
                uploadProgress: row.uploadProgress
                onPhotoOpened: index => root.photoOpened(row.attachments.filter(a => a.image), index)
                onFileOpened: attachment => root.fileOpened(attachment)
                onUploadCancelled: root.uploadCancelled(row.clientMsgId)
                canReport: !row.mine && row.messageId > 0 && !row.deleted
                onReportRequested: root.reportRequested(row.messageId, row.senderName)
                onBlockRequested: root.blockRequested(row.senderId, row.senderName)
            }
        }
    }

    // Over the top of the list, not in it: showing it moves no message.
    BusyIndicator {
        objectName: "olderSpinner"
        anchors { horizontalCenter: list.horizontalCenter; top: list.top; topMargin: Theme.spacing }
        height: 32
        width: 32
        running: root.model !== null && root.model.loadingOlder
        visible: running
        z: 3
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
