import QtQuick
import QtTest
import Gonggu

// The list of the seller's announcements: the pinned one first and marked, a tap
// shows one in the chat, older ones on request, and an empty room says so.
TestCase {
    id: test
    name: "Announcements"
    when: windowShown
    width: 500
    height: 700
    visible: true

    Component {
        id: sessionComponent
        QtObject {
            property var announcements: []
            property bool announcementsHaveMore: false
            property bool loadingAnnouncements: false
            property int loads: 0
            property int olderLoads: 0
            function loadAnnouncements() { ++loads }
            function loadOlderAnnouncements() { ++olderLoads }
        }
    }
    Component {
        id: dialogComponent
        AnnouncementsDialog {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function entries(dialog) {
        const list = findChild(dialog.contentItem, "announcementList")
        const found = []
        for (let i = 0; i < list.contentItem.children.length; ++i)
            if (list.contentItem.children[i].objectName === "announcement")
                found.push(list.contentItem.children[i])
        return found.sort((a, b) => a.y - b.y)
    }

    function test_thePinnedComesFirstAndATapShowsOneInTheChat() {
        const session = createTemporaryObject(sessionComponent, test, {
            announcements: [
                {messageId: 912, senderName: "Farm Kim", content: "Pickup moved to Saturday",
                 createdAt: new Date(2026, 11, 3, 9, 0)},
                {messageId: 880, senderName: "Farm Kim", content: "Pickup Friday 6pm",
                 createdAt: new Date(2026, 11, 2, 18, 0)}],
            announcementsHaveMore: true})
        const dialog = createTemporaryObject(dialogComponent, test, {session: session})
        dialog.start()
        tryCompare(dialog, "opened", true)
        compare(session.loads, 1, "opening asks for the newest")
        const rows = entries(dialog)
        compare(rows.length, 2)
        verify(rows[0].contentItem.children[0].text.startsWith("Pinned"))
        verify(!rows[1].contentItem.children[0].text.startsWith("Pinned"))
        compare(rows[1].contentItem.children[1].text, "Pickup Friday 6pm")
        const older = findChild(dialog.contentItem, "olderAnnouncements")
        verify(older.visible)
        mouseClick(older)
        compare(session.olderLoads, 1)
        const shown = createTemporaryObject(spyComponent, test, {target: dialog, signalName: "shown"})
        mouseClick(rows[1])
        compare(shown.count, 1)
        compare(shown.signalArguments[0][0], 880)
        tryCompare(dialog, "opened", false)
    }

    function test_noneYetSaysSo() {
        const session = createTemporaryObject(sessionComponent, test, {})
        const dialog = createTemporaryObject(dialogComponent, test, {session: session})
        dialog.start()
        tryCompare(dialog, "opened", true)
        compare(entries(dialog).length, 0)
        verify(!findChild(dialog.contentItem, "olderAnnouncements").visible)
        const none = findChild(dialog.contentItem, "noAnnouncements")
        verify(none.visible)
        session.loadingAnnouncements = true
        verify(!none.visible, "while they load, nothing says there are none")
        dialog.close()
    }
}
