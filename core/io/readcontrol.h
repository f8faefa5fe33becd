#pragma once

#include <atomic>
#include <functional>

namespace parindex {

// What a long read of a file reports and how it is stopped: a reader calls progress with a percentage
// now and then, and gives up with Error::Kind::Cancelled as soon as cancel is set (from another thread).
struct ReadControl
{
    std::function<void(int percent)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
};

} // namespace parindex
