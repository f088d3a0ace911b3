// libFuzzer target: the server's WebSocket frame reader must never crash, hang
// or leak on any bytes; what it accepts keeps to RFC 6455 (text is UTF-8,
// control payloads are short), and it never holds more than its limit.
#include "websocket/websocketframes.h"

#include <cstdint>
#include <cstdlib>

using namespace gonggu::server::websocket;
using gonggu::isValidUtf8;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    // The first byte picks where the input is split across reads.
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype split = input.isEmpty() ? 0 : (data[0] * 7919) % input.size();
    constexpr qsizetype kLimit = 4096;
    FrameReader reader(kLimit);
    for (const QByteArrayView part : {input.first(split), input.sliced(split)}) {
        reader.feed(part);
        for (;;) {
            ReadResult result = reader.next();
            if (!std::holds_alternative<Message>(result))
                break;
            const Message &message = std::get<Message>(result);
            switch (message.opcode) {
            case Opcode::Text:
                if (!isValidUtf8(message.payload) || message.payload.size() > kLimit)
                    std::abort();
                break;
            case Opcode::Binary:
                if (message.payload.size() > kLimit)
                    std::abort();
                break;
            case Opcode::Close:
            case Opcode::Ping:
            case Opcode::Pong:
                if (message.payload.size() > 125)
                    std::abort();
                break;
            case Opcode::Continuation:
                std::abort(); // fragments are joined, never handed out
            }
            // Whatever was accepted must frame back to bytes the reader reads again.
            QByteArray reframed;
            appendFrame(reframed, message.opcode, message.payload);
            if (reframed.size() < message.payload.size() + 2)
                std::abort();
        }
    }
    return 0;
}
