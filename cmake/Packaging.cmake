# Debian packages with CPack: gonggu-server (component "server") and gonggu
# (component "app"). Build them from a release tree:
#   cmake --preset release && cmake --build --preset release
#   (cd build/release && cpack -G DEB)
# scripts/package-test builds, installs, starts and removes gonggu-server.
include(GNUInstallDirs)
set(packaging ${PROJECT_SOURCE_DIR}/packaging/linux)

if(GONGGU_BUILD_SERVER)
    install(FILES ${packaging}/gonggu-server.service DESTINATION /lib/systemd/system
            COMPONENT server)
    install(FILES ${packaging}/server.ini DESTINATION /etc/gonggu COMPONENT server)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md ${PROJECT_SOURCE_DIR}/docs/security.md
            DESTINATION ${CMAKE_INSTALL_DOCDIR}/../gonggu-server COMPONENT server)
endif()
if(GONGGU_BUILD_APP)
    install(FILES ${packaging}/io.gonggu.Gonggu.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
    install(FILES ${packaging}/io.gonggu.Gonggu.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/gonggu.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME io.gonggu.Gonggu.svg COMPONENT app)
    foreach(size 48 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/gonggu-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME io.gonggu.Gonggu.png COMPONENT app)
    endforeach()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_VENDOR "Gonggu")
set(CPACK_PACKAGE_CONTACT "Gonggu <dev@gonggu.io>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # library dependencies from dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_STRIP_FILES ON) # the release tree keeps debug info; packages do not

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME gonggu-server)
# Debian's first description line is CPACK_PACKAGE_DESCRIPTION_SUMMARY for every component.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Gonggu group-buying chat")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "The server: STOMP over WebSocket and REST on one port, with SQLite or PostgreSQL.")
# Qt loads SQL drivers and image decoders (the thumbnailer's WebP) as plugins,
# which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-image-formats-plugins")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${packaging}/debian/conffiles ${packaging}/debian/postinst ${packaging}/debian/prerm
    ${packaging}/debian/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME gonggu)
set(CPACK_DEBIAN_APP_DESCRIPTION
    "The app: group buys, their chat rooms, members and history, in Korean and English.")
# QML modules are loaded at run time, so they are listed by hand.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qt-labs-settings, qml6-module-qtquick-dialogs, qml6-module-qtcore, qml6-module-qt-labs-folderlistmodel, qt6-image-formats-plugins, qt6-qpa-plugins")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-noto-color-emoji")
set(CPACK_DEBIAN_APP_PACKAGE_SECTION net)

include(CPack)
