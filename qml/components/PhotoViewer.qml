import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu

// A message's photos at full size over the whole window: swipe (or the arrow keys)
// between them, pinch, the wheel or a double tap to zoom, drag to look around a
// zoomed photo, Esc or ✕ to close.
Popup {
    id: root

    property var photos: [] // attachments: {url, thumbnailUrl, name, width, height}
    function show(list, index) {
        photos = list
        pages.currentIndex = Math.max(0, Math.min(index, list.length - 1))
        open()
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: "#f0000000" }
    Material.theme: Material.Dark

    contentItem: Item {
        focus: true
        Keys.onLeftPressed: pages.decrementCurrentIndex()
        Keys.onRightPressed: pages.incrementCurrentIndex()

        SwipeView {
            id: pages
            objectName: "photoPages"
            anchors.fill: parent
            // A zoomed photo is dragged, not swiped away.
            interactive: currentItem === null || !currentItem.zoomed
            Repeater {
                model: root.photos
                delegate: Flickable {
                    id: page
                    required property var modelData
                    required property int index
                    readonly property bool zoomed: zoom > 1.01
                    property real zoom: 1
                    function zoomTo(value, centre) {
                        const next = Math.max(1, Math.min(5, value))
                        const before = zoom
                        zoom = next
                        // Keep the point under the pointer (or the centre) where it was.
                        contentX = Math.max(0, (contentX + centre.x) * next / before - centre.x)
                        contentY = Math.max(0, (contentY + centre.y) * next / before - centre.y)
                        returnToBounds()
                    }
                    clip: true
                    contentWidth: width * zoom
                    contentHeight: height * zoom
                    interactive: zoomed
                    boundsBehavior: Flickable.StopAtBounds
                    onWidthChanged: zoom = 1
                    Image {
                        id: full
                        width: page.contentWidth
                        height: page.contentHeight
                        fillMode: Image.PreserveAspectFit
                        // The thumbnail first (cached already), the photo over it when in.
                        source: SwipeView.isCurrentItem || Math.abs(pages.currentIndex - page.index) <= 1
                                ? page.modelData.url : ""
                        asynchronous: true
                        autoTransform: true
                        smooth: true
                        Image {
                            anchors.fill: parent
                            visible: full.status !== Image.Ready
                            source: page.modelData.thumbnailUrl
                            fillMode: Image.PreserveAspectFit
                            autoTransform: true
                        }
                    }
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: full.status === Image.Loading
                        visible: running
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: full.status === Image.Error
                        text: qsTr("This photo could not be loaded.")
                        color: "#ffffff"
                    }
                    PinchHandler {
                        target: null
                        property real startZoom: 1
                        onActiveChanged: if (active) startZoom = page.zoom
                        onActiveScaleChanged: page.zoomTo(startZoom * activeScale, centroid.position)
                    }
                    WheelHandler {
                        acceptedModifiers: Qt.NoModifier | Qt.ControlModifier
                        onWheel: event => page.zoomTo(page.zoom * (event.angleDelta.y > 0 ? 1.25 : 0.8),
                                                      Qt.point(event.x, event.y))
                    }
                    // Double-click or double-tap: in at that point, or back out.
                    MouseArea {
                        anchors.fill: parent
                        acceptedButtons: Qt.LeftButton
                        onDoubleClicked: mouse => page.zoomTo(page.zoomed ? 1 : 2.5,
                                                              Qt.point(mouse.x - page.contentX,
                                                                       mouse.y - page.contentY))
                    }
                }
            }
        }

        // On top: where we are, the name, and the way out.
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Theme.touchTarget + 2 * Theme.spacing
            color: "#99000000"
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.padding; rightMargin: Theme.spacing }
                Label {
                    objectName: "photoCounter"
                    text: qsTr("%1 / %2").arg(pages.currentIndex + 1).arg(root.photos.length)
                    visible: root.photos.length > 1
                    color: "#ffffff"
                    font.pixelSize: Theme.textBody
                }
                Label {
                    Layout.fillWidth: true
                    text: root.photos.length > 0 && pages.currentIndex >= 0
                          ? root.photos[Math.min(pages.currentIndex, root.photos.length - 1)].name : ""
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: "#ffffff"
                    font.pixelSize: Theme.textMeta
                }
                ToolButton {
                    objectName: "closeViewer"
                    text: "✕"
                    font.pixelSize: Theme.textTitle
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Material.foreground: "#ffffff"
                    Accessible.name: qsTr("Close")
                    onClicked: root.close()
                }
            }
        }
        // Desktop: arrows at the sides (phones swipe).
        RoundButton {
            anchors { left: parent.left; leftMargin: Theme.padding; verticalCenter: parent.verticalCenter }
            visible: pages.currentIndex > 0
            text: "‹"
            font.pixelSize: Theme.textHeadline
            Accessible.name: qsTr("Previous photo")
            onClicked: pages.decrementCurrentIndex()
        }
        RoundButton {
            anchors { right: parent.right; rightMargin: Theme.padding; verticalCenter: parent.verticalCenter }
            visible: pages.currentIndex < root.photos.length - 1
            text: "›"
            font.pixelSize: Theme.textHeadline
            Accessible.name: qsTr("Next photo")
            onClicked: pages.incrementCurrentIndex()
        }
    }
}
