import QtQuick
import QtQuick.Window
import QtTest
import Gonggu
import Gonggu.Client

// Photos and files as the chat shows them: a photo at its aspect ratio, an album
// as a grid, a PDF as a row to open, the upload bar with its stop button; the
// viewer (counter, arrows, zoom, Esc); and picking files in the input.
TestCase {
    id: test
    name: "Attachments"
    when: windowShown
    width: 500
    height: 700
    visible: true // the input and the viewer are in the test's own window (keys go there)

    Window {
        id: host
        width: 500
        height: 700
        visible: true
    }

    readonly property url wide: Qt.resolvedUrl("data/wide.png")   // 300 x 200
    readonly property url tall: Qt.resolvedUrl("data/tall.jpg")   // 200 x 300
    readonly property url pdf: Qt.resolvedUrl("data/order.pdf")

    function photo(url, width, height, name) {
        return {fileId: 0, name: name || "photo.png", contentType: "image/png", size: 1200,
                width: width, height: height, image: true, thumbnailUrl: url, url: url}
    }
    function document(name, size) {
        return {fileId: 77, name: name, contentType: "application/pdf", size: size,
                width: 0, height: 0, image: false, thumbnailUrl: pdf, url: pdf}
    }

    Component {
        id: viewComponent
        AttachmentView { maxWidth: 400 }
    }
    Component {
        id: bubbleComponent
        MessageBubble {
            width: 480
            type: Contract.MessageType.Chat
            senderId: "u-minsu"
            senderName: "Minsu"
            content: ""
            createdAt: new Date(2026, 11, 3, 9, 30)
            delivery: MessageListModel.Sent
            mine: true
            newDay: false
        }
    }
    Component {
        id: viewerComponent
        PhotoViewer {}
    }
    Component {
        id: inputComponent
        MessageInput {
            width: 480
            limit: 2000
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
    function spyOn(target, signalName) {
        return createTemporaryObject(spyComponent, test, {target: target, signalName: signalName})
    }

    function make(component, properties) {
        const item = createTemporaryObject(component, host.contentItem, properties || {})
        verify(item)
        waitForRendering(item)
        return item
    }
    function photosOf(item) {
        const grid = findChild(item, "photoGrid")
        const tiles = []
        for (let i = 0; i < grid.children.length; ++i)
            if (grid.children[i].objectName === "photo")
                tiles.push(grid.children[i])
        return tiles
    }

    function test_onePhotoKeepsItsAspectRatio() {
        const view = make(viewComponent, {attachments: [photo(wide, 300, 200)]})
        const tiles = photosOf(view)
        compare(tiles.length, 1)
        compare(tiles[0].width, 264)
        compare(tiles[0].height, 176, "3:2 as the photo is")
        // Its place is there before the photo is: sized from the message, not the file.
        const tallView = make(viewComponent, {attachments: [photo(tall, 200, 300)]})
        const tallTile = photosOf(tallView)[0]
        compare(tallTile.height, 320, "a tall photo is at most 320 high")
        fuzzyCompare(tallTile.width, 213, 1)
        // An album is no wider than one photo.
        const album = make(viewComponent, {attachments: [photo(wide, 300, 200), photo(wide, 300, 200)]})
        const pair = photosOf(album)
        compare(pair[0].width + pair[1].width + 2, 264)
    }

    function test_severalPhotosAreAGridAndOpenTheOneTapped() {
        const view = make(viewComponent, {attachments: [photo(wide, 300, 200), photo(tall, 200, 300),
                                                        photo(wide, 300, 200)]})
        const tiles = photosOf(view)
        compare(tiles.length, 3)
        compare(tiles[0].width, tiles[0].height, "squares")
        compare(tiles[1].y, tiles[0].y, "two in a row")
        verify(tiles[2].y > tiles[0].y)
        const spy = spyOn(view, "photoOpened")
        mouseClick(tiles[1])
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 1)
    }

    function test_aPdfIsARowThatOpens() {
        const view = make(viewComponent, {attachments: [document("주문서.pdf", 250 * 1024)]})
        const row = findChild(view, "document")
        verify(row.visible)
        verify(row.contentItem.children[1].children[0].text === "주문서.pdf")
        compare(row.contentItem.children[1].children[1].text, "250 KB")
        compare(findChild(view, "photoGrid").visible, false)
        const spy = spyOn(view, "fileOpened")
        mouseClick(row)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0].fileId, 77)
    }

    function test_anUploadShowsHowFarAndCanBeStopped() {
        const view = make(viewComponent, {attachments: [photo(wide, 300, 200)], uploadProgress: 0.4})
        const bar = findChild(view, "uploadBar")
        verify(bar.visible)
        const spy = spyOn(view, "uploadCancelled")
        mouseClick(findChild(view, "cancelUpload"))
        compare(spy.count, 1)
        view.uploadProgress = -1
        verify(!bar.visible)
    }

    function test_aPhotoWithoutWordsIsABubbleOfItsPhoto() {
        const bubble = make(bubbleComponent, {attachments: [photo(wide, 300, 200)]})
        const text = findChild(bubble, "messageText")
        verify(!text.visible, "no empty line under the photo")
        const files = findChild(bubble, "attachments")
        verify(files.visible)
        verify(files.height >= 160)
        // With words, they come under it.
        const captioned = make(bubbleComponent, {attachments: [photo(wide, 300, 200)],
                                                 content: "오늘 도착한 사과예요"})
        const caption = findChild(captioned, "messageText")
        verify(caption.visible)
        const captionedFiles = findChild(captioned, "attachments")
        verify(caption.y >= captionedFiles.y + captionedFiles.height)
        // A deleted message shows no files.
        const gone = make(bubbleComponent, {attachments: [photo(wide, 300, 200)], deleted: true})
        verify(!findChild(gone, "attachments").visible)
    }

    function test_theViewerCountsSwitchesZoomsAndCloses() {
        // In the test's own window, which the key presses go to.
        const viewer = createTemporaryObject(viewerComponent, test)
        verify(viewer)
        viewer.show([photo(wide, 300, 200, "a.png"), photo(tall, 200, 300, "b.jpg"),
                     photo(wide, 300, 200, "c.png")], 1)
        tryCompare(viewer, "opened", true)
        const counter = findChild(viewer.contentItem, "photoCounter")
        compare(counter.text, "2 / 3")
        keyClick(Qt.Key_Right)
        compare(counter.text, "3 / 3")
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        compare(counter.text, "1 / 3")
        const pages = findChild(viewer.contentItem, "photoPages")
        const page = pages.currentItem
        verify(!page.zoomed)
        // The swipe to it has settled (a double-click during it lands elsewhere).
        tryVerify(() => !pages.contentItem.moving && Math.abs(pages.contentItem.contentX - page.x) < 1)
        mouseDoubleClickSequence(page, page.width / 2, page.height / 2, Qt.LeftButton, Qt.NoModifier, 10)
        tryCompare(page, "zoomed", true)
        verify(!pages.interactive, "a zoomed photo is dragged, not swiped away")
        mouseDoubleClickSequence(page, page.width / 2, page.height / 2, Qt.LeftButton, Qt.NoModifier, 10)
        tryCompare(page, "zoomed", false)
        keyClick(Qt.Key_Escape)
        tryCompare(viewer, "opened", false)
        viewer.show([photo(wide, 300, 200, "a.png")], 0)
        tryCompare(viewer, "opened", true)
        verify(!findChild(viewer.contentItem, "photoCounter").visible, "one photo: no counter")
        mouseClick(findChild(viewer.contentItem, "closeViewer"))
        tryCompare(viewer, "opened", false)
    }

    function test_picking_files_fills_the_tray_and_sends_them_without_words() {
        const input = createTemporaryObject(inputComponent, test, {
            inspectFiles: urls => urls.map(u => ({url: u, name: u.toString().split("/").pop(), size: 1000,
                                                   image: /(wide|tall)\./.test(u.toString()),
                                                   problem: u.toString().endsWith(".exe")
                                                            ? "Only photos and PDF files can be sent." : ""}))
        })
        verify(input)
        waitForRendering(input)
        verify(findChild(input, "attachButton").visible)
        const send = findChild(input, "messageField")
        input.addFiles([wide, tall])
        compare(input.files.length, 2)
        verify(findChild(input, "fileTray").visible)
        // The same file twice is once; a refused one says why and stays out.
        input.addFiles([wide, Qt.resolvedUrl("data/setup.exe")])
        compare(input.files.length, 2)
        compare(findChild(input, "fileProblem").text, "Only photos and PDF files can be sent.")
        const spy = spyOn(input, "sendRequested")
        send.forceActiveFocus()
        keyClick(Qt.Key_Return) // no words: the photos go alone
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "")
        compare(spy.signalArguments[0][3].length, 2)
        compare(input.files.length, 0, "the tray empties once sent")
        verify(!findChild(input, "fileProblem").visible)
        // At most ten in one message.
        const many = []
        for (let i = 0; i < 12; ++i)
            many.push(Qt.resolvedUrl("data/p" + i + ".png"))
        input.addFiles(many)
        compare(input.files.length, 10)
        compare(findChild(input, "fileProblem").text, "A message can carry at most 10 files.")
        input.removeFile(0)
        compare(input.files.length, 9)
    }
}
