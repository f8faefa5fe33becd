#pragma once

#include "model/classbands.h"
#include "model/result.h"
#include "scoring/sheetscore.h"

#include <QtCore/QLocale>
#include <QtWidgets/QFrame>

class QLabel;

namespace parindex {

// The line under a score sheet: total points of the applicable maximum, the index with two decimals, the
// class, and the leaves still without an appraised value. All figures come from core's SheetScore.
class ScoreSummary : public QFrame
{
    Q_OBJECT
public:
    static constexpr int ShownMissingCodes = 6;

    explicit ScoreSummary(QWidget *parent = nullptr);

    // Without bands (they could not be read) the class is not given, and the reason is.
    void showScore(const SheetScore &score, const Result<ClassBands> &bands);
    void clear();
    // The sheet could not be read: no figure, the reason.
    void showFailure(const QString &text);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // What the summary says, on one line (tests, and a quick copy).
    QString text() const;

private:
    QLocale m_locale;
    QLabel *m_points;
    QLabel *m_index;
    QLabel *m_class;
    QLabel *m_missing;
};

} // namespace parindex
