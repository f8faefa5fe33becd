#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>

namespace parindex {

// An explanation (giải trình) a unit sent about one cell of its notice of appraisal results: what it wrote, when
// it arrived, and when the council decided it. A cell is under explanation while one of its explanations is open;
// a decided one stays in the file as history.
struct Explanation
{
    qint64 id = 0; // 0 until stored
    QString unitCode;
    QString criterionCode;
    QString text;
    QDate received;
    QDate decided; // invalid while the council has not decided it
    QString conclusion; // what the council decided, in its words (may be empty)

    bool isOpen() const { return !decided.isValid(); }
    bool operator==(const Explanation &) const = default;
};

} // namespace parindex
