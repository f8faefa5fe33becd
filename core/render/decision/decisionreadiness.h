#pragma once

#include "decisiondocument.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

namespace parindex {

class Database;

// Everything that would make a decision wrong once it is issued: blanks left in its texts, a missing number, date
// or signer, criteria whose maxima do not add up, units without all their scores or without a class. Finalising
// refuses while the list is not empty; the Decision tab shows it live. Each item names the field, group or unit.
class DecisionReadiness
{
    Q_DECLARE_TR_FUNCTIONS(DecisionReadiness)
public:
    enum class Scope {
        Texts, // the texts and results only: the Decision tab, where the number and date come later
        Issuing, // also the number and date given when finalising
    };

    // A pure function of the document.
    static QStringList problems(const DecisionDocument &doc, Scope scope = Scope::Issuing);
    // The criteria of a group whose maxima do not add up (CriteriaTree::warnings), for every place that shows or
    // prints results.
    static QStringList criteriaWarnings(const DecisionAnnex &annex);
    // The decision of one group as finalising it would publish it, with the number and date given.
    static Result<QStringList> beforeFinalising(
        const Database &db, int year, const QString &groupCode, const QString &number, const QDate &date);

    // The same as it prints in Vietnamese on a draft: "Điểm tối đa của bộ tiêu chí chưa khớp: ...".
    static QString printedCriteriaNote(const CriteriaTree &tree);
    // A run of dots or an ellipsis: a blank left to fill in ("……", "...", "___").
    static bool holdsBlank(const QString &text);
};

} // namespace parindex
