import QtQuick
import QtQuick.Controls
import Gonggu.Client
import Gonggu

Label {
    required property date day
    anchors.horizontalCenter: parent ? parent.horizontalCenter : undefined
    text: day.toLocaleDateString(Qt.locale(Preferences.localeName), Locale.LongFormat)
    color: Theme.subtle
    font.pixelSize: Theme.textSmall
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
}
