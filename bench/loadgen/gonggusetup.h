// Preparing Gonggu for a run as a real deployment would be: HS256 tokens minted
// with the server's secret (as the marketplace would), rooms created through the
// REST API by the trade service, every member joined through REST.
#pragma once

#include "loadclient.h"
#include "loadoptions.h"

namespace gonggu::bench {

// An HS256 token as the marketplace would mint it (scope "rooms:write" for the
// trade service, empty for a buyer).
QByteArray mintToken(const QByteArray &secret, const QString &userId, const QString &scope);

// One ClientSpec per member, room by room; nullopt (and a message) on failure.
std::optional<QList<ClientSpec>> prepareGonggu(const LoadOptions &options, QString *error);
QList<ClientSpec> prepareRabbitMq(const LoadOptions &options);
// Scenario 2: idle connections, each its own user, no subscription.
std::optional<QList<ClientSpec>> prepareIdle(const LoadOptions &options, QString *error);

} // namespace gonggu::bench
