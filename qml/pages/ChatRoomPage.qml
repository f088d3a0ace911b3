import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// One group buy's chat: header with state and the user's action, pinned notice,
// messages, input.
Page {
    id: root

    required property RoomSession session
    property bool showBack: false
    signal backRequested()

    header: HeaderBar {
        visible: root.session !== null
        implicitHeight: headerRow.implicitHeight + Theme.spacing
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: root.showBack ? 0 : Theme.padding
            anchors.rightMargin: Theme.spacing
            ToolButton {
                visible: root.showBack
                text: "‹"
                font.pixelSize: Theme.textHeadline
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Back to group buys")
                onClicked: root.backRequested()
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: 1 // take what is left, never push the buttons out
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: root.session ? root.session.title : ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.textTitle
                    font.bold: true
                    elide: Text.ElideRight
                }
                RowLayout {
                    Layout.fillWidth: true
                    clip: true
                    spacing: Theme.spacing
                    StatusBadge { status: root.session ? root.session.status : -1 }
                    // The product card says both when it is open below.
                    Label {
                        visible: !productCard.visible || productCard.folded
                        text: root.session ? qsTr("%1 / %2 joined").arg(root.session.participantCount)
                                                                 .arg(root.session.maxParticipants) : ""
                        color: Theme.headerSubtleText
                        font.pixelSize: Theme.textMeta
                    }
                    Countdown {
                        color: Theme.headerSubtleText // red on tangerine would not read
                        visible: root.session !== null && root.session.status === Contract.RoomStatus.Active
                                 && (!productCard.visible || productCard.folded)
                        deadline: root.session ? root.session.expiresAt : new Date()
                    }
                }
            }
            Button {
                id: action
                // Which action the user has here is the session's to say.
                readonly property int kind: root.session ? root.session.primaryAction : RoomSession.Action.None
                readonly property bool active: kind !== RoomSession.Action.None
                readonly property bool canCancel: root.session !== null && root.session.canCancel
                readonly property string label: kind === RoomSession.Action.Close ? qsTr("Close")
                                              : kind === RoomSession.Action.Leave ? qsTr("Leave") : qsTr("Join group buy")
                // Joining, leaving and closing cannot be taken back: say what happens first.
                function trigger() {
                    const session = root.session
                    if (kind === RoomSession.Action.Join)
                        confirm.ask(qsTr("Join this group buy?"),
                                    qsTr("You commit to buy at the group price. You can leave while it is recruiting."),
                                    qsTr("Join"), () => session.runPrimaryAction())
                    else if (kind === RoomSession.Action.Leave)
                        confirm.ask(qsTr("Leave this group buy?"),
                                    qsTr("Your place goes back to the group buy. You can join again while it is recruiting."),
                                    qsTr("Leave"), () => session.runPrimaryAction())
                    else if (kind === RoomSession.Action.Close)
                        confirm.ask(qsTr("Close recruiting?"),
                                    session.participantCount < session.minParticipants
                                        ? qsTr("Only %1 of the %2 buyers needed have joined. Close the group buy with them anyway? Viewers will leave the chat.")
                                              .arg(session.participantCount).arg(session.minParticipants)
                                        : qsTr("The group buy closes with %1 buyers. Viewers will leave the chat.")
                                              .arg(session.participantCount),
                                    qsTr("Close"), () => session.runPrimaryAction())
                }
                function cancelGroupBuy() {
                    const session = root.session
                    confirm.ask(qsTr("Cancel this group buy?"),
                                qsTr("Everyone in the room is told, and the chat becomes read-only. This cannot be undone."),
                                qsTr("Cancel the group buy"), () => session.cancelGroupBuy())
                }
                objectName: "primaryAction"
                visible: active && !root.showBack
                enabled: root.session !== null && !root.session.busy
                // White on the header, in the header's colour: never tangerine on tangerine.
                Material.background: Theme.headerText
                Material.foreground: Theme.header
                font.bold: kind === RoomSession.Action.Join
                Layout.preferredHeight: Theme.touchTarget
                text: label
                onClicked: trigger()
            }
            ToolButton {
                id: searchButton
                objectName: "searchButton"
                contentItem: Item {
                    SearchIcon {
                        anchors.centerIn: parent
                        color: searchButton.Material.foreground
                    }
                }
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Search in this chat")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Search in this chat")
                onClicked: searchBar.open()
            }
            ToolButton {
                visible: action.canCancel && !root.showBack
                text: "✕"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Cancel the group buy")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Cancel the group buy")
                onClicked: action.cancelGroupBuy()
            }
            // Phones: no room beside the title; every action in one menu. Desktop: the
            // room's settings (its actions are buttons beside the title).
            ToolButton {
                objectName: "roomMenuButton"
                visible: root.session !== null
                text: "⋮"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Menu")
                onClicked: phoneMenu.open()
                Menu {
                    id: phoneMenu
                    width: 260 // "Mute notifications" in full, in either language
                    Material.foreground: Theme.foreground
                    MenuItem {
                        text: action.label
                        visible: action.active && root.showBack
                        height: visible ? implicitHeight : 0
                        onTriggered: action.trigger()
                    }
                    MenuItem {
                        text: qsTr("Cancel the group buy")
                        visible: action.canCancel && root.showBack
                        height: visible ? implicitHeight : 0
                        onTriggered: action.cancelGroupBuy()
                    }
                    MenuItem {
                        text: qsTr("Members")
                        visible: root.showBack
                        height: visible ? implicitHeight : 0
                        onTriggered: membersDrawer.open()
                    }
                    MenuItem {
                        objectName: "editProductItem"
                        text: qsTr("Product details")
                        visible: root.session !== null && root.session.canEditProduct
                        height: visible ? implicitHeight : 0
                        onTriggered: productDialog.start()
                    }
                    MenuItem {
                        objectName: "limitsItem"
                        text: qsTr("Deadline and places")
                        visible: root.session !== null && root.session.canEditProduct
                        height: visible ? implicitHeight : 0
                        onTriggered: limitsDialog.start()
                    }
                    MenuItem {
                        objectName: "freezeItem"
                        text: root.session && root.session.frozen ? qsTr("Reopen the chat") : qsTr("Pause the chat")
                        visible: root.session !== null && root.session.canModerate
                        height: visible ? implicitHeight : 0
                        onTriggered: root.session.setFrozen(!root.session.frozen)
                    }
                    MenuItem {
                        objectName: "pickupItem"
                        text: qsTr("Pickup")
                        visible: root.session !== null && root.session.canSetAppointment
                        height: visible ? implicitHeight : 0
                        onTriggered: appointmentDialog.start()
                    }
                    MenuItem {
                        objectName: "ordersItem"
                        text: qsTr("Orders")
                        visible: root.session !== null && root.session.canManageOrders
                        height: visible ? implicitHeight : 0
                        onTriggered: ordersDialog.start()
                    }
                    MenuItem {
                        objectName: "addressItem"
                        text: qsTr("Delivery address")
                        visible: root.session !== null && root.session.canGiveAddress
                        height: visible ? implicitHeight : 0
                        onTriggered: addressDialog.start()
                    }
                    MenuItem {
                        objectName: "addressListItem"
                        text: qsTr("Delivery addresses")
                        visible: root.session !== null && root.session.canReadAddresses
                        height: visible ? implicitHeight : 0
                        onTriggered: addressList.start()
                    }
                    // Announcements and status news of this room: as a banner or a
                    // system notice, or (muted) only in the room list.
                    MenuItem {
                        id: muteItem
                        objectName: "muteItem"
                        checkable: true
                        text: qsTr("Mute notifications")
                        function refresh() {
                            checked = root.session !== null && Preferences.isMuted(root.session.roomId)
                        }
                        Component.onCompleted: refresh()
                        Connections {
                            target: Preferences
                            function onMutedRoomsChanged() { muteItem.refresh() }
                        }
                        Connections {
                            target: root
                            function onSessionChanged() { muteItem.refresh() }
                        }
                        onToggled: Preferences.setMuted(root.session.roomId, checked)
                    }
                }
            }
        }
    }

    ConfirmDialog { id: confirm }
    PhotoViewer { id: viewer }
    AnnouncementsDialog {
        id: announcements
        session: root.session
        onShown: messageId => root.session.reveal(messageId)
    }
    AddressDialog {
        id: addressDialog
        addresses: root.session ? root.session.addresses : null
    }
    PrivateDetailsDialog {
        id: privateDetails
        onSendAnyway: input.sendHeld()
        onUseForm: addressDialog.start()
    }
    AddressListDialog {
        id: addressList
        addresses: root.session ? root.session.addresses : null
    }
    ProductDialog {
        id: productDialog
        session: root.session
    }
    LimitsDialog {
        id: limitsDialog
        session: root.session
    }
    OrdersDialog {
        id: ordersDialog
        orders: root.session ? root.session.orders : null
    }
    ReportDialog {
        id: reportDialog
    }
    AppointmentDialog {
        id: appointmentDialog
        appointment: root.session ? root.session.appointment : null
    }
    AppointmentAnswersDialog {
        id: appointmentAnswers
        appointment: root.session ? root.session.appointment : null
    }

    Drawer {
        id: membersDrawer
        edge: Qt.RightEdge
        width: Math.min(root.width * 0.75, 300)
        height: root.height
        ParticipantList {
            anchors.fill: parent
            model: root.session ? root.session.participants : null
            session: root.session
        }
    }

    EmptyState {
        anchors.centerIn: parent
        visible: root.session === null
        text: qsTr("Choose a group buy to see its chat.")
    }

    ColumnLayout {
        anchors.fill: parent
        // Phones: keep the input above the on-screen keyboard.
        anchors.bottomMargin: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height / Screen.devicePixelRatio : 0
        spacing: 0
        visible: root.session !== null

        // Search in the room: the field, and what it found over the chat.
        Pane {
            id: searchBar
            objectName: "searchBar"
            function open() {
                visible = true
                searchField.forceActiveFocus()
            }
            function close() {
                visible = false
                results.visible = false
                searchField.text = ""
                root.session.search("")
            }
            visible: false
            Layout.fillWidth: true
            padding: Theme.spacing
            RowLayout {
                anchors.fill: parent
                TextField {
                    id: searchField
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search messages")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: {
                        root.session.search(text)
                        results.visible = true
                    }
                    Keys.onEscapePressed: searchBar.close()
                }
                ToolButton {
                    text: "✕"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Close the search")
                    onClicked: searchBar.close()
                }
            }
        }
        ProductCard {
            id: productCard
            Layout.fillWidth: true
            // The search's results take the chat's place, and the card's.
            visible: product.groupPrice !== undefined && !searchBar.visible
            product: root.session ? root.session.product : ({})
            status: root.session ? root.session.status : -1
            participantCount: root.session ? root.session.participantCount : 0
            maxParticipants: root.session ? root.session.maxParticipants : 0
            expiresAt: root.session ? root.session.expiresAt : new Date()
            canEdit: root.session !== null && root.session.canEditProduct
            // Phones: a slim line while the user reads back, so the chat keeps the screen.
            folded: root.showBack && foldedByScroll
            property bool foldedByScroll: false
            Connections {
                target: messageList
                function onReadingHistoryChanged() {
                    if (messageList.readingHistory)
                        productCard.foldedByScroll = true
                    else if (messageList.atNewest)
                        productCard.foldedByScroll = false
                }
            }
            onUnfoldRequested: foldedByScroll = false
            onEditRequested: productDialog.start()
            onPhotoOpened: viewer.show([{ url: product.photoUrl, thumbnailUrl: product.thumbnailUrl,
                                          name: qsTr("Product photo") }], 0)
        }
        OrderBar {
            Layout.fillWidth: true
            session: root.session
            onChecklistRequested: ordersDialog.start()
            onReceiptConfirmRequested: {
                const orders = root.session.orders
                confirm.ask(qsTr("Did you get it?"),
                            qsTr("The seller is told that you have your order."),
                            qsTr("I got it"), () => orders.confirmReceipt())
            }
        }
        AppointmentBar {
            Layout.fillWidth: true
            appointment: root.session ? root.session.appointment : null
            canSet: root.session !== null && root.session.canSetAppointment
            canAnswer: root.session !== null && root.session.canAnswerAppointment
            visible: appointment !== null && appointment.exists && !searchBar.visible
                     && !(root.showBack && productCard.foldedByScroll)
            onEditRequested: appointmentDialog.start()
            onAnswersRequested: appointmentAnswers.start()
        }
        MessageList {
            id: messageList
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.session ? root.session.messages : null
            canReply: () => input.enabled
            canEdit: input.enabled
            canDelete: (senderId, type) => root.session !== null && root.session.canDelete(senderId, type)
            onRetryRequested: clientMsgId => root.session.retry(clientMsgId)
            onReplyRequested: (messageId, senderName, content) => input.startReply(messageId, senderName, content)
            onEditRequested: (messageId, content) => input.startEdit(messageId, content)
            onReportRequested: (messageId, senderName) => reportDialog.ask(root.session.roomId, messageId, "", senderName)
            onBlockRequested: (senderId, senderName) => {
                confirm.ask(qsTr("Block %1?").arg(senderName),
                            qsTr("Their messages fold away for you in every room. They are not told."),
                            qsTr("Block"), () => ChatClient.setBlocked(senderId, true))
            }
            onDeleteRequested: messageId => {
                const session = root.session
                confirm.ask(qsTr("Delete this message?"),
                            qsTr("It is removed for everyone in the room; \"Message deleted\" stays in its place."),
                            qsTr("Delete"), () => session.deleteMessage(messageId))
            }
            onQuoteTapped: messageId => root.session.reveal(messageId)
            onSeen: messageId => root.session.markSeen(messageId)
            reactionSet: root.session ? root.session.reactionSet() : []
            onReactionToggled: (messageId, emoji) => root.session.toggleReaction(messageId, emoji)
            onPhotoOpened: (photos, index) => viewer.show(photos, index)
            onNoticeTapped: announcements.start()
            onFileOpened: attachment => root.session.openFile(attachment.fileId, attachment.name)
            onUploadCancelled: clientMsgId => root.session.cancelUpload(clientMsgId)
            // Desktop: photos and PDFs dropped on the chat wait in the input.
            DropArea {
                objectName: "fileDrop"
                anchors.fill: parent
                enabled: input.enabled && input.canAttach
                onEntered: drag => drag.accepted = drag.hasUrls
                onDropped: drop => {
                    if (drop.hasUrls)
                        input.addFiles(drop.urls)
                }
                Rectangle {
                    anchors.fill: parent
                    visible: parent.containsDrag
                    color: Theme.accent
                    opacity: 0.12
                    border.color: Theme.accent
                    border.width: 2
                }
            }
        }
        Rectangle {
            id: results
            objectName: "searchResults"
            // Over the chat, under the search field; a result shows its message in place.
            parent: messageList
            anchors.fill: parent
            visible: false
            color: Theme.background
            z: 5
            ListView {
                anchors.fill: parent
                clip: true
                model: searchBar.visible && root.session ? root.session.searchResults : []
                delegate: ItemDelegate {
                    id: result
                    required property var modelData
                    width: ListView.view.width
                    contentItem: Column {
                        spacing: 2
                        Label {
                            width: parent.width
                            text: result.modelData.senderName + " · "
                                  + result.modelData.createdAt.toLocaleString(Qt.locale(Preferences.localeName), Locale.ShortFormat)
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.textSmall
                            color: Theme.subtle
                        }
                        Label {
                            width: parent.width
                            text: result.modelData.content.replace(/\s+/g, " ")
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.Wrap
                        }
                    }
                    onClicked: {
                        results.visible = false
                        root.session.reveal(result.modelData.messageId)
                    }
                }
                footer: Column {
                    width: ListView.view ? ListView.view.width : 0
                    padding: Theme.padding
                    Label {
                        visible: root.session !== null && !root.session.searching
                                 && root.session.searchResults.length === 0
                        width: parent.width - 2 * Theme.padding
                        horizontalAlignment: Text.AlignHCenter
                        text: root.session && root.session.searchHasMore
                              ? qsTr("Nothing among the newest messages.") : qsTr("No messages found.")
                        color: Theme.subtle
                    }
                    BusyIndicator {
                        anchors.horizontalCenter: parent.horizontalCenter
                        running: root.session !== null && root.session.searching
                        visible: running
                    }
                    Button {
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: root.session !== null && root.session.searchHasMore && !root.session.searching
                        flat: true
                        text: qsTr("Search older messages")
                        onClicked: root.session.searchMore()
                    }
                }
            }
        }
        Connections {
            target: root.session
            function onRevealed(row) { messageList.showRow(row) }
            function onRevealFailed() { revealFailed.open() }
            function onFileOpenFailed(name) {
                fileOpenFailed.text = qsTr("%1 could not be opened.").arg(name)
                fileOpenFailed.open()
            }
        }
        ToolTip {
            id: fileOpenFailed
            parent: messageList
            x: (messageList.width - width) / 2
            y: messageList.height - height - Theme.padding
            timeout: 3000
        }
        ToolTip {
            id: revealFailed
            parent: messageList
            x: (messageList.width - width) / 2
            y: messageList.height - height - Theme.padding
            timeout: 2500
            text: qsTr("The original message is no longer in the chat.")
        }
        // Who is writing now, just above where the user writes.
        Label {
            objectName: "typingLine"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            visible: text !== ""
            text: root.session ? root.session.typingText : ""
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.textSmall
            font.italic: true
            color: Theme.subtle
        }
        MessageInput {
            id: input
            Layout.fillWidth: true
            limit: ChatClient.maxMessageLength
            enabled: root.session !== null && root.session.writable
            disabledReason: root.session ? root.session.readOnlyReason : ""
            canAnnounce: root.session !== null && root.session.seller
            onSendRequested: (text, announce, replyTo, files) => root.session.send(text, announce, replyTo, files)
            inspectFiles: urls => root.session ? root.session.inspectFiles(urls) : []
            // A buyer's phone number or address: to the seller privately, if they like.
            holdSend: text => {
                if (!root.session || !root.session.canGiveAddress || !privateDetails.looksPrivate(text))
                    return false
                privateDetails.open()
                return true
            }
            onEditRequested: (messageId, text) => root.session.editMessage(messageId, text)
            onTypingChanged: typing => root.session.setTyping(typing)
            onLastEditWanted: {
                const model = root.session ? root.session.messages : null
                const id = model ? model.lastEditableId() : 0
                const row = id > 0 ? model.rowOfId(id) : -1
                if (row >= 0)
                    input.startEdit(id, model.data(model.index(row, 0), MessageListModel.ContentRole))
            }
        }
    }
}
