// QtQuickTest runner for the app's QML components (one tst_*.qml per component).
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Gonggu_ClientPlugin)
Q_IMPORT_QML_PLUGIN(GongguPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(gonggu_qml, Setup)
#include "tst_qml.moc"
