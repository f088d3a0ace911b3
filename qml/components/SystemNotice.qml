import QtQuick
import QtQuick.Controls
import Gonggu

// A SYSTEM message, centred and localised from its event (the server's English
// sentence is only the fallback).
Column {
    id: root

    required property string event
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
        font.pixelSize: 12
        color: Theme.subtle
        textFormat: Text.PlainText
        text: {
            const who = root.subjectName
            switch (root.event) {
            case "JOINED": return qsTr("%1 joined the chat").arg(who)
            case "PARTICIPATING": return qsTr("%1 joined the group buy").arg(who)
            case "LEFT": return qsTr("%1 left").arg(who)
            case "REMOVED": return qsTr("%1 left the room when the group buy closed").arg(who)
            case "CLOSED": return qsTr("The group buy is complete 🎉")
            case "CANCELLED": return qsTr("The group buy was cancelled")
            case "EXPIRED": return qsTr("The deadline has passed")
            }
            return root.fallback
        }
    }
}
