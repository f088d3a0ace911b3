// Rules for user-written text (PROTOCOL.md: valid UTF-8, 1-2000 characters,
// no control characters but \n and \t), shared by server and app.
#pragma once

#include "result.h"
#include "utf8.h"

#include <QByteArrayView>
#include <QStringList>

namespace gonggu {

inline constexpr qsizetype kMaxContentCharacters = 2000;

// Counts Unicode code points (what a user calls characters), not UTF-16 units.
qsizetype characterCount(QStringView text);

// CONTENT_INVALID with a reason, or ok.
Status validateContent(QStringView text);

// One line of free text: no control characters at all (names, units, places).
bool isOneLine(QStringView text);

// The reactions a message can get, in the order they are shown.
const QStringList &reactionSet();
bool isReaction(QStringView emoji);

// clientMsgId: 1-64 characters of [A-Za-z0-9_-] (a UUID fits).
bool isValidClientMsgId(QStringView id);

} // namespace gonggu
