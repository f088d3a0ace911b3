pragma Singleton
import QtQuick
import Gonggu.Client

// Amounts as the wire carries them (integers of the currency's minor unit) in the
// user's words: "29,000원" / "29,000 won", "$12.50". One wording for the room list,
// the product card and the seller's form.
QtObject {
    // ISO 4217 minor-unit digits for the currencies a neighbourhood buy might use;
    // any other has two.
    readonly property var minorDigits: ({ "KRW": 0, "JPY": 0, "VND": 0, "CLP": 0, "ISK": 0 })
    function digits(currency) {
        return minorDigits[currency] !== undefined ? minorDigits[currency] : 2
    }
    function format(amount, currency) {
        const d = digits(currency)
        const number = Number(amount / Math.pow(10, d)).toLocaleString(Qt.locale(Preferences.localeName), "f", d)
        if (currency === "KRW")
            return qsTr("%1 won").arg(number)
        return "%1 %2".arg(number).arg(currency)
    }
}
