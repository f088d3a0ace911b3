import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Gonggu

// Enter sends, Shift+Enter starts a new line; a counter appears near the limit.
// 📎 picks photos and PDFs (the file dialog on desktop, the system's picker on a
// phone; files dropped on the chat come here too): they wait above the field, each
// with its ✕, and go with the text, which may then be empty.
// A reply or an edit shows above the field what it is about; Esc cancels it, and Up
// in an empty field edits the user's last message. When the room cannot be written
// to, the reason replaces the field.
Pane {
    id: root

    property string disabledReason
    // The server's limit (ChatClient.maxMessageLength), in code points.
    required property int limit
    // Characters as the server counts them (code points): Qt 6.4's Array.from(string)
    // yields UTF-16 units, so low surrogates are skipped by hand.
    readonly property int length: {
        const text = field.text
        let count = 0
        for (let i = 0; i < text.length; ++i) {
            const unit = text.charCodeAt(i)
            if (unit < 0xDC00 || unit > 0xDFFF)
                ++count
        }
        return count
    }
    readonly property bool nearLimit: length > limit - 200
    // The seller may send the text as an announcement, pinned above the chat.
    property bool canAnnounce: false
    // The message being answered or edited (0: none), and what the bar says of it.
    property double replyTo: 0
    property double editing: 0
    property string contextTitle
    property string contextText
    signal sendRequested(string text, bool announce, double replyTo, var files)
    // Picked files: [{url, name, size, image, problem}] (RoomSession.inspectFiles).
    property var files: []
    property var inspectFiles: null // function(urls) -> that list
    property bool canAttach: inspectFiles !== null
    readonly property int maxFiles: 10
    // Why the last pick was refused in part ("" when it was not).
    property string fileProblem
    function addFiles(urls) {
        if (!root.inspectFiles || editing > 0)
            return
        const picked = root.inspectFiles(urls)
        const next = root.files.slice()
        let problem = ""
        for (let i = 0; i < picked.length; ++i) {
            if (picked[i].problem !== "")
                problem = picked[i].problem
            else if (next.length >= root.maxFiles)
                problem = qsTr("A message can carry at most 10 files.")
            else if (!next.some(f => f.url.toString() === picked[i].url.toString()))
                next.push(picked[i])
        }
        root.files = next
        root.fileProblem = problem
        field.forceActiveFocus()
    }
    function removeFile(index) {
        const next = root.files.slice()
        next.splice(index, 1)
        root.files = next
    }
    // Asked before a new message goes: true holds it (the text stays in the field)
    // until sendHeld() or the user changes it.
    property var holdSend: null
    signal editRequested(double messageId, string text)
    signal lastEditWanted() // Up in an empty field
    // The user writes (a new message, not an edit) or stopped: for "is typing".
    signal typingChanged(bool typing)

    // senderName "": the user's own message.
    function startReply(messageId, senderName, text) {
        editing = 0
        replyTo = messageId
        contextTitle = senderName !== "" ? qsTr("Reply to %1").arg(senderName) : qsTr("Reply to yourself")
        contextText = text
        field.forceActiveFocus()
    }
    function startEdit(messageId, text) {
        replyTo = 0
        editing = messageId
        contextTitle = qsTr("Edit message")
        contextText = text
        field.text = text
        field.cursorPosition = field.length
        field.forceActiveFocus()
    }
    function sendHeld() { submit(true) }
    function cancelContext() {
        if (editing > 0)
            field.clear()
        replyTo = 0
        editing = 0
    }

    function handleEnter(event) {
        if (event.modifiers & Qt.ShiftModifier)
            event.accepted = false
        else
            submit()
    }

    function submit(unheld) {
        const text = field.text
        const withFiles = editing === 0 && root.files.length > 0
        if ((text.trim() === "" && !withFiles) || root.length > root.limit)
            return
        if (editing === 0 && !unheld && text.trim() !== "" && root.holdSend && root.holdSend(text))
            return
        if (editing > 0)
            root.editRequested(editing, text)
        else
            root.sendRequested(text.trim() === "" ? "" : text, announceToggle.checked, replyTo,
                               root.files.map(f => f.url))
        root.typingChanged(false)
        root.files = []
        root.fileProblem = ""
        field.clear()
        replyTo = 0
        editing = 0
        announceToggle.checked = false // one announcement at a time
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Photos and files to send")
        fileMode: FileDialog.OpenFiles
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        nameFilters: [qsTr("Photos and PDF files") + " (*.jpg *.jpeg *.png *.webp *.gif *.pdf)"]
        onAccepted: root.addFiles(selectedFiles)
    }

    padding: Theme.spacing
    // Two children: Pane cannot size itself from them, so say it.
    contentHeight: enabled ? inputColumn.implicitHeight : reason.implicitHeight

    Label {
        id: reason
        objectName: "reason"
        anchors.fill: parent
        visible: !root.enabled
        text: root.disabledReason
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        color: Theme.subtle
    }

    ColumnLayout {
        id: inputColumn
        anchors.fill: parent
        visible: root.enabled
        spacing: Theme.spacing

    // What the reply or the edit is about, with a button to drop it.
    RowLayout {
        objectName: "contextBar"
        visible: root.replyTo > 0 || root.editing > 0
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle { width: 3; Layout.fillHeight: true; color: Theme.accent }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: root.contextTitle
                textFormat: Text.PlainText
                font.pixelSize: Theme.textSmall
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.contextText
                textFormat: Text.PlainText
                font.pixelSize: Theme.textSmall
                color: Theme.subtle
                elide: Text.ElideRight
                maximumLineCount: 1
            }
        }
        ToolButton {
            objectName: "cancelContext"
            text: "✕"
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            Accessible.name: root.editing > 0 ? qsTr("Cancel editing") : qsTr("Cancel reply")
            onClicked: root.cancelContext()
        }
    }

    // The picked files, before they go.
    ListView {
        id: tray
        objectName: "fileTray"
        visible: root.files.length > 0
        Layout.fillWidth: true
        Layout.preferredHeight: 64
        orientation: ListView.Horizontal
        spacing: Theme.spacing
        clip: true
        model: root.files
        delegate: Rectangle {
            id: picked
            required property var modelData
            required property int index
            objectName: "pickedFile"
            width: modelData.image ? 64 : 160
            height: 64
            radius: 6
            color: Theme.theirBubble
            clip: true
            Image {
                anchors.fill: parent
                visible: picked.modelData.image
                source: picked.modelData.image ? picked.modelData.url : ""
                sourceSize.width: 128
                sourceSize.height: 128
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                autoTransform: true
            }
            Label {
                visible: !picked.modelData.image
                anchors { fill: parent; margins: 6; rightMargin: 28 }
                text: "📄 " + picked.modelData.name
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                elide: Text.ElideRight
                maximumLineCount: 3
                font.pixelSize: Theme.textSmall
                color: Theme.bubbleText
            }
            RoundButton {
                objectName: "removeFile"
                anchors { top: parent.top; right: parent.right }
                width: 28
                height: 28
                padding: 0
                text: "✕"
                font.pixelSize: Theme.textTiny
                Accessible.name: qsTr("Remove %1").arg(picked.modelData.name)
                onClicked: root.removeFile(picked.index)
            }
        }
    }
    Label {
        objectName: "fileProblem"
        visible: root.fileProblem !== ""
        Layout.fillWidth: true
        text: root.fileProblem
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.textSmall
    }

    RowLayout {
        id: inputRow
        Layout.fillWidth: true
        spacing: Theme.spacing

        ToolButton {
            id: attachButton
            objectName: "attachButton"
            visible: root.canAttach && root.editing === 0
            text: "📎"
            font.family: "Noto Color Emoji"
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Attach photos or files")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Attach photos or PDF files")
            onClicked: fileDialog.open()
        }

        ToolButton {
            id: announceToggle
            objectName: "announceToggle"
            visible: root.canAnnounce
            checkable: true
            text: "📢"
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Send as an announcement")
            ToolTip.visible: hovered
            ToolTip.text: checked ? qsTr("Sends as an announcement, pinned for everyone")
                                  : qsTr("Send as an announcement")
            onToggled: field.forceActiveFocus()
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.maximumHeight: 140
            TextArea {
                id: field
                objectName: "messageField"
                placeholderText: announceToggle.checked ? qsTr("Announcement to everyone") : qsTr("Message")
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                Accessible.name: qsTr("Message")
                // Enter sends; Shift+Enter falls through to the TextArea as a new line.
                Keys.onReturnPressed: event => root.handleEnter(event)
                onTextChanged: if (root.editing === 0) root.typingChanged(text !== "")
                // Tab moves on, as everywhere else; a chat message has no use for tabs.
                // (The ScrollView around the field is a focus scope that would hand
                // focus straight back, so the chain is taken from outside it.)
                Keys.onTabPressed: event => {
                    const next = sendButton.enabled ? sendButton : root.nextItemInFocusChain(true)
                    next.forceActiveFocus(Qt.TabFocusReason)
                    event.accepted = true
                }
                Keys.onBacktabPressed: event => {
                    root.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    event.accepted = true
                }
                Keys.onEnterPressed: event => root.handleEnter(event)
                Keys.onEscapePressed: event => {
                    event.accepted = root.replyTo > 0 || root.editing > 0
                    root.cancelContext()
                }
                Keys.onUpPressed: event => {
                    event.accepted = field.text === "" && root.editing === 0
                    if (event.accepted)
                        root.lastEditWanted()
                }
            }
        }
        Label {
            objectName: "counter"
            visible: root.nearLimit
            text: "%1/%2".arg(root.length).arg(root.limit)
            color: root.length > root.limit ? Theme.danger : Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        Button {
            id: sendButton
            text: root.editing > 0 ? qsTr("Save") : qsTr("Send")
            highlighted: true
            Material.accent: Theme.buttonAccent // carries white text in light and dark
            enabled: (field.text.trim() !== "" || (root.editing === 0 && root.files.length > 0))
                     && root.length <= root.limit
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.submit()
        }
    }
    }
}
