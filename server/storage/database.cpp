#include "database.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "gonggu.storage")

namespace gonggu::server {

namespace {

struct Migration {
    int version;
    QList<const char *> common;   // both dialects
    QList<const char *> sqlite;   // SQLite-only statements, run before `common`
    QList<const char *> postgres; // PostgreSQL-only statements, run before `common`
};

#define GONGGU_FILES_COLUMNS                                                                       \
    "room_id BIGINT NOT NULL, uploader_id TEXT NOT NULL, key_id INTEGER, name TEXT NOT NULL, "     \
    "content_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, "                     \
    "width INTEGER NOT NULL, height INTEGER NOT NULL, blob TEXT NOT NULL, thumbnail_blob TEXT, "   \
    "message_id BIGINT, created_at BIGINT NOT NULL, deleted_at BIGINT"
#define GONGGU_WEBHOOK_COLUMNS                                                                     \
    "type TEXT NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL, "                         \
    "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, "                       \
    "delivered_at BIGINT, failed_at BIGINT, last_error TEXT"
#define GONGGU_REPORTS_COLUMNS                                                                     \
    "room_id BIGINT NOT NULL, reporter_id TEXT NOT NULL, reporter_name TEXT NOT NULL, "            \
    "reported_id TEXT NOT NULL, reported_name TEXT NOT NULL, message_id BIGINT NOT NULL, "         \
    "reason TEXT NOT NULL, created_at BIGINT NOT NULL"

// Times are epoch milliseconds (exact, portable); ids of rooms are product ids.
const QList<Migration> &migrations() {
    static const QList<Migration> list{
        {1,
         {
             "CREATE TABLE accounts (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
             "display_name TEXT NOT NULL, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)",
             "CREATE TABLE rooms (id BIGINT PRIMARY KEY, title TEXT NOT NULL, "
             "description TEXT NOT NULL, seller_id TEXT NOT NULL, seller_name TEXT NOT NULL, "
             "status TEXT NOT NULL, max_participants INTEGER NOT NULL, "
             "min_participants INTEGER NOT NULL, participant_count INTEGER NOT NULL DEFAULT 0, "
             "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, closed_at BIGINT)",
             "CREATE INDEX rooms_by_status_created ON rooms (status, created_at, id)",
             "CREATE INDEX rooms_by_created ON rooms (created_at, id)",
             "CREATE INDEX rooms_active_by_expiry ON rooms (expires_at) WHERE status = 'ACTIVE'",
             "CREATE TABLE members (room_id BIGINT NOT NULL REFERENCES rooms(id), "
             "user_id TEXT NOT NULL, display_name TEXT NOT NULL, role TEXT NOT NULL, "
             "joined_at BIGINT NOT NULL, PRIMARY KEY (room_id, user_id))",
             "CREATE INDEX members_by_user ON members (user_id, room_id)",
             "CREATE INDEX messages_by_room ON messages (room_id, id)",
             "CREATE UNIQUE INDEX messages_by_client_id ON messages (sender_id, client_msg_id) "
             "WHERE client_msg_id IS NOT NULL",
         },
         {
             "CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, "
             "room_id BIGINT NOT NULL, type TEXT NOT NULL, sender_id TEXT NOT NULL, "
             "sender_name TEXT NOT NULL, content TEXT NOT NULL, client_msg_id TEXT, "
             "created_at BIGINT NOT NULL, event TEXT, subject_id TEXT, subject_name TEXT)",
         },
         {
             "CREATE TABLE messages (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
             "room_id BIGINT NOT NULL, type TEXT NOT NULL, sender_id TEXT NOT NULL, "
             "sender_name TEXT NOT NULL, content TEXT NOT NULL, client_msg_id TEXT, "
             "created_at BIGINT NOT NULL, event TEXT, subject_id TEXT, subject_name TEXT)",
         }},
        // Encryption at rest: the key that sealed `content`, NULL for plaintext rows.
        {2, {"ALTER TABLE messages ADD COLUMN key_id INTEGER"}, {}, {}},
        // A VIEWER who has only looked is not announced (MemberRecord::announced).
        {3, {"ALTER TABLE members ADD COLUMN announced INTEGER NOT NULL DEFAULT 1"}, {}, {}},
        // The pinned announcement of a room is one seek however much chat follows it.
        {4,
         {"CREATE INDEX messages_notifications ON messages (room_id, id) "
          "WHERE type = 'NOTIFICATION'"},
         {},
         {}},
        // /readyz commits a write here: ready means the database accepts writes.
        {5,
         {"CREATE TABLE readiness_probe (id INTEGER PRIMARY KEY, checked_at BIGINT NOT NULL)"},
         {},
         {}},
        // Replies, edits and deletions (a deleted row keeps its place, content emptied).
        {6,
         {"ALTER TABLE messages ADD COLUMN reply_to BIGINT",
          "ALTER TABLE messages ADD COLUMN edited_at BIGINT",
          "ALTER TABLE messages ADD COLUMN deleted_at BIGINT"},
         {},
         {}},
        // Read markers: the newest message each member has read.
        {7, {"ALTER TABLE members ADD COLUMN last_read_id BIGINT NOT NULL DEFAULT 0"}, {}, {}},
        // Reactions: one of each per member per message.
        {8,
         {"CREATE TABLE reactions (message_id BIGINT NOT NULL, user_id TEXT NOT NULL, "
          "emoji TEXT NOT NULL, created_at BIGINT NOT NULL, "
          "PRIMARY KEY (message_id, user_id, emoji))"},
         {},
         {}},
        // Notifications, kept a day for Last-Event-ID: for one user, or (user_id NULL)
        // for the members of a room. `body` is the JSON, sealed like message content.
        {9,
         {"CREATE INDEX notifications_by_user ON notifications (user_id, id) "
          "WHERE user_id IS NOT NULL",
          "CREATE INDEX notifications_by_room ON notifications (room_id, id) WHERE user_id IS NULL",
          "CREATE INDEX notifications_by_time ON notifications (created_at)"},
         {"CREATE TABLE notifications (id INTEGER PRIMARY KEY AUTOINCREMENT, "
          "room_id BIGINT NOT NULL, user_id TEXT, created_at BIGINT NOT NULL, key_id INTEGER, "
          "body TEXT NOT NULL)"},
         {"CREATE TABLE notifications (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
          "room_id BIGINT NOT NULL, user_id TEXT, created_at BIGINT NOT NULL, key_id INTEGER, "
          "body TEXT NOT NULL)"}},
        // Delivery addresses, apart from messages and sealed like them; and each time a
        // seller read a room's list (who, when, how many: never what).
        {10,
         {"CREATE TABLE addresses (room_id BIGINT NOT NULL, user_id TEXT NOT NULL, "
          "key_id INTEGER, body TEXT NOT NULL, updated_at BIGINT NOT NULL, "
          "PRIMARY KEY (room_id, user_id))",
          "CREATE TABLE address_reads (room_id BIGINT NOT NULL, reader_id TEXT NOT NULL, "
          "entries INTEGER NOT NULL, read_at BIGINT NOT NULL)",
          "CREATE INDEX address_reads_by_room ON address_reads (room_id, read_at)"},
         {},
         {}},
        // Files: their bytes are in the blob store, sealed; a row says whose and where.
        // A message's files are a sealed JSON column beside its content.
        {11,
         {"ALTER TABLE messages ADD COLUMN attachments TEXT",
          "CREATE INDEX files_by_message ON files (message_id) WHERE message_id IS NOT NULL",
          "CREATE INDEX files_unsent ON files (created_at) WHERE message_id IS NULL",
          "CREATE INDEX files_deleted ON files (deleted_at) WHERE deleted_at IS NOT NULL"},
         {"CREATE TABLE files (id INTEGER PRIMARY KEY AUTOINCREMENT, " GONGGU_FILES_COLUMNS ")"},
         {"CREATE TABLE files (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY "
          "KEY, " GONGGU_FILES_COLUMNS ")"}},
        // What a group buy sells (common/product.h), as its JSON: public like the room.
        {12, {"ALTER TABLE rooms ADD COLUMN product TEXT"}, {}, {}},
        // Orders of a closed buy: a row once one was changed or its buyer reminded
        // (a buyer without one is AWAITING_PAYMENT since the close).
        {13,
         {"CREATE TABLE orders (room_id BIGINT NOT NULL, user_id TEXT NOT NULL, "
          "status TEXT NOT NULL, changed_by TEXT, updated_at BIGINT NOT NULL, "
          "reminded_at BIGINT, PRIMARY KEY (room_id, user_id))"},
         {},
         {}},
        // The pickup appointment (common/appointment.h) as JSON, like the product; the
        // hour-before reminder's mark; each member's answer; a SYSTEM message's copy.
        {14,
         {"ALTER TABLE rooms ADD COLUMN appointment TEXT",
          "ALTER TABLE rooms ADD COLUMN appointment_reminded_at BIGINT",
          "ALTER TABLE members ADD COLUMN appointment_answer TEXT",
          "ALTER TABLE members ADD COLUMN answered_at BIGINT",
          "ALTER TABLE messages ADD COLUMN appointment TEXT"},
         {},
         {}},
        // The seller's tools: a paused chat, a member muted for a while, and those
        // removed from a room with the reason they were given (they cannot come back).
        {15,
         {"ALTER TABLE rooms ADD COLUMN frozen INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE members ADD COLUMN muted_until BIGINT",
          "CREATE TABLE room_bans (room_id BIGINT NOT NULL, user_id TEXT NOT NULL, "
          "reason TEXT NOT NULL, banned_by TEXT NOT NULL, banned_at BIGINT NOT NULL, "
          "PRIMARY KEY (room_id, user_id))"},
         {},
         {}},
        // What members reported to the operators (message_id 0: a member, not a
        // message), and whom each user blocked.
        {16,
         {"CREATE UNIQUE INDEX reports_once ON reports (reporter_id, room_id, reported_id, "
          "message_id)",
          "CREATE TABLE blocks (user_id TEXT NOT NULL, blocked_id TEXT NOT NULL, "
          "blocked_at BIGINT NOT NULL, PRIMARY KEY (user_id, blocked_id))"},
         {"CREATE TABLE reports (id INTEGER PRIMARY KEY AUTOINCREMENT, " GONGGU_REPORTS_COLUMNS
          ")"},
         {"CREATE TABLE reports (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY "
          "KEY, " GONGGU_REPORTS_COLUMNS ")"}},
        // Webhooks to the trade service: written with the change they tell of, sent
        // and retried from here (app/webhooks.h) until delivered or given up.
        {17,
         {"CREATE INDEX webhooks_due ON webhook_outbox (next_attempt_at) "
          "WHERE delivered_at IS NULL AND failed_at IS NULL",
          // The metrics count the pending and the given-up rows by these, not by a scan
          // of every event ever sent.
          "CREATE INDEX webhooks_failed ON webhook_outbox (id) WHERE failed_at IS NOT NULL"},
         {"CREATE TABLE webhook_outbox (id INTEGER PRIMARY KEY "
          "AUTOINCREMENT, " GONGGU_WEBHOOK_COLUMNS ")"},
         {"CREATE TABLE webhook_outbox (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY "
          "KEY, " GONGGU_WEBHOOK_COLUMNS ")"}},
        // Each room's own gap-free count of its messages (1, 2, 3, ...), taken under
        // the room's lock, so that several instances commit a room's messages in the
        // order of it; the unique index refuses a second message with the same place.
        {18,
         {"ALTER TABLE messages ADD COLUMN seq BIGINT",
          "UPDATE messages SET seq = numbered.n FROM (SELECT id, ROW_NUMBER() OVER "
          "(PARTITION BY room_id ORDER BY id) AS n FROM messages) AS numbered "
          "WHERE messages.id = numbered.id",
          "CREATE UNIQUE INDEX messages_room_seq ON messages (room_id, seq)"},
         {},
         {}},
    };
    return list;
}

Status exec(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(u"migration statement failed"_s, query.lastError());
    return okStatus();
}

// SQLite's BUSY, IOERR, FULL and CANTOPEN, also in their extended forms.
bool isUnavailableSqliteCode(int code) {
    const int primary = code & 0xFF; // extended codes keep the primary one in the low byte
    return primary == 5 || primary == 10 || primary == 13 || primary == 14;
}

bool isUnavailable(const QSqlError &error) {
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // PostgreSQL SQLSTATE classes: connection exception, insufficient resources
    // (disk full, out of memory), operator intervention (shutting down).
    // SQLSTATEs have five characters; SQLite's codes fewer.
    if (code.size() == 5)
        return code.startsWith(u"08") || code.startsWith(u"53") || code.startsWith(u"57P");
    bool numeric = false;
    const int sqlite = code.toInt(&numeric);
    return numeric && isUnavailableSqliteCode(sqlite);
}

// One rule for every storage failure: what a retry may mend is UNAVAILABLE (its
// outage is logged by StorageThread, once), anything else INTERNAL, logged here.
Error storageError(const QString &what, const QString &detail, bool unavailable) {
    if (unavailable) {
        qCDebug(lcStorage).noquote() << what << ':' << detail;
        return Error{ErrorCode::Unavailable, what + u": storage unavailable, retry later"_s};
    }
    qCWarning(lcStorage).noquote() << what << ':' << detail;
    return Error{ErrorCode::Internal, what};
}

} // namespace

bool isUniqueViolation(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    if (code == u"23505") // PostgreSQL: unique_violation
        return true;
    // SQLite: SQLITE_CONSTRAINT, or its extended codes for UNIQUE and PRIMARY KEY;
    // the plain code also covers NOT NULL and CHECK, which the text tells apart.
    return (code == u"19" || code == u"2067" || code == u"1555") &&
           error.databaseText().contains(u"UNIQUE constraint failed");
}

void warnIfNotDurable(QSqlDatabase &db) {
    for (const char *setting : {"fsync", "full_page_writes", "synchronous_commit"}) {
        QSqlQuery show(db);
        if (!show.exec(u"SHOW "_s + QLatin1StringView(setting)) || !show.next())
            continue;
        // synchronous_commit may also be local, remote_write or remote_apply:
        // each flushes this server's WAL before the commit returns.
        if (show.value(0).toString() == u"off")
            qCWarning(lcStorage).noquote()
                << u"PostgreSQL runs with %1=off: a power loss or OS crash can lose messages "
                   "that were already receipted (see docs/operations.md, Durability)"_s.arg(
                       QLatin1StringView(setting));
    }
}

Error sqlError(const QString &what, const QSqlError &error) {
    if (isUniqueViolation(error))
        return Error{ErrorCode::Conflict, what + u": already exists"_s};
    return storageError(what, error.text(), isUnavailable(error));
}

Error sqliteError(sqlite3 *db, const QString &what) {
    return storageError(what, QString::fromUtf8(sqlite3_errmsg(db)),
                        isUnavailableSqliteCode(sqlite3_extended_errcode(db)));
}

int latestSchemaVersion() {
    return migrations().last().version;
}

DatabaseSettings databaseSettings(const QString &databaseUrl, const QString &sqlitePath) {
    if (databaseUrl.isEmpty())
        return {SqlDialect::Sqlite, sqlitePath, {}};
    return {SqlDialect::Postgres, {}, databaseUrl};
}

Result<QSqlDatabase> openDatabase(const DatabaseSettings &settings, const QString &connectionName) {
    if (settings.dialect == SqlDialect::Sqlite) {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(settings.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return sqlError(u"cannot open SQLite database "_s + settings.sqlitePath,
                            db.lastError());
        QSqlQuery pragma(db);
        // WAL: readers never block the writer. FULL syncs the WAL at every commit, so a
        // receipted message survives a power loss too (NORMAL only a process crash);
        // the group commit shares that one fsync between all messages of a batch.
        // secure_delete=FAST zeroes what an edit or a deletion overwrote inside a page.
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                      "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=FAST"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                return sqlError(u"cannot configure SQLite"_s, pragma.lastError());
        }
        // It holds the password hashes: the owner's alone, whatever the umask
        // (SQLite gives the -wal and -shm files it creates later the same mode).
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = settings.sqlitePath + QLatin1StringView(suffix);
            if (QFile::exists(file))
                QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return db;
    }
    const QUrl url(settings.postgresUrl);
    auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(u"connect_timeout=5"_s);
    if (!db.open())
        return sqlError(u"cannot connect to PostgreSQL at "_s + url.host(), db.lastError());
    return db;
}

Status migrate(QSqlDatabase &db, SqlDialect dialect) {
    if (auto s =
            exec(db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        !s)
        return s;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s) || !query.next())
        return sqlError(u"cannot read schema version"_s, query.lastError());
    const int current = query.value(0).toInt();
    if (current > latestSchemaVersion())
        return Error{ErrorCode::Internal,
                     u"database schema %1 is newer than this server (%2)"_s.arg(current).arg(
                         latestSchemaVersion())};
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return sqlError(u"cannot begin migration"_s, db.lastError());
        QList<const char *> statements =
            dialect == SqlDialect::Sqlite ? migration.sqlite : migration.postgres;
        statements += migration.common;
        for (const char *statement : statements) {
            if (auto s = exec(db, QString::fromLatin1(statement)); !s) {
                db.rollback();
                return s;
            }
        }
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
        record.addBindValue(migration.version);
        if (!record.exec() || !db.commit()) {
            db.rollback();
            return sqlError(u"cannot record migration"_s, record.lastError());
        }
        qCInfo(lcStorage) << "applied schema migration" << migration.version;
    }
    return okStatus();
}

} // namespace gonggu::server
