#include "preferences.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gonggu::client {

Preferences::Preferences(QObject *parent)
    : QObject(parent) {
    QSettings settings;
    m_theme = settings.value(u"ui/theme"_s, u"system"_s).toString();
    for (const QVariant &id : settings.value(u"notify/mutedRooms"_s).toList())
        m_muted.insert(id.toLongLong());
    setLanguage(settings.value(u"ui/language"_s, QLocale::system().name().left(2)).toString());
}

Preferences *Preferences::instance() {
    static auto *preferences = new Preferences(QCoreApplication::instance());
    return preferences;
}

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *) {
    Preferences *preferences = instance();
    preferences->m_engine = engine;
    QJSEngine::setObjectOwnership(preferences, QJSEngine::CppOwnership);
    return preferences;
}

void Preferences::setLanguage(const QString &requested) {
    const QString language = requested == u"ko" ? u"ko"_s : u"en"_s;
    if (language == m_language)
        return;
    m_language = language;
    QCoreApplication::removeTranslator(&m_translator);
    if (m_translator.load(u":/i18n/gonggu_"_s + language))
        QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(language == u"ko" ? QLocale::Korean : QLocale::English));
    QSettings().setValue(u"ui/language"_s, language);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Preferences::setMuted(double roomId, bool muted) {
    const auto id = qint64(roomId);
    if (muted == m_muted.contains(id))
        return;
    if (muted)
        m_muted.insert(id);
    else
        m_muted.remove(id);
    QVariantList ids;
    for (qint64 muted : std::as_const(m_muted))
        ids.append(muted);
    QSettings().setValue(u"notify/mutedRooms"_s, ids);
    Q_EMIT mutedRoomsChanged();
}

void Preferences::setTheme(const QString &theme) {
    if (theme == m_theme || (theme != u"system" && theme != u"light" && theme != u"dark"))
        return;
    m_theme = theme;
    QSettings().setValue(u"ui/theme"_s, theme);
    Q_EMIT themeChanged();
}

} // namespace gonggu::client
