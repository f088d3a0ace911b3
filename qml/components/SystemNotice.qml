import QtQuick
import QtQuick.Controls
import Gonggu.Client
import Gonggu

// A SYSTEM message, centred and localised from its event (the server's English
// sentence is only the fallback).
Column {
    id: root

    required property var event // Contract.SystemEvent
    required property string subjectName
    required property string fallback
    required property date createdAt
    required property bool newDay

    DateSeparator {
        visible: root.newDay
        day: root.createdAt
        width: root.width
        horizontalAlignment: Text.AlignHCenter
    }

    Label {
        width: root.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        topPadding: 4
        bottomPadding: 4
        font.pixelSize: Theme.textSmall
        color: Theme.subtle
        textFormat: Text.PlainText
        text: Sentences.system(root.event, root.subjectName, root.fallback)
    }
}
