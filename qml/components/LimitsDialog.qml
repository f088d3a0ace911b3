import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// The seller gives a recruiting buy more time or another number of places. Never
// fewer places than buyers who joined; exactly as many closes it as full.
Dialog {
    id: root
    objectName: "limitsDialog"

    property RoomSession session: null
    property string refusal: ""

    function start() {
        if (!session)
            return
        maxSpin.value = session.maxParticipants
        extend.value = 0
        refusal = ""
        open()
    }
    readonly property date newDeadline: session ? new Date(session.expiresAt.getTime() + extend.value * 3600 * 1000)
                                                : new Date()

    title: qsTr("Deadline and places")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(420, parent.width - 2 * Theme.padding)
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: root.session
        function onLimitsSaved() { root.close() }
        function onFailed(error) {
            if (root.visible)
                root.refusal = ChatClient.lastError
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("Buyers needed (max)") }
            SpinBox {
                id: maxSpin
                objectName: "maxParticipantsSpin"
                // Never below those who joined, nor below what the buy needs.
                from: root.session ? Math.max(root.session.participantCount, root.session.minParticipants, 1) : 1
                to: 10000
                editable: true
            }
            Label { text: qsTr("More time (hours)") }
            SpinBox {
                id: extend
                objectName: "extendSpin"
                from: 0
                to: 24 * 30
                editable: true
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("New deadline: %1").arg(root.newDeadline.toLocaleString(Qt.locale(Preferences.localeName), Locale.ShortFormat))
            visible: extend.value > 0
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        Label {
            Layout.fillWidth: true
            visible: root.session !== null && maxSpin.value === root.session.participantCount
            text: qsTr("As many places as buyers who joined: the group buy closes as full.")
            wrapMode: Text.Wrap
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        Label {
            objectName: "limitsRefusal"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.refusal
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveLimitsButton"
            text: qsTr("Save")
            highlighted: true
            Material.accent: Theme.buttonAccent
            enabled: root.session !== null && !root.session.busy
                     && (extend.value > 0 || maxSpin.value !== root.session.maxParticipants)
            onClicked: {
                root.refusal = ""
                root.session.changeLimits(maxSpin.value, extend.value)
            }
        }
    }
}
