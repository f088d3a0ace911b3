import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The seller's list of who answered the pickup how: coming first, then those who
// can't, then those who have not answered yet. It follows new answers while open.
Dialog {
    id: root
    objectName: "appointmentAnswersDialog"

    property RoomAppointment appointment: null
    readonly property var ordered: {
        if (!appointment)
            return []
        const rank = (a) => a === Contract.AppointmentAnswer.Coming ? 0
                          : a === Contract.AppointmentAnswer.NotComing ? 1 : 2
        return appointment.replies.slice().sort((x, y) => rank(x.answer) - rank(y.answer))
    }

    function start() {
        if (!appointment)
            return
        appointment.loadReplies()
        open()
    }

    title: appointment && appointment.exists ? qsTr("Pickup · %1").arg(Sentences.pickupTime(appointment.at))
                                             : qsTr("Pickup")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)
    height: Math.min(560, parent.height - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape
    footer: DialogButtonBox {
        Button {
            objectName: "closeAnswersButton"
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: root.appointment ? qsTr("%1 coming · %2 can't come · %3 no answer yet")
                                     .arg(root.appointment.coming).arg(root.appointment.notComing)
                                     .arg(root.ordered.length - root.appointment.coming - root.appointment.notComing)
                                   : ""
            color: Theme.subtle
            wrapMode: Text.Wrap
        }
        ListView {
            objectName: "answersList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.ordered
            delegate: ItemDelegate {
                id: answerRow
                required property var modelData
                width: ListView.view.width
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: answerRow.modelData.displayName
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                    }
                    Label {
                        text: Sentences.pickupAnswer(answerRow.modelData.answer)
                        color: answerRow.modelData.answer === Contract.AppointmentAnswer.Coming ? Theme.foreground
                             : answerRow.modelData.answer === Contract.AppointmentAnswer.NotComing ? Theme.danger
                             : Theme.subtle
                        font.bold: answerRow.modelData.answer === Contract.AppointmentAnswer.Coming
                    }
                }
            }
        }
    }
}
