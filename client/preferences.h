// The user's display choices: language (Korean/English, default the system's) and
// theme (system/light/dark), kept in QSettings. Switching language retranslates
// the running UI.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTranslator>

namespace gonggu::client {

class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The locale dates and times are written in: bindings that format with
    // Qt.locale(Preferences.localeName) follow a language switch at once.
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)

public:
    static Preferences *instance();
    static Preferences *create(QQmlEngine *engine, QJSEngine *);

    QString language() const { return m_language; }
    QString localeName() const {
        return m_language == u"ko" ? QStringLiteral("ko_KR") : QStringLiteral("en_US");
    }
    // "ko" or "en"; anything else falls back to English.
    void setLanguage(const QString &language);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme); // "system", "light" or "dark"
    // Rooms whose notices (banner and system notification) the user switched off;
    // their list row still updates. Ids are doubles in QML (exact below 2^53).
    Q_INVOKABLE bool isMuted(double roomId) const { return m_muted.contains(qint64(roomId)); }
    Q_INVOKABLE void setMuted(double roomId, bool muted);

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void mutedRoomsChanged();

private:
    explicit Preferences(QObject *parent = nullptr);

    QString m_language;
    QString m_theme;
    QSet<qint64> m_muted;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace gonggu::client
