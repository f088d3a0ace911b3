import QtQuick

// A magnifying glass drawn in one colour, so that it has the contrast of the text
// beside it (a colour-emoji glyph is grey whatever the theme).
Item {
    id: icon
    property color color: "black"
    implicitWidth: 20
    implicitHeight: 20

    Rectangle {
        id: lens
        width: icon.width * 0.64
        height: width
        radius: width / 2
        color: "transparent"
        border.color: icon.color
        border.width: Math.max(2, icon.width / 10)
    }
    Rectangle {
        // The handle: from the lens's lower right, at 45 degrees.
        width: icon.width * 0.38
        height: lens.border.width * 1.2
        radius: height / 2
        color: icon.color
        x: lens.width * 0.78
        y: lens.height * 0.92
        transformOrigin: Item.Left
        rotation: 45
    }
}
