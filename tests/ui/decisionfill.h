#pragma once

#include "deskdocument.h"

#include <QtCore/QDate>

namespace parindex::test {

// Fills what a council fills before finalising (DecisionReadiness): the criteria decision cited by the bases, the
// Tờ trình of the proposal and the signer, in the texts of the decision of `group` (empty: the whole year).
inline bool fillDecisionTexts(DeskDocument *document, int year, const QString &group)
{
    const auto stored = document->decisionTexts(year, group);
    if (!stored)
        return false;
    DecisionTexts t = *stored;
    for (QString &basis : t.bases)
        basis.replace(QStringLiteral("Quyết định số ……/QĐ-UBND ngày ……"),
            QStringLiteral("Quyết định số 12/QĐ-UBND ngày 10 tháng 01 năm 2024"));
    t = t.withSubmission(QStringLiteral("45"), QDate(2025, 1, 20));
    t.signature.name = QStringLiteral("Nguyễn Văn Thắng");
    return document->setDecisionTexts(year, group, t).ok();
}

} // namespace parindex::test
