// The contract's enumerations (common/enums.h) in QML, scoped by their type:
// Contract.RoomStatus.Active, Contract.Role.Seller, Contract.MessageType.System,
// Contract.SystemEvent.Closed. Properties and model roles hand them to QML as
// these values, never as the wire's strings.
#pragma once

#include "common/enums.h"

#include <QQmlEngine>

namespace gonggu::client::contract {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(gonggu)
QML_NAMED_ELEMENT(Contract)
} // namespace gonggu::client::contract
