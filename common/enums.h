// The enumerations of the wire contract and their exact JSON spellings.
#pragma once

#include <QString>
#include <optional>

namespace gonggu {

enum class RoomStatus { Active, Closed, Cancelled };
enum class MessageType { Chat, System, Notification };
enum class Role { Seller, Participant, Viewer };
enum class SystemEvent { Joined, Left, Removed, Participating, Closed, Cancelled, Expired };

QString toString(RoomStatus value);
QString toString(MessageType value);
QString toString(Role value);
QString toString(SystemEvent value);

std::optional<RoomStatus> roomStatusFromString(QStringView text);
std::optional<MessageType> messageTypeFromString(QStringView text);
std::optional<Role> roleFromString(QStringView text);
std::optional<SystemEvent> systemEventFromString(QStringView text);

} // namespace gonggu
