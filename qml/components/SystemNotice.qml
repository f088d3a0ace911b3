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
    // APPOINTMENT_SET and _CHANGED: {at, place, note} as then set; {} otherwise.
    property var appointment: ({})

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
    // The pickup as it was set then (the bar shows it as it is now).
    Label {
        objectName: "pickupInChat"
        visible: root.appointment.place !== undefined
        width: root.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        bottomPadding: 4
        font.pixelSize: Theme.textSmall
        color: Theme.foreground
        textFormat: Text.PlainText
        text: visible ? "📍 " + Sentences.pickupTime(root.appointment.at) + " · " + root.appointment.place
                        + (root.appointment.note ? "\n" + root.appointment.note : "")
                      : ""
    }
}
