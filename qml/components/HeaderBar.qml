import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Gonggu

// A page's header: white on deep tangerine (5:1). Menus and buttons opened from it
// set their own colours back (Material passes these on to children and popups).
ToolBar {
    Material.background: Theme.header
    Material.foreground: Theme.headerText
}
