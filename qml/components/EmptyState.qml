import QtQuick
import QtQuick.Controls
import Gonggu

Label {
    width: Math.min(implicitWidth, parent ? parent.width - 48 : implicitWidth)
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
    color: Theme.subtle
    font.pixelSize: Theme.textBody
}
