#pragma once

#include "decisionlayout.h"
#include "noticedocument.h"

class QPaintDevice;

namespace parindex {

// The notices laid out with the decision's page flow: the heading of an official letter, the subject, what the
// unit scored and where it stands for now, its sheet as a table, the deadline for explanations, the signature.
// Every unit starts a section of its own (a new page, page numbers from its second page).
class NoticeLayout
{
public:
    // Build after QPainter::begin() on the device and after DecisionFonts::ensureLoaded().
    static DecisionLayout build(const NoticeDocument &document, QPaintDevice *device);
};

} // namespace parindex
