import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCore
import Gonggu.Client
import Gonggu

// The product's fields, for opening a group buy and for the seller's edits: the
// prices (typed in won, kept as the wire's integers), the unit, pickup and
// delivery, a photo from the device. `form` is what ChatClient and RoomSession
// take; `problem` names the field that is not right yet ("" when it can be saved),
// as the app judges it, and `refusedField` the one the server refused.
ColumnLayout {
    id: root

    property var initial: ({}) // productview.h's map, for an edit
    property string refusedField: ""
    readonly property string currency: initial.currency !== undefined ? initial.currency : "KRW"
    readonly property int digits: Prices.digits(currency)
    property url pickedPhoto: ""
    property bool photoRemoved: false
    readonly property var form: {
        const map = {
            groupPrice: amount(groupPrice.text),
            regularPrice: amount(regularPrice.text),
            currency: currency,
            unit: unit.text,
            pickup: pickup.checked,
            delivery: delivery.checked
        }
        if (String(pickedPhoto) !== "")
            map.photo = pickedPhoto
        else if (!photoRemoved && initial.photoFileId !== undefined)
            map.photoFileId = initial.photoFileId
        return map
    }
    readonly property string problem: ChatClient.productProblem(form)
    readonly property string shownProblem: refusedField !== "" ? refusedField
                                         : problem === "groupPrice" && groupPrice.text === "" ? "" : problem

    function amount(text) {
        const value = parseFloat(text)
        return isNaN(value) ? 0 : Math.round(value * Math.pow(10, digits))
    }
    function entry(minor) {
        return minor === undefined || minor === 0 ? "" : String(minor / Math.pow(10, digits))
    }
    function sentence(field) {
        switch (field) {
        case "groupPrice": return qsTr("Enter the group price.")
        case "regularPrice": return qsTr("The regular price cannot be below the group price.")
        case "unit": return qsTr("Say what one unit is in one line of at most 40 characters.")
        case "handover": return qsTr("Choose pickup, delivery or both.")
        case "photo":
        case "photoFileId": return qsTr("The photo must be a JPEG, PNG, WebP or GIF of at most 10 MB.")
        }
        return field === "" ? "" : qsTr("The product details are not right yet.")
    }
    function reset() {
        groupPrice.text = entry(initial.groupPrice)
        regularPrice.text = entry(initial.regularPrice)
        unit.text = initial.unit !== undefined ? initial.unit : ""
        pickup.checked = initial.pickup !== undefined ? initial.pickup : true
        delivery.checked = initial.delivery !== undefined ? initial.delivery : false
        pickedPhoto = ""
        photoRemoved = false
        refusedField = ""
    }
    onFormChanged: refusedField = ""
    spacing: Theme.spacing

    FileDialog {
        id: photoDialog
        title: qsTr("Product photo")
        fileMode: FileDialog.OpenFile
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        nameFilters: [qsTr("Photos") + " (*.jpg *.jpeg *.png *.webp *.gif)"]
        onAccepted: {
            root.pickedPhoto = selectedFile
            root.photoRemoved = false
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        Label { text: qsTr("Group price") }
        TextField {
            id: groupPrice
            objectName: "groupPriceField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. 29000")
            inputMethodHints: root.digits === 0 ? Qt.ImhDigitsOnly : Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: root.digits === 0 ? /[0-9]{0,12}/ : /[0-9]{0,10}([.][0-9]{0,2})?/ }
            Accessible.name: qsTr("Group price")
        }
        Label { text: qsTr("Regular price") }
        TextField {
            id: regularPrice
            objectName: "regularPriceField"
            Layout.fillWidth: true
            placeholderText: qsTr("Optional")
            inputMethodHints: groupPrice.inputMethodHints
            validator: groupPrice.validator
            Accessible.name: qsTr("Regular price")
        }
        Label { text: qsTr("Unit") }
        TextField {
            id: unit
            objectName: "unitField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. 10kg box")
            maximumLength: 40
            Accessible.name: qsTr("Unit")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            id: pickup
            objectName: "pickupBox"
            text: qsTr("Pickup")
            checked: true
        }
        CheckBox {
            id: delivery
            objectName: "deliveryBox"
            text: qsTr("Delivery")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Image {
            objectName: "photoPreview"
            readonly property url shown: String(root.pickedPhoto) !== "" ? root.pickedPhoto
                                       : !root.photoRemoved && root.initial.thumbnailUrl !== undefined ? root.initial.thumbnailUrl : ""
            visible: String(shown) !== ""
            source: shown
            Layout.preferredWidth: 56
            Layout.preferredHeight: 56
            sourceSize.width: 112
            sourceSize.height: 112
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            autoTransform: true
        }
        Button {
            objectName: "choosePhoto"
            text: root.form.photo !== undefined || root.form.photoFileId !== undefined ? qsTr("Change photo") : qsTr("Add photo")
            onClicked: photoDialog.open()
        }
        Button {
            visible: root.form.photo !== undefined || root.form.photoFileId !== undefined
            text: qsTr("Remove photo")
            flat: true
            onClicked: {
                root.pickedPhoto = ""
                root.photoRemoved = true
            }
        }
    }
    // What buyers will see, as they will see it.
    RowLayout {
        Layout.fillWidth: true
        visible: root.problem === ""
        Label {
            text: qsTr("Buyers see:")
            color: Theme.subtle
            font.pixelSize: Theme.textSmall
        }
        PriceLine {
            product: ChatClient.productPreview(root.form)
        }
    }
    Label {
        objectName: "productProblem"
        Layout.fillWidth: true
        visible: text !== ""
        text: root.sentence(root.shownProblem)
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.textSmall
    }
}
