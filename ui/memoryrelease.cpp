#include "memoryrelease.h"

#include <QtCore/QTimer>
#include <QtWidgets/QTabWidget>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace parindex {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // a few milliseconds: it returns whole free pages of every arena
#endif
}

void releaseFreedMemoryOnTabChange(QTabWidget *tabs)
{
    auto *later = new QTimer(tabs);
    later->setSingleShot(true);
    later->setInterval(1000); // after the new tab has drawn, and once for a run of tab changes
    QObject::connect(later, &QTimer::timeout, &releaseFreedMemory);
    QObject::connect(tabs, &QTabWidget::currentChanged, later, qOverload<>(&QTimer::start));
}

} // namespace parindex
