import QtQuick
import QtQuick.Controls
import Gonggu.Client
import Gonggu

// A buyer's order status as a coloured pill: not paid yet, paid, handed over,
// cancelled (each colour carries white text at 4.5:1).
Label {
    id: root

    required property int status // Contract.OrderStatus

    text: Sentences.orderStatus(status)
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
        color: Theme.orderColor(root.status)
    }
}
