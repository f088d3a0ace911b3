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
        font.pixelSize: 12
        color: Theme.subtle
        textFormat: Text.PlainText
        text: {
            const who = root.subjectName
            switch (root.event) {
            case Contract.SystemEvent.Joined: return qsTr("%1 joined the chat").arg(who)
            case Contract.SystemEvent.Participating: return qsTr("%1 joined the group buy").arg(who)
            case Contract.SystemEvent.Left: return qsTr("%1 left").arg(who)
            case Contract.SystemEvent.Removed: return qsTr("%1 left the room when the group buy closed").arg(who)
            case Contract.SystemEvent.Closed: return qsTr("The group buy is complete 🎉")
            case Contract.SystemEvent.Cancelled: return qsTr("The group buy was cancelled")
            case Contract.SystemEvent.Expired: return qsTr("The deadline has passed")
            }
            return root.fallback
        }
    }
}
