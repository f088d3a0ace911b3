import QtQuick
import QtQuick.Controls
import QtQuick.Window
import QtTest
import Gonggu

// The delivery address form: it starts from the draft, keeps what the buyer typed
// when the server's copy arrives late, shows a refusal under its field, and closes
// only once the server has the address.
TestCase {
    name: "AddressDialog"
    when: windowShown

    Window {
        id: host
        width: 480
        height: 700
        visible: true
        ApplicationWindow { id: app; visible: false }
    }

    // The RoomAddresses the form talks to: the real one is tested with the server (e2e).
    QtObject {
        id: fakeAddresses
        property var draft: ({recipient: "김민수", phone: "010-1234-5678", postalCode: "", address: "서울 강남구 테헤란로 123"})
        property bool busy: false
        property string errorField
        property string errorMessage
        property var lastSaved: null
        property bool lastRemember: false
        signal saved()
        signal mineChanged()
        function remembered() { return true }
        function loadMine() {}
        function save(address, remember) { lastSaved = address; lastRemember = remember }
    }

    Component {
        id: dialogComponent
        AddressDialog {
            parent: host.contentItem
            addresses: fakeAddresses
        }
    }

    function test_startsFromTheDraftAndSendsWhatIsTyped() {
        const dialog = createTemporaryObject(dialogComponent, host.contentItem)
        dialog.start()
        tryVerify(() => dialog.opened)
        compare(findChild(dialog, "recipientField").text, "김민수")
        compare(findChild(dialog, "phoneField").text, "010-1234-5678")
        verify(findChild(dialog, "rememberAddress").checked, "remembered before: still remembered")
        const unit = findChild(dialog, "addressField")
        unit.forceActiveFocus()
        unit.text = ""
        unit.textEdited()
        keyClick("A")
        // The server's copy arrives after the buyer typed: it does not overwrite.
        fakeAddresses.draft = ({recipient: "Other", phone: "02-123-4567", postalCode: "", address: "Elsewhere 1"})
        fakeAddresses.mineChanged()
        compare(findChild(dialog, "recipientField").text, "김민수")
        mouseClick(findChild(dialog, "saveAddressButton"))
        compare(fakeAddresses.lastSaved.recipient, "김민수")
        verify(fakeAddresses.lastRemember)
        verify(dialog.opened, "open until the server has it")
        fakeAddresses.saved()
        tryVerify(() => !dialog.visible)
    }

    // The address given here arrives while the form is still opening: it fills it.
    function test_theServersCopyFillsAFormNotYetTouched() {
        fakeAddresses.draft = ({recipient: "", phone: "", postalCode: "", address: ""})
        const dialog = createTemporaryObject(dialogComponent, host.contentItem)
        dialog.start()
        fakeAddresses.draft = ({recipient: "김민수", phone: "010-1234-5678", postalCode: "06236", address: "서울 강남구 테헤란로 123"})
        fakeAddresses.mineChanged()
        compare(findChild(dialog, "recipientField").text, "김민수")
        compare(findChild(dialog, "postalCodeField").text, "06236")
    }

    function test_aRefusalShowsUnderItsField() {
        const dialog = createTemporaryObject(dialogComponent, host.contentItem)
        dialog.start()
        tryVerify(() => dialog.opened)
        fakeAddresses.errorField = "phone"
        fakeAddresses.errorMessage = "a Korean phone number, such as 010-1234-5678"
        const labels = []
        const walk = item => {
            const children = item.children || []
            for (let i = 0; i < children.length; ++i) {
                const child = children[i]
                if (child.field !== undefined && child.visible)
                    labels.push(child)
                walk(child)
            }
        }
        walk(dialog.contentItem)
        compare(labels.length, 1)
        compare(labels[0].field, "phone")
        compare(labels[0].text, "A Korean phone number, such as 010-1234-5678.") // the form's words
        fakeAddresses.errorField = ""
    }
}
