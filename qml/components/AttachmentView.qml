import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// A message's files inside its bubble: one photo at its own aspect ratio, several
// as a grid of squares (KakaoTalk's album), PDFs as a row with their name and size.
// A photo's place is kept while its thumbnail loads, and a tap opens the viewer.
// While the files upload, a bar shows how far, with a button to stop.
Column {
    id: root

    property var attachments: []
    property real maxWidth: 240
    property real uploadProgress: -1 // 0..1 while uploading, else -1
    signal photoOpened(int index) // an index among the images
    signal fileOpened(var attachment)
    signal uploadCancelled()

    readonly property var images: attachments.filter(a => a.image)
    readonly property var documents: attachments.filter(a => !a.image)
    readonly property int columns: images.length <= 1 ? 1 : images.length <= 4 ? 2 : 3
    // An album is as wide as one photo at most (KakaoTalk's): 264 px.
    readonly property real albumWidth: Math.min(maxWidth, 264)
    readonly property real cell: images.length <= 1 ? singleWidth
                                                    : Math.floor((albumWidth - (columns - 1) * 2) / columns)
    // One photo: at most 264 wide and 320 high, its aspect ratio kept.
    readonly property real aspect: images.length === 1 && images[0].width > 0 && images[0].height > 0
                                   ? images[0].width / images[0].height : 4 / 3
    readonly property real singleWidth: Math.min(maxWidth, 264, 320 * aspect)

    function sizeText(bytes) {
        if (bytes >= 1024 * 1024)
            return qsTr("%1 MB").arg((bytes / 1024 / 1024).toLocaleString(Qt.locale(Preferences.localeName), "f", 1))
        return qsTr("%1 KB").arg(Math.max(1, Math.round(bytes / 1024)))
    }

    spacing: 4

    Grid {
        objectName: "photoGrid"
        visible: root.images.length > 0
        columns: root.columns
        spacing: 2
        Repeater {
            model: root.images
            delegate: Rectangle {
                id: tile
                required property var modelData
                required property int index
                objectName: "photo"
                width: root.cell
                height: root.images.length === 1 ? Math.round(root.cell / root.aspect) : root.cell
                radius: 6
                clip: true
                color: Theme.dark ? "#3a3d42" : "#d9dce1" // the place, before the photo is in
                Image {
                    id: picture
                    anchors.fill: parent
                    source: tile.modelData.thumbnailUrl
                    asynchronous: true
                    // Decoded at the size shown (a phone's photo is 12 MP).
                    sourceSize.width: tile.width * 2
                    sourceSize.height: tile.height * 2
                    fillMode: root.images.length === 1 ? Image.PreserveAspectFit : Image.PreserveAspectCrop
                    autoTransform: true
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: picture.status === Image.Loading
                    visible: running
                    width: 32
                    height: 32
                }
                Label {
                    anchors.centerIn: parent
                    visible: picture.status === Image.Error
                    text: qsTr("Photo not available")
                    font.pixelSize: Theme.textSmall
                    color: Theme.foreground
                }
                TapHandler { onTapped: root.photoOpened(tile.index) }
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Photo %1 of %2").arg(tile.index + 1).arg(root.images.length)
            }
        }
    }

    Repeater {
        model: root.documents
        delegate: ItemDelegate {
            id: documentRow
            required property var modelData
            objectName: "document"
            width: Math.min(root.maxWidth, 260)
            padding: 6
            contentItem: RowLayout {
                spacing: Theme.spacing
                Label {
                    text: "📄"
                    font.pixelSize: Theme.textHeadline
                    font.family: "Noto Color Emoji"
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: documentRow.modelData.name
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        font.pixelSize: Theme.textMeta
                        color: Theme.bubbleText
                    }
                    Label {
                        text: root.sizeText(documentRow.modelData.size)
                        font.pixelSize: Theme.textTiny
                        color: Theme.bubbleText
                    }
                }
            }
            Accessible.name: qsTr("Open %1").arg(modelData.name)
            onClicked: root.fileOpened(modelData)
        }
    }

    // Uploading: how far, and a way to stop.
    RowLayout {
        objectName: "uploadBar"
        visible: root.uploadProgress >= 0
        width: Math.max(root.images.length > 0 ? root.cell * Math.min(root.columns, root.images.length) : 0,
                        Math.min(root.maxWidth, 200))
        spacing: 4
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: root.uploadProgress
            Material.accent: Theme.accent
            Accessible.name: qsTr("Uploading, %1 percent").arg(Math.round(root.uploadProgress * 100))
        }
        ToolButton {
            objectName: "cancelUpload"
            text: "✕"
            implicitWidth: 32
            implicitHeight: 32
            Accessible.name: qsTr("Stop sending")
            onClicked: root.uploadCancelled()
        }
    }
}
