#pragma once

#include "model/classbands.h"

#include <QtCore/QLocale>
#include <QtCore/QString>

namespace parindex {

// What every chart states besides its numbers. Titles and axis labels are translated by the installed
// translator (tr); numbers follow `locale` (91,92 in Vietnamese).
struct ChartContext
{
    QLocale locale;
    QString groupName; // for the title, e.g. "Sở, ban, ngành"
    ClassBands bands = ClassBands::defaults(); // the class bands behind lines and as thresholds across bars
};

} // namespace parindex
