import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The seller sets the pickup, moves it or calls it off. A new time or place asks
// every buyer again (those who had answered are told); the note alone does not.
Dialog {
    id: root
    objectName: "appointmentDialog"

    property RoomAppointment appointment: null
    property string refusal: ""
    property string refusedField: ""
    // The day chosen: 0 today, 1 tomorrow, ... (the next four weeks).
    readonly property int dayCount: 28

    function dayAt(offset) {
        const d = new Date()
        d.setHours(0, 0, 0, 0)
        d.setDate(d.getDate() + offset)
        return d
    }
    readonly property date chosen: {
        const d = dayAt(day.currentIndex)
        d.setHours(hour.currentIndex, minute.currentIndex * 10, 0, 0)
        return d
    }
    function start() {
        if (!appointment)
            return
        // The current pickup, or tomorrow at the same hour as now, on the hour.
        const at = appointment.exists ? appointment.at : new Date(Date.now() + 24 * 3600 * 1000)
        const dayStart = new Date(at)
        dayStart.setHours(0, 0, 0, 0)
        day.currentIndex = Math.max(0, Math.min(dayCount - 1,
                                                Math.round((dayStart - dayAt(0)) / (24 * 3600 * 1000))))
        hour.currentIndex = at.getHours()
        minute.currentIndex = appointment.exists ? Math.floor(at.getMinutes() / 10) : 0
        place.text = appointment.exists ? appointment.place : ""
        note.text = appointment.exists ? appointment.note : ""
        refusal = ""
        refusedField = ""
        open()
    }

    title: qsTr("Pickup")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent.width - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: root.appointment
        function onSaved() { root.close() }
        function onRefused(field, message) {
            root.refusedField = field
            root.refusal = message
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Everyone in the chat sees the pickup. Moving it asks the buyers again.")
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            Label { text: qsTr("Day") }
            ComboBox {
                id: day
                objectName: "pickupDay"
                Layout.fillWidth: true
                model: {
                    const days = []
                    const locale = Qt.locale(Preferences.localeName)
                    for (let i = 0; i < root.dayCount; ++i)
                        days.push(i === 0 ? qsTr("Today") : i === 1 ? qsTr("Tomorrow")
                                  : root.dayAt(i).toLocaleDateString(locale, qsTr("ddd, MMM d")))
                    return days
                }
            }
            Label { text: qsTr("Time") }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: hour
                    objectName: "pickupHour"
                    Layout.fillWidth: true
                    model: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0"))
                    Accessible.name: qsTr("Hour")
                }
                Label { text: ":" }
                ComboBox {
                    id: minute
                    objectName: "pickupMinute"
                    Layout.fillWidth: true
                    model: ["00", "10", "20", "30", "40", "50"]
                    Accessible.name: qsTr("Minutes")
                }
            }
            Label { text: qsTr("Place") }
            TextField {
                id: place
                objectName: "pickupPlaceField"
                Layout.fillWidth: true
                maximumLength: 100
                placeholderText: qsTr("e.g. the main gate of Block 101")
                Material.accent: root.refusedField === "place" ? Theme.danger : Theme.accent
            }
            Label { text: qsTr("Note") }
            TextArea {
                id: note
                objectName: "pickupNoteField"
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Optional, e.g. bring a bag")
            }
        }
        Label {
            objectName: "pickupPreview"
            Layout.fillWidth: true
            text: qsTr("Buyers see: %1 · %2").arg(Sentences.pickupTime(root.chosen)).arg(place.text.trim())
            visible: place.text.trim() !== ""
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        Label {
            objectName: "pickupPastWarning"
            Layout.fillWidth: true
            visible: root.chosen <= new Date()
            text: qsTr("That time has passed: choose a later one.")
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pickupRefusal"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.refusal
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "callOffPickupButton"
            visible: root.appointment !== null && root.appointment.exists
            text: qsTr("Call off")
            flat: true
            Material.foreground: Theme.danger
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                root.appointment.cancel()
                root.close()
            }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "savePickupButton"
            text: qsTr("Save")
            highlighted: true
            Material.accent: Theme.buttonAccent
            enabled: root.appointment !== null && !root.appointment.busy && place.text.trim() !== ""
                     && root.chosen > new Date()
            onClicked: {
                root.refusal = ""
                root.refusedField = ""
                root.appointment.save(root.chosen, place.text, note.text)
            }
        }
    }
}
