#pragma once

#include "pageflow.h"

#include <QtCore/QString>

namespace parindex {

// The heading of an administrative document (Decree 30/2020, appendix I): the issuing body on two lines on the
// left with its rule, the national name and motto on the right with theirs, then the number under the issuer and
// the place and date under the motto, on one line. The decision and the notices print it the same way.
struct OfficialHeading
{
    QString firstLine; // "ỦY BAN NHÂN DÂN" (the issuing body) or "UBND TỈNH …" (the body above a council)
    bool firstLineBold = true; // a superior body prints regular, the issuing body bold
    QString secondLine; // "TỈNH MINH HÒA", "HỘI ĐỒNG THẨM ĐỊNH"
    QString numberLine; // "Số: …/QĐ-UBND"
    QString placeAndDate; // "Minh Hòa, ngày … tháng … năm …"

    FlowBlock layOut(PageFlow &flow) const;
};

} // namespace parindex
