import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// What the group buy sells, above its chat: the photo, the group price beside the
// struck-through regular price and the saving, what a unit is and how buyers get
// it, how many have joined and the time left. Folded it is one slim line (phones,
// while the user reads back through the chat); a tap unfolds it.
Pane {
    id: root
    objectName: "productCard"

    required property var product // productview.h's map; the card hides when empty
    required property int status  // Contract.RoomStatus
    required property int participantCount
    required property int maxParticipants
    required property date expiresAt
    property bool canEdit: false
    property bool folded: false
    signal photoOpened()
    signal editRequested()
    signal unfoldRequested()

    readonly property bool hasPhoto: product.thumbnailUrl !== undefined
    readonly property string handover: product.pickup && product.delivery ? qsTr("Pickup or delivery")
                                     : product.delivery ? qsTr("Delivery") : qsTr("Pickup")

    visible: product.groupPrice !== undefined
    padding: folded ? 6 : Theme.spacing
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    background: Rectangle {
        color: Theme.background
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.subtle
            opacity: 0.3
        }
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Product: %1").arg(Prices.format(product.groupPrice, product.currency))

    contentItem: RowLayout {
        spacing: Theme.padding
        TapHandler {
            enabled: root.folded
            onTapped: root.unfoldRequested()
        }
        Image {
            objectName: "productPhoto"
            visible: root.hasPhoto
            readonly property int side: root.folded ? 32 : 76
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            source: root.hasPhoto ? root.product.thumbnailUrl : ""
            sourceSize.width: 160
            sourceSize.height: 160
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            autoTransform: true
            clip: true
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Product photo")
            TapHandler {
                enabled: !root.folded
                onTapped: root.photoOpened()
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            spacing: 2
            Label {
                objectName: "productUnit"
                Layout.fillWidth: true
                visible: !root.folded
                text: root.product.unit ? qsTr("%1 · %2").arg(root.product.unit).arg(root.handover) : root.handover
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.subtle
                font.pixelSize: Theme.textSmall
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PriceLine {
                    product: root.product
                    pixelSize: root.folded ? Theme.textMeta : Theme.textTitle
                }
                Item { Layout.fillWidth: true }
                Label {
                    visible: root.folded
                    text: "%1 / %2".arg(root.participantCount).arg(root.maxParticipants)
                    color: Theme.subtle
                    font.pixelSize: Theme.textSmall
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !root.folded
                spacing: Theme.spacing
                ProgressBar {
                    objectName: "productProgress"
                    Layout.fillWidth: true
                    from: 0
                    to: root.maxParticipants
                    value: root.participantCount
                    Accessible.name: qsTr("%1 / %2 joined").arg(root.participantCount).arg(root.maxParticipants)
                }
                Label {
                    text: qsTr("%1 / %2 joined").arg(root.participantCount).arg(root.maxParticipants)
                    color: Theme.subtle
                    font.pixelSize: Theme.textSmall
                }
                Countdown {
                    visible: root.status === Contract.RoomStatus.Active
                    deadline: root.expiresAt
                    font.pixelSize: Theme.textSmall
                }
            }
        }
        Button {
            objectName: "editProduct"
            visible: root.canEdit && !root.folded
            text: qsTr("Edit")
            flat: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.editRequested()
        }
    }
}
