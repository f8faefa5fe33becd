#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QFont>

namespace parindex {

// Liberation Serif, the metric twin of Times New Roman that Decree 30/2020 asks for, loaded from the
// files of fonts-liberation2 at first use so that the layout does not depend on the machine's font setup.
class DecisionFonts
{
    Q_DECLARE_TR_FUNCTIONS(DecisionFonts)
public:
    static constexpr auto family = u"Liberation Serif";

    // Loads the four faces once; an error names the folders searched and the package to install.
    static Status ensureLoaded();
    static QFont font(qreal pointSize, bool bold = false, bool italic = false);
};

} // namespace parindex
