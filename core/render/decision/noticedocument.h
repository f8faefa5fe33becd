#pragma once

#include "decisiontexts.h"

#include "model/criterion.h"
#include "model/result.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QList>

#include <optional>

namespace parindex {

class Database;

// One criterion of a unit's sheet as its notice prints it: maximum, self-assessed and appraised points, the
// council's note and what the unit explained since.
struct NoticeRow
{
    QString code;
    QString title;
    int depth = 0; // 0 for an area
    bool leaf = false;
    CriterionKind kind = CriterionKind::Score;
    Fixed maxPoints;
    std::optional<Fixed> selfPoints;
    std::optional<Fixed> appraisedPoints;
    std::optional<Fixed> selfRate; // rate criteria: the rates entered, in percent
    std::optional<Fixed> appraisedRate;
    bool notApplicable = false; // itself or an area above it
    QString note;
    QStringList explanations; // "Giải trình ngày 05/3/2025: ..."
    QStringList evidence; // the names of the evidence documents the unit attached to the cell
};

// What one unit's notice says.
struct UnitNotice
{
    QString unitCode;
    QString unitName;
    QList<NoticeRow> rows; // in tree order
    std::optional<Fixed> selfTotal; // empty while a self-assessed value is missing
    UnitResult result; // provisional: index and rank as the file computes them now
    int rankedUnits = 0; // how many units the group ranks
};

// Which notices to make, and what the council fills in.
struct NoticeRequest
{
    int year = 0;
    QString groupCode;
    QString unitCode; // empty: every unit of the group
    QString number; // "15/TB-HĐTĐ" or "15"; empty: a blank the office fills in
    QDate date; // the date printed under the motto; invalid: blank
    QDate deadline; // explanations are received until this day; invalid: a blank
};

// The notices of appraisal results (Thông báo kết quả thẩm định) the council sends each unit of a group before
// the decision: its sheet, its provisional index and rank, and a deadline for its explanations. UI-free.
struct NoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDocument)
public:
    DecisionTexts texts; // the province's decision texts: issuing body, place
    int year = 0;
    QString groupCode;
    QString groupName;
    QString number;
    QDate date;
    QDate deadline;
    QList<UnitNotice> units;

    static Result<NoticeDocument> load(const Database &db, const NoticeRequest &request);

    QString superiorLine() const; // "ỦY BAN NHÂN DÂN TỈNH MINH HÒA"
    QString issuerLine() const; // "HỘI ĐỒNG THẨM ĐỊNH"
    QString numberLine() const; // "Số: 15/TB-HĐTĐ"
    QString placeAndDate() const; // "Minh Hòa, ngày 02 tháng 3 năm 2025"
    QString deadlineText() const; // "ngày 16 tháng 3 năm 2025", or blanks
    QString subject(const UnitNotice &unit) const; // "Kết quả thẩm định Chỉ số ... năm 2024 của UBND huyện Đông Sơn"
    // The file name of one unit's notice in a folder: "ThongBao_2024_HUYEN_DS.pdf".
    static QString fileName(int year, const QString &groupCode, const QString &unitCode);
};

} // namespace parindex
