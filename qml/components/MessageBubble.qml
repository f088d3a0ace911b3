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
    // A reply: what it answers (0: none), as the server quoted it.
    property double replyTo: 0
    property string quoteSender
    property bool quoteMine: false // the user's own message: "Reply to yourself"
    property string quoteContent
    property bool quoteDeleted: false
    property bool edited: false
    property bool deleted: false // a tombstone: "Message deleted", nothing to do with it
    // Members who have not read it yet (KakaoTalk's number beside the bubble).
    property int unreadBy: 0
    // The first message that was new when the room opened: "New messages" above it.
    property bool firstUnread: false
    // [{emoji, count, mine}] under the bubble; the six that can be given.
    property var reactions: []
    property var reactionSet: []
    property bool canReact: false
    signal reactionToggled(string emoji)
    // What the user may do with it here (RoomSession decides).
    property bool canReply: false
    property bool canEdit: false
    property bool canDelete: false
    // Someone else's message: report it, block its sender.
    property bool canReport: false
    signal reportRequested()
    signal blockRequested()
    signal retryRequested()
    signal replyRequested()
    signal editRequested()
    signal deleteRequested()
    signal quoteTapped()
    // Its files (MessageListModel's attachments), and how far their upload is.
    property var attachments: []
    property real uploadProgress: -1
    signal photoOpened(int index)
    signal fileOpened(var attachment)
    signal uploadCancelled()

    function openMenu() {
        if (!root.deleted && root.delivery === MessageListModel.Sent)
            menu.popup()
    }

    readonly property bool notification: type === Contract.MessageType.Notification
    // A photo may come without words.
    readonly property bool hasText: deleted || content !== ""
    readonly property bool hasFiles: attachments.length > 0 && !deleted
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
    Accessible.name: (mine ? qsTr("You") : senderName) + ": "
                     + (deleted ? qsTr("Message deleted") : content)
                     + (hasFiles ? " " + qsTr("(%n file(s))", "", attachments.length) : "") + ", "
                     + createdAt.toLocaleTimeString(Qt.locale(Preferences.localeName), Locale.ShortFormat)

    DateSeparator {
        visible: root.newDay
        day: root.createdAt
        width: root.width
        horizontalAlignment: Text.AlignHCenter
    }

    // Where the user had read up to when they opened the room.
    Item {
        objectName: "newMessagesDivider"
        visible: root.firstUnread
        width: root.width - root.leftPadding - root.rightPadding
        height: dividerText.implicitHeight + 2 * Theme.spacing
        Rectangle {
            anchors { left: parent.left; right: dividerText.left; rightMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
            height: 1
            color: Theme.accent
        }
        Label {
            id: dividerText
            anchors.centerIn: parent
            text: qsTr("New messages")
            font.pixelSize: Theme.textSmall
            color: Theme.accent
        }
        Rectangle {
            anchors { left: dividerText.right; leftMargin: Theme.spacing; right: parent.right; verticalCenter: parent.verticalCenter }
            height: 1
            color: Theme.accent
        }
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
                    text: text.text
                    textFormat: Text.PlainText
                    font: text.font
                }
                Rectangle {
                    id: bubble
                    // Room beside it for the time and the ⋯ button, also on a phone.
                    Layout.maximumWidth: Math.min(520, bubbleRow.width - 100)
                    implicitWidth: Math.max(root.hasText ? Math.ceil(text.contentWidth) : 0,
                                            quote.visible ? quote.width : 0,
                                            files.visible ? files.width : 0)
                                   + 2 * Theme.padding
                    implicitHeight: (root.hasText ? text.implicitHeight : 0) + 2 * Theme.spacing
                                    + (quote.visible ? quote.height + Theme.spacing : 0)
                                    + (files.visible ? files.height + (root.hasText ? Theme.spacing : 0) : 0)
                    radius: Theme.radius
                    color: root.notification ? Theme.notice : root.mine ? Theme.mineBubble : Theme.theirBubble
                    opacity: root.delivery === MessageListModel.Pending ? 0.6 : 1
                    border.color: root.delivery === MessageListModel.Failed ? Theme.danger : "transparent"

                    // The message it answers: tap to see it in the chat.
                    Rectangle {
                        id: quote
                        objectName: "quote"
                        // Sized from its text (never from the bubble, which is sized from it).
                        readonly property real textRoom: Math.max(0, bubble.Layout.maximumWidth
                                                                   - 2 * Theme.padding - quoteColumn.x)
                        visible: root.replyTo > 0 && !root.deleted
                        x: Theme.padding
                        y: Theme.spacing
                        implicitWidth: quoteColumn.x + Math.max(quoteTitle.width, quoteText.width)
                        width: implicitWidth
                        height: quoteColumn.implicitHeight + 4
                        color: "transparent"
                        Rectangle { width: 3; height: parent.height; radius: 1; color: Theme.accent }
                        Column {
                            id: quoteColumn
                            x: 3 + Theme.spacing
                            y: 2
                            Label {
                                id: quoteTitle
                                width: Math.min(implicitWidth, quote.textRoom)
                                // KakaoTalk's 나에게 답장: to the user's own message, by them or by another.
                                text: root.quoteMine ? (root.mine ? qsTr("Reply to yourself") : qsTr("Reply to you"))
                                    : root.quoteSender !== "" ? qsTr("Reply to %1").arg(root.quoteSender) : qsTr("Reply")
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.textSmall
                                font.bold: true
                                color: Theme.bubbleText
                                elide: Text.ElideRight
                            }
                            Label {
                                id: quoteText
                                width: Math.min(implicitWidth, quote.textRoom)
                                text: root.quoteDeleted || root.quoteSender === "" ? qsTr("Message deleted")
                                                                                   : root.quoteContent.replace(/\s+/g, " ")
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.textSmall
                                font.italic: root.quoteDeleted || root.quoteSender === ""
                                color: Theme.bubbleText
                                elide: Text.ElideRight
                                maximumLineCount: 1
                            }
                        }
                        TapHandler { onTapped: root.quoteTapped() }
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Show the message this replies to")
                    }

                    AttachmentView {
                        id: files
                        objectName: "attachments"
                        visible: root.hasFiles
                        x: Theme.padding
                        y: quote.visible ? quote.y + quote.height + Theme.spacing : Theme.spacing
                        attachments: root.hasFiles ? root.attachments : []
                        maxWidth: bubble.Layout.maximumWidth - 2 * Theme.padding
                        uploadProgress: root.delivery === MessageListModel.Pending ? root.uploadProgress : -1
                        onPhotoOpened: index => root.photoOpened(index)
                        onFileOpened: attachment => root.fileOpened(attachment)
                        onUploadCancelled: root.uploadCancelled()
                    }

                    TextEdit {
                        id: text
                        objectName: "messageText"
                        visible: root.hasText
                        x: Theme.padding
                        y: files.visible ? files.y + files.height + Theme.spacing
                           : quote.visible ? quote.y + quote.height + Theme.spacing : Theme.spacing
                        width: Math.min(natural.implicitWidth + 2, bubble.Layout.maximumWidth - 2 * Theme.padding)
                        text: root.deleted ? qsTr("Message deleted") : root.content
                        font.italic: root.deleted
                        textFormat: TextEdit.PlainText
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: Theme.bubbleText // a tombstone is told by its italics (subtle grey fails AA on bubbles)
                        selectionColor: Theme.accent
                        selectedTextColor: Theme.accentText
                        font.pixelSize: Theme.textBody
                        font.family: Theme.fontFamily // not a Control: inherits no font
                        activeFocusOnPress: false
                        // The text takes a finger's press for itself: it needs its own
                        // handler (an item's handlers see the press before the item does).
                        TapHandler {
                            acceptedDevices: PointerDevice.TouchScreen
                            onLongPressed: root.openMenu()
                        }
                    }
                    // Right-click (desktop) or press and hold (phone): what can be done with it.
                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: root.openMenu()
                    }
                    TapHandler {
                        acceptedDevices: PointerDevice.TouchScreen
                        onLongPressed: root.openMenu()
                    }
                    HoverHandler { id: hover }
                    Menu {
                        id: menu
                        objectName: "messageMenu"
                        // Wide enough for the six reactions in one row.
                        width: Math.max(200, root.canReact ? root.reactionSet.length * 40 + 3 * Theme.spacing : 0)
                        // KakaoTalk's row of reactions at the top of the menu.
                        Row {
                            visible: root.canReact
                            height: visible ? implicitHeight : 0
                            leftPadding: Theme.spacing
                            Repeater {
                                // Made while the menu is open only: a chat has hundreds of bubbles.
                                model: root.canReact && menu.visible ? root.reactionSet : []
                                delegate: ToolButton {
                                    required property string modelData
                                    objectName: "react-" + modelData
                                    text: modelData
                                    font.pixelSize: Theme.textTitle
                                    font.family: "Noto Color Emoji" // in colour, as people know them
                                    implicitWidth: 40
                                    Accessible.name: qsTr("React with %1").arg(modelData)
                                    onClicked: {
                                        menu.close()
                                        root.reactionToggled(modelData)
                                    }
                                }
                            }
                        }
                        MenuItem {
                            objectName: "replyItem"
                            text: qsTr("Reply")
                            visible: root.canReply
                            height: visible ? implicitHeight : 0
                            onTriggered: root.replyRequested()
                        }
                        MenuItem {
                            text: qsTr("Copy")
                            visible: root.hasText
                            height: visible ? implicitHeight : 0
                            onTriggered: {
                                text.selectAll()
                                text.copy()
                                text.deselect()
                            }
                        }
                        MenuItem {
                            objectName: "editItem"
                            text: qsTr("Edit")
                            visible: root.canEdit
                            height: visible ? implicitHeight : 0
                            onTriggered: root.editRequested()
                        }
                        MenuItem {
                            objectName: "reportItem"
                            text: qsTr("Report…")
                            visible: root.canReport
                            height: visible ? implicitHeight : 0
                            onTriggered: root.reportRequested()
                        }
                        MenuItem {
                            objectName: "blockItem"
                            text: qsTr("Block %1").arg(root.senderName)
                            visible: root.canReport
                            height: visible ? implicitHeight : 0
                            onTriggered: root.blockRequested()
                        }
                        MenuItem {
                            objectName: "deleteItem"
                            text: qsTr("Delete")
                            visible: root.canDelete
                            height: visible ? implicitHeight : 0
                            Material.foreground: Theme.danger
                            onTriggered: root.deleteRequested()
                        }
                    }
                }
                // Desktop: the same menu from a button that shows while the pointer is over it.
                ToolButton {
                    objectName: "moreButton"
                    Layout.alignment: Qt.AlignVCenter
                    visible: !root.deleted && root.delivery === MessageListModel.Sent
                             && (hover.hovered || hovered || menu.visible)
                    text: "⋯"
                    implicitWidth: 28
                    implicitHeight: 28
                    font.pixelSize: Theme.textSmall
                    Accessible.name: qsTr("Message actions")
                    onClicked: root.openMenu()
                }
                Column {
                    Layout.alignment: Qt.AlignBottom
                    // KakaoTalk's order: the count above the time, both beside the bubble.
                    Label {
                        objectName: "unreadBy"
                        anchors.right: root.mine ? parent.right : undefined
                        visible: root.unreadBy > 0 && !root.deleted
                        text: root.unreadBy
                        font.pixelSize: Theme.textTiny
                        font.bold: true
                        color: Theme.accent
                        Accessible.name: qsTr("%n not read yet", "", root.unreadBy)
                    }
                Label {
                    anchors.right: root.mine ? parent.right : undefined
                    visible: root.showTime || root.edited || root.delivery !== MessageListModel.Sent
                    font.pixelSize: Theme.textTiny
                    color: root.delivery === MessageListModel.Failed ? Theme.danger : Theme.subtle
                    text: root.delivery === MessageListModel.Pending ? qsTr("Sending…")
                        : root.delivery === MessageListModel.Failed ? qsTr("Not sent")
                        : (root.edited && !root.deleted ? qsTr("edited") + " · " : "")
                          + root.createdAt.toLocaleTimeString(Qt.locale(Preferences.localeName), Locale.ShortFormat)
                }
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

            // Reactions under the bubble: each with its count; mine stand out, and a tap
            // gives or takes back that one.
            Flow {
                objectName: "reactions"
                width: parent.width
                visible: root.reactions.length > 0 && !root.deleted
                layoutDirection: root.mine ? Qt.RightToLeft : Qt.LeftToRight
                spacing: 4
                Repeater {
                    model: root.deleted ? [] : root.reactions
                    delegate: Button {
                        required property var modelData
                        flat: !modelData.mine
                        highlighted: modelData.mine
                        Material.accent: Theme.buttonAccent // carries white text in light and dark
                        id: chip
                        enabled: root.canReact
                        text: modelData.emoji + " " + modelData.count
                        font.pixelSize: Theme.textSmall
                        // The emoji in colour (as people know them), the count in the text's font.
                        contentItem: Row {
                            spacing: 4
                            Text {
                                anchors.verticalCenter: parent.verticalCenter
                                text: chip.modelData.emoji
                                font.family: "Noto Color Emoji"
                                font.pixelSize: Theme.textSmall
                            }
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                text: chip.modelData.count
                                font: chip.font
                                color: chip.highlighted ? Theme.buttonText : Theme.foreground
                            }
                        }
                        padding: 4
                        topInset: 0
                        bottomInset: 0
                        implicitHeight: 28
                        Accessible.name: modelData.mine ? qsTr("%1, %2, yours: take back").arg(modelData.emoji).arg(modelData.count)
                                                        : qsTr("%1, %2: react too").arg(modelData.emoji).arg(modelData.count)
                        onClicked: root.reactionToggled(modelData.emoji)
                    }
                }
            }

            // Links are buttons: nothing opens until the user taps one.
            Flow {
                width: parent.width
                visible: root.links.length > 0 && !root.deleted
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
