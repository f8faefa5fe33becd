#pragma once

#include "render/decision/decisiondocument.h"

namespace parindex {

// Puts each group's comparison chart (every unit a bar, coloured by class, sorted by index) at the end of its
// annex. The decision draws it through DecisionFigure, as vectors on the PDF and the printer. Its numbers are
// Vietnamese (91,92) whatever the language of the program, as the rest of the decision is.
class DecisionCharts
{
public:
    static void attach(DecisionDocument &document);
};

} // namespace parindex
