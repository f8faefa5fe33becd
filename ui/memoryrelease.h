#pragma once

class QTabWidget;

namespace parindex {

// Memory a tab freed (a chart of 3,321 bars, the decision's preview, ten years read by a worker) stays with the
// C library's allocator: the window grew from 219 to 473 MB over its tabs and never shrank, though 255 MB of it
// was free. After the current tab changes (once the old one is hidden), the free pages are given back to the
// system. Does nothing where the C library is not glibc.
void releaseFreedMemory();
void releaseFreedMemoryOnTabChange(QTabWidget *tabs);

} // namespace parindex
