#pragma once

#include <QStringList>

namespace gonggu::server {

// Who is calling, as proven by a verified token.
struct Identity {
    QString userId;
    QString displayName;
    QStringList scopes;

    // A trade (marketplace) service token: may create rooms for any seller.
    bool isTradeService() const { return scopes.contains(QStringLiteral("rooms:write")); }
    // An operator of the service: reads what members reported (never a member's right).
    bool isOperator() const { return scopes.contains(QStringLiteral("admin")); }
};

} // namespace gonggu::server
