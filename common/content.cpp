#include "content.h"

using namespace Qt::StringLiterals;

namespace gonggu {

qsizetype characterCount(QStringView text) {
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

Status validateContent(QStringView text) {
    const qsizetype count = characterCount(text);
    if (count == 0)
        return Error{ErrorCode::ContentInvalid, u"content must not be empty"_s};
    if (count > kMaxContentCharacters)
        return Error{ErrorCode::ContentInvalid,
                     u"content is longer than %1 characters"_s.arg(kMaxContentCharacters)};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\t')
            continue;
        if (c.category() == QChar::Other_Control)
            return Error{ErrorCode::ContentInvalid,
                         u"content contains control character U+%1"_s.arg(c.unicode(), 4, 16,
                                                                          QLatin1Char('0'))};
        // A lone surrogate means the text did not come from valid UTF-8.
        if (c.isHighSurrogate() && (i + 1 >= text.size() || !text[i + 1].isLowSurrogate()))
            return Error{ErrorCode::ContentInvalid, u"content is not valid Unicode"_s};
        if (c.isLowSurrogate() && (i == 0 || !text[i - 1].isHighSurrogate()))
            return Error{ErrorCode::ContentInvalid, u"content is not valid Unicode"_s};
    }
    return okStatus();
}

bool isValidClientMsgId(QStringView id) {
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!allowed)
            return false;
    }
    return true;
}

const QStringList &reactionSet() {
    static const QStringList set{u"👍"_s, u"❤️"_s, u"😂"_s, u"😮"_s, u"😢"_s, u"🙏"_s};
    return set;
}

bool isReaction(QStringView emoji) {
    return reactionSet().contains(emoji);
}

bool isOneLine(QStringView text) {
    return std::none_of(text.begin(), text.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace gonggu
