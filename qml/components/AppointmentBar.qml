import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The room's pickup, pinned under the product: when, where, the note and how many
// answered. A buyer answers here ("Coming" / "Can't come"); the seller sees who
// answered what and changes it.
Pane {
    id: root
    objectName: "appointmentBar"

    property RoomAppointment appointment: null
    property bool canSet: false    // the seller: the answers and "Change"
    property bool canAnswer: false // a buyer: "Coming" / "Can't come"
    readonly property bool passed: appointment !== null && appointment.exists && appointment.at < now
    property date now: new Date()
    signal editRequested()
    signal answersRequested()

    visible: appointment !== null && appointment.exists
    padding: 6
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    background: Rectangle { color: Theme.theirBubble }

    // "Passed" follows the clock without repainting anything in between.
    // It wakes at most hourly, then once at the pickup's time.
    Timer {
        running: root.visible && !root.passed
        repeat: true
        interval: root.appointment && root.appointment.exists
                  ? Math.max(1000, Math.min(root.appointment.at - root.now, 3600 * 1000)) : 3600 * 1000
        onTriggered: root.now = new Date()
    }
    onVisibleChanged: now = new Date()

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: "📍"
                font.pixelSize: Theme.textTitle
                Accessible.ignored: true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "pickupTime"
                    Layout.fillWidth: true
                    text: root.visible ? qsTr("Pickup · %1").arg(Sentences.pickupTime(root.appointment.at))
                                         + (root.passed ? " " + qsTr("(passed)") : "")
                                       : ""
                    font.bold: true
                    color: Theme.bubbleText
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "pickupPlace"
                    Layout.fillWidth: true
                    text: root.visible ? root.appointment.place : ""
                    textFormat: Text.PlainText
                    color: Theme.bubbleText
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.visible ? root.appointment.note : ""
                    textFormat: Text.PlainText
                    color: Theme.subtle
                    font.pixelSize: Theme.textSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "pickupCounts"
                    Layout.fillWidth: true
                    text: root.visible ? qsTr("%1 coming · %2 can't come").arg(root.appointment.coming)
                                                                          .arg(root.appointment.notComing)
                                       : ""
                    color: Theme.subtle
                    font.pixelSize: Theme.textSmall
                }
            }
        }
        // A buyer answers; the seller looks at the answers and changes the pickup.
        RowLayout {
            id: actions
            Layout.fillWidth: true
            readonly property bool forBuyer: root.canAnswer && !root.passed
            readonly property bool forSeller: root.canSet
            visible: forBuyer || forSeller
            spacing: Theme.spacing
            Item {
                visible: actions.forSeller
                Layout.fillWidth: true
            }
            Button {
                objectName: "pickupAnswersButton"
                visible: actions.forSeller
                text: qsTr("Answers")
                flat: true
                onClicked: root.answersRequested()
            }
            Button {
                objectName: "pickupEditButton"
                visible: actions.forSeller
                text: qsTr("Change")
                flat: true
                onClicked: root.editRequested()
            }
            Repeater {
                model: actions.forBuyer ? [Contract.AppointmentAnswer.Coming, Contract.AppointmentAnswer.NotComing] : []
                delegate: Button {
                    required property int modelData
                    objectName: modelData === Contract.AppointmentAnswer.Coming ? "comingButton" : "notComingButton"
                    Layout.fillWidth: true
                    text: (root.appointment && root.appointment.myAnswer === modelData ? "✓ " : "")
                          + Sentences.pickupAnswer(modelData)
                    highlighted: root.appointment !== null && root.appointment.myAnswer === modelData
                    Material.accent: Theme.buttonAccent
                    enabled: root.appointment !== null && !root.appointment.busy
                    onClicked: root.appointment.answer(modelData)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.appointment ? root.appointment.error : ""
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }
}
