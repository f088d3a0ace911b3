import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gonggu.Client
import Gonggu

// Sign in, or create an account, on a server of the user's choice.
Page {
    id: root

    property bool registering: false

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding * 2, 380)
        spacing: Theme.spacing * 1.5

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: "공구 · Gonggu"
            font.pixelSize: Theme.textDisplay
            font.bold: true
            color: Theme.accent
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Buy together, chat together.")
            color: Theme.subtle
        }
        TextField {
            id: server
            Layout.fillWidth: true
            placeholderText: qsTr("Server address")
            text: ChatClient.serverUrl !== "" ? ChatClient.serverUrl : "http://localhost:8080"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Server address")
        }
        TextField {
            id: username
            objectName: "usernameField"
            Layout.fillWidth: true
            placeholderText: qsTr("Username")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Username")
        }
        TextField {
            id: displayName
            Layout.fillWidth: true
            visible: root.registering
            placeholderText: qsTr("Display name (shown in chats)")
            Accessible.name: qsTr("Display name")
        }
        TextField {
            id: password
            objectName: "passwordField"
            Layout.fillWidth: true
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password")
            onAccepted: submit.clicked()
        }
        Button {
            id: submit
            objectName: "signInButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 4
            highlighted: true
            Material.accent: Theme.buttonAccent // carries white text in light and dark
            enabled: !ChatClient.busy && username.text !== "" && password.text !== ""
                     && (!root.registering || displayName.text !== "")
            text: root.registering ? qsTr("Create account") : qsTr("Sign in")
            onClicked: root.registering
                       ? ChatClient.registerAccount(server.text, username.text, password.text, displayName.text)
                       : ChatClient.signIn(server.text, username.text, password.text)
        }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            flat: true
            text: root.registering ? qsTr("I already have an account") : qsTr("Create a new account")
            onClicked: root.registering = !root.registering
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: ChatClient.busy
            visible: running
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: ChatClient.lastError
            color: Theme.danger
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
}
