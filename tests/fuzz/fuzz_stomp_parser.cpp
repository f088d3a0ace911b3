// libFuzzer target: the STOMP parser must never crash, hang or leak on any bytes,
// and every frame it accepts must survive serialize -> parse unchanged.
#include "common/stomp/stompparser.h"

#include <cstdint>
#include <cstdlib>

using namespace gonggu::stomp;

// serialize() adds content-length to a body that came without one; ignore just that.
static void requireSame(const Frame &original, Frame reparsed) {
    if (!original.hasHeader("content-length") && !reparsed.headers.isEmpty() &&
        reparsed.headers.last().first == "content-length")
        reparsed.headers.removeLast();
    if (original.command != reparsed.command || original.headers != reparsed.headers ||
        original.body != reparsed.body)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    // The first byte picks the version and where the input is split across reads.
    const auto version = Version(data[0] % 3);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype split = input.isEmpty() ? 0 : (data[0] * 7919) % input.size();

    ParserLimits limits;
    limits.maxFrameBytes = 4096;
    Parser parser(limits);
    parser.setVersion(version);
    for (const QByteArrayView part : {input.first(split), input.sliced(split)}) {
        parser.feed(part);
        for (;;) {
            auto next = parser.next();
            if (!next.ok() || !next->has_value())
                break;
            const Frame &frame = **next;
            // Room for the content-length header that serialize() may add.
            ParserLimits roomier;
            roomier.maxHeaders = limits.maxHeaders + 1;
            Parser again(roomier);
            again.setVersion(version);
            again.feed(frame.serialize(version));
            auto reparsed = again.next();
            if (!reparsed.ok() || !reparsed->has_value())
                std::abort();
            requireSame(frame, **reparsed);
        }
    }
    return 0;
}
