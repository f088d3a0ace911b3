import QtQuick
import QtQuick.Controls
import Gonggu.Client
import Gonggu

// ACTIVE / CLOSED / CANCELLED as a coloured pill.
Label {
    id: root

    required property int status // Contract.RoomStatus

    text: status === Contract.RoomStatus.Active ? qsTr("Recruiting")
        : status === Contract.RoomStatus.Closed ? qsTr("Complete")
        : status === Contract.RoomStatus.Cancelled ? qsTr("Cancelled") : ""
    visible: text !== ""
    color: Theme.badgeText
    font.pixelSize: Theme.textTiny
    font.bold: true
    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: height / 2
        color: Theme.statusColor(root.status)
    }
}
