#include "destinations.h"

namespace gonggu::destinations {

QString chat(qint64 roomId) {
    return kChatPrefix + QString::number(roomId);
}

QString roomState(qint64 roomId) {
    return kRoomPrefix + QString::number(roomId);
}

QString roomSummary(qint64 roomId) {
    return kRoomSummaryPrefix + QString::number(roomId);
}

QString typing(qint64 roomId) {
    return kTypingPrefix + QString::number(roomId);
}

QString send(qint64 roomId) {
    return kSendPrefix + QString::number(roomId);
}

namespace {
constexpr QLatin1StringView kEditSuffix{"/edit"};
constexpr QLatin1StringView kDeleteSuffix{"/delete"};
constexpr QLatin1StringView kReadSuffix{"/read"};
constexpr QLatin1StringView kTypingSuffix{"/typing"};
constexpr QLatin1StringView kReactSuffix{"/react"};
} // namespace

QString edit(qint64 roomId) {
    return send(roomId) + kEditSuffix;
}

QString remove(qint64 roomId) {
    return send(roomId) + kDeleteSuffix;
}

QString read(qint64 roomId) {
    return send(roomId) + kReadSuffix;
}

QString react(qint64 roomId) {
    return send(roomId) + kReactSuffix;
}

QString typingSend(qint64 roomId) {
    return send(roomId) + kTypingSuffix;
}

std::optional<SendTarget> sendTarget(QStringView destination) {
    SendAction action = SendAction::Post;
    if (destination.endsWith(kEditSuffix)) {
        action = SendAction::Edit;
        destination.chop(kEditSuffix.size());
    } else if (destination.endsWith(kDeleteSuffix)) {
        action = SendAction::Delete;
        destination.chop(kDeleteSuffix.size());
    } else if (destination.endsWith(kReadSuffix)) {
        action = SendAction::Read;
        destination.chop(kReadSuffix.size());
    } else if (destination.endsWith(kTypingSuffix)) {
        action = SendAction::Typing;
        destination.chop(kTypingSuffix.size());
    } else if (destination.endsWith(kReactSuffix)) {
        action = SendAction::React;
        destination.chop(kReactSuffix.size());
    }
    const auto roomId = roomIdAfter(destination, kSendPrefix);
    if (!roomId)
        return std::nullopt;
    return SendTarget{*roomId, action};
}

std::optional<qint64> roomIdAfter(QStringView destination, QLatin1StringView prefix) {
    if (!destination.startsWith(prefix))
        return std::nullopt;
    const QStringView digits = destination.sliced(prefix.size());
    // One canonical form per id: no leading zero ("0042" is not another name for 42).
    if (digits.isEmpty() || digits.size() > 19 || digits.front() == u'0')
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace gonggu::destinations
