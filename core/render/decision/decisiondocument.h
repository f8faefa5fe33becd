#pragma once

#include "decisiontexts.h"

#include "model/classbands.h"
#include "model/criteriatree.h"
#include "model/explanation.h"
#include "model/unit.h"
#include "model/unitresult.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QRectF>
#include <QtCore/QSizeF>

#include <functional>
#include <optional>

class QPainter;

namespace parindex {

// An area (root criterion) as a column of the annex table: "LV3", explained in the legend.
struct DecisionArea
{
    QString code;
    QString title;
    Fixed maxPoints;

    QString columnLabel() const;
    bool operator==(const DecisionArea &) const = default;
};

// A figure of an annex (the comparison chart of the group), drawn by the layer that made it, so that the decision
// needs no chart library; it is scaled into the page keeping its proportions, and stays a vector drawing.
struct DecisionFigure
{
    QSizeF size; // the size it is laid out at (px at 96 dpi): its proportions and its type sizes
    std::function<void(QPainter &painter, const QRectF &target)> paint;
};

// The annex of one unit group: its ranking, the areas that make its columns, and what the methodology
// annex states about it.
struct DecisionAnnex
{
    UnitGroup group;
    RankingTable table;
    QList<DecisionArea> areas;
    CriteriaTree criteria; // may be empty: the methodology annex then lists the areas only
    ClassBands bands = ClassBands::defaults();
    std::optional<DecisionFigure> chart; // after the table, when the council asks for it
    // The printed digest of what the group's final period published ("7K3M-Q9XD"), under the table, so that a file
    // can be checked against the paper (`check --digest`); empty on a draft.
    QString digest;
    // Cells of a draft period still under explanation (giải trình): the council has not decided them, so the
    // results may still change and finalising waits for them.
    QList<Explanation> openExplanations;

    // The areas of a tree: its roots, with their maxima.
    static QList<DecisionArea> areasOf(const CriteriaTree &tree);
};

// The decision as a council issues it: its texts, the number and date (blank on a decision not yet
// signed), and one annex per group. UI-free: the layout draws it, the Decision tab edits its texts.
struct DecisionDocument
{
    DecisionTexts texts;
    int year = 0; // the year the index measures
    QString number; // "600/QĐ-UBND" or "600"; empty: left blank for the office to write in
    QDate date; // invalid: left blank
    bool draft = true;
    QList<DecisionAnnex> annexes;

    // A document with the default texts for these annexes.
    static DecisionDocument withDefaultTexts(int year, QList<DecisionAnnex> annexes, const QString &province = {});
    static DecisionContext contextFor(int year, const QList<DecisionAnnex> &annexes, const QString &province);

    int issueYear() const { return date.isValid() ? date.year() : year + 1; }
    bool hasMethodologyAnnex() const { return texts.methodologyAnnex && !annexes.isEmpty(); }
    int annexCount() const { return int(annexes.size()) + (hasMethodologyAnnex() ? 1 : 0); }
    QString annexLabel(int index) const; // "Phụ lục II"

    QString fullNumber() const; // "600/QĐ-UBND", or "      /QĐ-UBND" when blank
    QString numberLine() const; // "Số: 600/QĐ-UBND"
    QString writtenDate() const; // "ngày 02 tháng 02 năm 2024", or with blanks
    QString placeAndDate() const; // "Minh Hòa, ngày 02 tháng 02 năm 2024"
    // "(Kèm theo Quyết định số 600/QĐ-UBND ngày 02 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Minh Hòa)"
    QString attachedTo() const;
    // "Quyết định số 600/QĐ-UBND về việc công bố ...": the PDF's title.
    QString documentTitle() const;
};

} // namespace parindex
