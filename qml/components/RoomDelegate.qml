import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// One group buy in the list: the product's photo, title, price, seller, status,
// head count with progress, time left.
ItemDelegate {
    id: root

    required property real roomId // 64-bit: a JS number is exact below 2^53, an int is not
    required property string title
    required property string sellerName
    required property int status // Contract.RoomStatus
    required property int participantCount
    required property int maxParticipants
    required property date expiresAt
    required property var myRole // Contract.Role, undefined for non-members
    required property int unreadCount
    required property string previewText
    required property string previewSender
    required property int previewType // Contract.MessageType, -1: no message yet
    required property var previewEvent // Contract.SystemEvent for SYSTEM messages
    required property string previewSubject
    required property date lastActivity
    required property var product // productview.h's map; empty without a product
    required property int index
    property bool selected: false
    property bool keyboardCurrent: false // where the arrow keys are in the list

    readonly property string preview: previewType < 0 ? ""
        : previewType === Contract.MessageType.System ? Sentences.system(previewEvent, previewSubject, previewText)
        : qsTr("%1: %2").arg(previewSender).arg(previewText.replace(/\s+/g, " "))
    // As chat lists show it: the time today, "Yesterday", else the date.
    function shortTime(when) {
        const locale = Qt.locale(Preferences.localeName)
        const today = new Date()
        const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1)
        if (when.toDateString() === today.toDateString())
            return when.toLocaleTimeString(locale, Locale.ShortFormat)
        if (when.toDateString() === yesterday.toDateString())
            return qsTr("Yesterday")
        return when.toLocaleDateString(locale, Preferences.localeName.startsWith("ko") ? "M월 d일" : "MMM d")
    }

    highlighted: selected || keyboardCurrent
    padding: Theme.padding
    Accessible.name: preview === "" ? title : title + ", " + preview

    contentItem: RowLayout {
        spacing: Theme.padding
        Image {
            objectName: "roomPhoto"
            visible: root.product.thumbnailUrl !== undefined
            Layout.preferredWidth: 56
            Layout.preferredHeight: 56
            Layout.alignment: Qt.AlignTop
            source: visible ? root.product.thumbnailUrl : ""
            sourceSize.width: 112
            sourceSize.height: 112
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            autoTransform: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: root.title
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.textBody
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "lastActivity"
                    text: root.shortTime(root.lastActivity)
                    color: Theme.subtle
                    font.pixelSize: Theme.textSmall
                }
            }
            PriceLine {
                objectName: "roomPrice"
                visible: root.product.groupPrice !== undefined
                product: root.product
                pixelSize: Theme.textMeta
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.preview !== ""
                Label {
                    objectName: "preview"
                    Layout.fillWidth: true
                    text: root.preview
                    textFormat: Text.PlainText
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    color: Theme.subtle
                    font.pixelSize: Theme.textMeta
                }
                Label {
                    visible: root.unreadCount > 0
                    text: root.unreadCount > 99 ? "99+" : root.unreadCount
                    color: Theme.accentText
                    font.pixelSize: Theme.textTiny
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { radius: height / 2; color: Theme.accent }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                StatusBadge { status: root.status }
                Label {
                    Layout.fillWidth: true
                    text: root.myRole === Contract.Role.Seller ? qsTr("Your group buy")
                        // A cancelled buy has no buyers left to count you among.
                        : root.myRole === Contract.Role.Participant && root.status !== Contract.RoomStatus.Cancelled
                            ? qsTr("%1 · you joined").arg(root.sellerName)
                        : root.sellerName
                    textFormat: Text.PlainText
                    color: Theme.subtle
                    font.pixelSize: Theme.textMeta
                    elide: Text.ElideRight
                }
                Countdown {
                    visible: root.status === Contract.RoomStatus.Active
                    deadline: root.expiresAt
                }
            }
            RowLayout {
                Layout.fillWidth: true
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: root.maxParticipants
                    value: root.participantCount
                }
                Label {
                    text: "%1 / %2".arg(root.participantCount).arg(root.maxParticipants)
                    font.pixelSize: Theme.textSmall
                    color: Theme.subtle
                }
            }
        }
    }
}
