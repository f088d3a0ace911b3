import QtQuick
import QtQuick.Window
import QtTest
import Gonggu.Client
import Gonggu

// Removing a member and reporting need a reason before anything is sent.
TestCase {
    name: "MemberDialogs"
    when: windowShown
    width: 500
    height: 600

    Window {
        id: host
        width: 500
        height: 600
        visible: true
    }

    Component {
        id: removal
        RemoveMemberDialog {}
    }
    Component {
        id: report
        ReportDialog {}
    }

    function test_removingNeedsAReason() {
        const dialog = createTemporaryObject(removal, host.contentItem)
        dialog.ask("u-jiwoo", "Jiwoo")
        tryCompare(dialog, "opened", true)
        verify(dialog.title.indexOf("Jiwoo") >= 0)
        const reason = findChild(dialog, "removalReason")
        const remove = findChild(dialog, "confirmRemovalButton")
        verify(!remove.enabled)
        reason.text = "   "
        verify(!remove.enabled)
        reason.text = "No-show at two pickups"
        verify(!remove.enabled, "no session: nothing to send it with")
        compare(reason.maximumLength, 200)
    }

    function test_reportingNeedsAReason() {
        const dialog = createTemporaryObject(report, host.contentItem)
        dialog.ask(1042, 88131, "", "Farm Kim")
        tryCompare(dialog, "opened", true)
        verify(dialog.title.indexOf("message") >= 0 || dialog.title.indexOf("메시지") >= 0)
        const send = findChild(dialog, "sendReportButton")
        verify(!send.enabled)
        findChild(dialog, "reportReason").text = "Asks to pay outside the app"
        verify(send.enabled)
        dialog.close()
        dialog.ask(1042, 0, "u-jiwoo", "Jiwoo") // a member, not a message
        tryCompare(dialog, "opened", true)
        verify(dialog.title.indexOf("Jiwoo") >= 0)
        verify(!send.enabled, "a fresh reason each time")
    }
}
