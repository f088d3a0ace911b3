import QtQuick
import QtQuick.Window
import QtTest
import Gonggu.Client
import Gonggu

TestCase {
    name: "ParticipantList"
    when: windowShown
    width: 300
    height: 500

    // TestCase itself is never visible: give the view a real, shown window.
    Window {
        id: host
        width: 300
        height: 500
        visible: true
    }

    Component {
        id: listComponent
        ParticipantList {
            width: 300
            height: 500
            model: fixture.members
        }
    }

    function test_sectionsAndLiveUpdates() {
        fixture.reset()
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "participantListView")
        tryCompare(list, "count", 3)
        compare(fixture.members.data(fixture.members.index(0, 0), 259), Contract.Role.Seller) // RoleRole
        // Each group under its own title.
        const titles = []
        const children = list.contentItem.children
        for (let i = 0; i < children.length; ++i) {
            if (children[i].objectName === "sectionLabel" && children[i].visible)
                titles.push(children[i].text)
        }
        compare(titles.sort(), ["Buyers", "Seller", "Watching"])
        // Presence: the seller's row changes in place.
        fixture.sellerGoesOffline()
        compare(list.count, 3)
        compare(fixture.members.data(fixture.members.index(0, 0), 260), false) // OnlineRole
        // The viewer joins the group buy: now two buyers, nobody watching.
        fixture.viewerJoinsTheGroupBuy()
        compare(list.count, 3)
        compare(fixture.members.data(fixture.members.index(2, 0), 259), Contract.Role.Participant)
        compare(view.model.count, 3)
    }

    function test_aMutedMemberIsMarked() {
        fixture.reset()
        const view = createTemporaryObject(listComponent, host.contentItem)
        const list = findChild(view, "participantListView")
        tryCompare(list, "count", 3)
        const muted = () => {
            let n = 0
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const label = findChild(children[i], "mutedLabel")
                if (label && label.visible)
                    ++n
            }
            return n
        }
        compare(muted(), 0)
        fixture.muteViewer()
        tryVerify(() => muted() === 1)
    }
}
