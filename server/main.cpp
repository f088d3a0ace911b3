// gonggu-server: command line, configuration, and the subcommands.
#include "app/demoseed.h"
#include "app/gongguserver.h"
#include "app/signalwatcher.h"
#include "auth/tokenservice.h"
#include "config/serverconfig.h"
#include "ops/logging.h"
#include "storage/database.h"
#include "storage/keyrotation.h"
#include "storage/messagecipher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace gonggu;
using namespace gonggu::server;

namespace {

int fail(const QString &message) {
    QTextStream(stderr) << "gonggu-server: " << message << '\n';
    return 1;
}

int issueToken(const ServerConfig &config, const QCommandLineParser &parser) {
    const auto secret = TokenService::loadOrCreateSecret(config.effectiveJwtSecretFile());
    if (!secret)
        return fail(secret.error().message);
    const QString subject = parser.value(u"sub"_s);
    if (subject.isEmpty())
        return fail(u"token needs --sub <user id>"_s);
    Identity identity{subject,
                      parser.value(u"name"_s).isEmpty() ? subject : parser.value(u"name"_s),
                      parser.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts)};
    bool ok = true;
    const int lifetime = parser.isSet(u"lifetime"_s) ? parser.value(u"lifetime"_s).toInt(&ok)
                                                     : config.tokenLifetimeSeconds;
    if (!ok || lifetime <= 0)
        return fail(u"--lifetime takes a positive number of seconds"_s);
    TokenService tokens(*secret, config.jwtIssuer, config.tokenLifetimeSeconds);
    QTextStream(stdout) << tokens.issue(identity, lifetime).token << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    // Everything the server writes (database, keys, files) is its own alone.
    ::umask(0077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gonggu-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGGU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Gonggu group-buying chat server.\n\nCommands: serve (default), seed-demo, token, "
        "migrate, version.\nSettings: command line > GONGGU_* environment > INI file > defaults."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s,
                                 u"serve | seed-demo | token | migrate | rotate-key | version"_s);
    for (const ConfigOption &option : configOptions()) {
        parser.addOption({QString::fromLatin1(option.key), QString::fromLatin1(option.help),
                          QString::fromLatin1(option.valueName)});
    }
    parser.addOption({u"check-config"_s, u"Print the effective configuration and exit."_s});
    parser.addOption({u"sub"_s, u"token: the user id (sub claim)."_s, u"id"_s});
    parser.addOption({u"name"_s, u"token: the display name."_s, u"name"_s});
    parser.addOption({u"scope"_s, u"token: scopes, e.g. rooms:write."_s, u"scopes"_s});
    parser.addOption({u"lifetime"_s, u"token: lifetime in seconds."_s, u"seconds"_s});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, u"serve"_s);
    if (command == u"version") {
        QTextStream(stdout) << "gonggu-server " << GONGGU_VERSION << " (schema "
                            << latestSchemaVersion() << ")\n";
        return 0;
    }

    QHash<QString, QString> commandLine;
    for (const ConfigOption &option : configOptions()) {
        const QString key = QString::fromLatin1(option.key);
        if (parser.isSet(key))
            commandLine.insert(key, parser.value(key));
    }
    const auto config =
        resolveConfig(commandLine, QProcessEnvironment::systemEnvironment().toStringList());
    if (!config)
        return fail(config.error().message);
    // Debug output is opt-in (--log-rules "gonggu.*.debug=true"); rules are ';'-separated.
    QLoggingCategory::setFilterRules(u"gonggu.*.debug=false\n"_s +
                                     QString(config->logRules).replace(u';', u'\n'));
    installLogHandler(config->jsonLogs ? LogFormat::Json : LogFormat::Text);
    if (parser.isSet(u"check-config"_s)) {
        QTextStream(stdout) << config->describe() << '\n';
        return 0;
    }

    if (command == u"token")
        return issueToken(*config, parser);

    if (command == u"rotate-key") {
        // A new key for new messages; then old rows move to it, here and in any
        // server running on this key file (it watches the file).
        const auto id = MessageCipher::rotate(config->effectiveEncryptionKeyFile());
        if (!id)
            return fail(id.error().message);
        QTextStream(stdout) << "message key " << *id << " is now current\n" << Qt::flush;
    }

    GongguServer server(*config);
    if (command == u"rotate-key") {
        if (auto started = server.start(false); !started)
            return fail(started.error().message);
        const auto moved = QCoro::waitFor(server.keyRotation().reencryptAll());
        server.shutdown();
        if (!moved)
            return fail(u"re-encryption failed: "_s + moved.error().message);
        QTextStream(stdout) << "re-encrypted " << *moved << " messages\n";
        return 0;
    }
    if (command == u"migrate" || command == u"seed-demo") {
        if (auto started = server.start(false); !started)
            return fail(started.error().message);
        if (command == u"seed-demo") {
            if (auto seeded = QCoro::waitFor(seedDemo(server)); !seeded)
                return fail(u"seeding failed: "_s + seeded.error().message);
            QTextStream(stdout) << "demo data ready (users farmkim, minsu, jiwoo, hana; password "
                                << kDemoPassword << ")\n";
        }
        server.shutdown();
        return 0;
    }
    if (command != u"serve")
        return fail(u"unknown command '%1' (see --help)"_s.arg(command));

    // Watching before anyone can learn the port: a SIGTERM right after the
    // line below is a clean shutdown, not death by the default action.
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&](int) {
        server.shutdown();
        // Let the close frames and last RECEIPTs leave before the loop ends.
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    });
    if (auto started = server.start(); !started)
        return fail(started.error().message);
    // Tests and scripts read the port from this line (useful with --port 0).
    QTextStream(stdout) << "gonggu-server listening on port " << server.port() << Qt::endl;
    return app.exec();
}
