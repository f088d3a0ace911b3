import QtQuick
import QtTest
import Gonggu

// What a buyer is asked about before it goes into the chat: phone numbers and
// addresses as people type them, and not the prices, times and counts of a group buy.
TestCase {
    name: "PrivateDetails"

    PrivateDetailsDialog { id: dialog }
    MessageInput {
        id: input
        width: 400
        limit: 2000
    }
    SignalSpy { id: sent; target: input; signalName: "sendRequested" }

    function test_looksPrivate_data() {
        return [
            {tag: "mobile", text: "제 번호는 010-1234-5678이에요", private: true},
            {tag: "mobile, no hyphens", text: "01012345678로 연락주세요", private: true},
            {tag: "Seoul", text: "02 123 4567", private: true},
            {tag: "unit", text: "101동 1001호로 보내주세요", private: true},
            {tag: "street", text: "테헤란로 123", private: true},
            {tag: "street with a lot number", text: "강남대로96길 12-3", private: true},
            {tag: "a price", text: "한 박스 25,000원이에요", private: false},
            {tag: "a time", text: "6:30pm at exit 11", private: false},
            {tag: "a count", text: "I'll take 2 boxes", private: false},
            {tag: "a long number", text: "주문번호 2026120212345678", private: false},
        ]
    }
    function test_looksPrivate(data) {
        compare(dialog.looksPrivate(data.text), data.private, data.text)
    }

    // Held: nothing is sent and the text stays; sent on "Send in the chat".
    function test_aHeldMessageStaysUntilTheUserChooses() {
        const field = findChild(input, "messageField")
        let asked = 0
        input.holdSend = text => { ++asked; return dialog.looksPrivate(text) }
        field.text = "010-1234-5678"
        input.submit()
        compare(asked, 1)
        compare(sent.count, 0, "held, not sent")
        compare(field.text, "010-1234-5678", "the text is still there")
        input.sendHeld()
        compare(sent.count, 1)
        compare(sent.signalArguments[0][0], "010-1234-5678")
        compare(field.text, "")
        field.text = "See you at 6"
        input.submit()
        compare(sent.count, 2, "nothing to hold: sent at once")
        input.holdSend = null
    }
}
