import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu

// The saving in percent, the group price, and the regular price struck through:
// "25% 29,000원 39,000원", as marketplaces show a deal.
RowLayout {
    id: root

    required property var product // productview.h's map
    property int pixelSize: Theme.textBody

    spacing: 6
    Label {
        objectName: "savingPercent"
        visible: root.product.savingPercent > 0
        text: qsTr("%1%").arg(root.product.savingPercent)
        color: Theme.danger
        font.pixelSize: root.pixelSize
        font.bold: true
    }
    Label {
        objectName: "groupPrice"
        text: Prices.format(root.product.groupPrice, root.product.currency)
        font.pixelSize: root.pixelSize
        font.bold: true
    }
    Label {
        objectName: "regularPrice"
        visible: root.product.regularPrice !== undefined && root.product.regularPrice > root.product.groupPrice
        text: visible ? Prices.format(root.product.regularPrice, root.product.currency) : ""
        font.strikeout: true
        font.pixelSize: Theme.textSmall
        color: Theme.subtle
        Accessible.name: qsTr("regular price %1").arg(text)
    }
}
