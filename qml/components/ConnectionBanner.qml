import QtQuick
import QtQuick.Controls
import Gonggu.Client
import Gonggu

// Visible while the connection is down: what the user must know before typing.
Label {
    readonly property int state: ChatClient.connectionState
    visible: ChatClient.signedIn && state !== ChatClient.Online
    width: parent ? parent.width : implicitWidth
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap // phones: the whole sentence, on two lines if need be
    padding: 6
    color: Theme.badgeText
    font.pixelSize: Theme.textMeta
    text: state === ChatClient.Connecting ? qsTr("Connecting…")
        : state === ChatClient.Reconnecting ? qsTr("Connection lost. Reconnecting… Messages you write are kept and sent later.")
        : qsTr("Offline")
    background: Rectangle { color: Theme.warning }
}
