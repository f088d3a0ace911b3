// libFuzzer target: the strict JSON decoders of common/ must refuse or accept any
// input without crashing, and whatever they accept must round-trip exactly.
#include "common/chatmessage.h"
#include "common/content.h"
#include "common/deliveryaddress.h"
#include "common/jsonfields.h"
#include "common/order.h"
#include "common/product.h"
#include "common/room.h"
#include "common/roomevent.h"
#include "common/user.h"
#include "common/usernotification.h"

#include <cstdint>
#include <cstdlib>

using namespace gonggu;

template <typename T> static void roundTrip(const QJsonObject &json) {
    const auto decoded = T::fromJson(json);
    if (!decoded.ok())
        return;
    const auto again = T::fromJson(decoded->toJson());
    if (!again.ok() || !(*again == *decoded))
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Our UTF-8 check must agree with a lossless Qt round trip.
    const bool valid = isValidUtf8(bytes);
    if (valid && QString::fromUtf8(bytes).toUtf8() != bytes)
        std::abort();
    // Fed in pieces (as WebSocket fragments arrive) it must reach the same answer.
    Utf8Validator pieces;
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[0]) % bytes.size();
    if ((pieces.feed(bytes.first(cut)) && pieces.feed(bytes.sliced(cut)) && pieces.complete()) !=
        valid)
        std::abort();

    const auto object = parseJsonObject(bytes);
    if (!object.ok())
        return 0;
    roundTrip<Room>(*object);
    roundTrip<ChatMessage>(*object);
    roundTrip<Participant>(*object);
    roundTrip<User>(*object);
    roundTrip<RoomSnapshot>(*object);
    roundTrip<EditRequest>(*object);
    roundTrip<MessageRef>(*object);
    roundTrip<ReactRequest>(*object);
    // Delivery details are normalised as they are read: reading them again changes nothing.
    roundTrip<DeliveryAddress>(*object);
    roundTrip<AddressEntry>(*object);
    roundTrip<Product>(*object);
    roundTrip<Order>(*object);
    roundTrip<Appointment>(*object);
    roundTrip<AppointmentReply>(*object);
    roundTrip<AppointmentView>(*object);
    // Events from another instance (Redis): decoded, written again, decoded the same.
    if (const auto event = roomEventFromJson(*object); event.ok()) {
        const auto again = parseJsonObject(toJson(*event));
        if (!again.ok())
            std::abort();
        const auto second = roomEventFromJson(*again);
        if (!second.ok() || !(*second == *event))
            std::abort();
    }
    // A notification as the app decodes it from the stream: written again, the same.
    if (const auto notification = UserNotification::fromJson(*object); notification.ok()) {
        const auto again = parseJsonObject(notification->toCompactJson());
        if (!again.ok())
            std::abort();
        const auto second = UserNotification::fromJson(*again);
        if (!second.ok() || !(*second == *notification))
            std::abort();
    }
    if (const auto request = SendRequest::fromJson(*object); request.ok()) {
        if (!validateContent(request->content).ok() || (request->replyTo && *request->replyTo <= 0))
            std::abort();
    }
    if (const auto edit = EditRequest::fromJson(*object); edit.ok()) {
        if (!validateContent(edit->content).ok() || edit->messageId <= 0)
            std::abort();
    }
    return 0;
}
