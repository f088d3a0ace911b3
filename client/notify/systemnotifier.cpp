#include "systemnotifier.h"

#if GONGGU_FREEDESKTOP_NOTIFICATIONS
#include "freedesktopnotifier.h"
#endif

namespace gonggu::client {

namespace {
// Where the platform's is not built yet: the in-app banner is all there is.
class SilentNotifier final : public SystemNotifier {
public:
    void show(qint64, const QString &, const QString &) override {}
};
} // namespace

std::unique_ptr<SystemNotifier> SystemNotifier::create() {
#if GONGGU_FREEDESKTOP_NOTIFICATIONS
    return std::make_unique<FreedesktopNotifier>();
#else
    return std::make_unique<SilentNotifier>();
#endif
}

} // namespace gonggu::client
