// Latencies in microseconds, kept whole (a run is at most a few million) so the
// percentiles are exact, not bucketed.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace gonggu::bench {

struct LatencyRecord {
    std::vector<uint32_t> micros;

    void merge(const LatencyRecord &other) {
        micros.insert(micros.end(), other.micros.begin(), other.micros.end());
    }
    // p in [0, 1]; 0 when empty. Sorts in place.
    double percentileMs(double p) {
        if (micros.empty())
            return 0;
        const size_t index = std::min(micros.size() - 1, size_t(p * double(micros.size())));
        std::nth_element(micros.begin(), micros.begin() + long(index), micros.end());
        return double(micros[index]) / 1000.0;
    }
};

} // namespace gonggu::bench
