import QtQuick
import QtQuick.Controls
import Gonggu

// ACTIVE / CLOSED / CANCELLED as a coloured pill.
Label {
    id: root

    required property string status

    text: status === "ACTIVE" ? qsTr("Recruiting") : status === "CLOSED" ? qsTr("Complete")
        : status === "CANCELLED" ? qsTr("Cancelled") : ""
    visible: text !== ""
    color: "white"
    font.pixelSize: 11
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
