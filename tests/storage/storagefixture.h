#pragma once

#include "storage/database.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

// A small province file: group HUYEN with two districts, a 2023 period with a 3-leaf tree.
namespace parindex::storagefixture {

using namespace Qt::StringLiterals;

inline QDateTime fixedClock()
{
    return QDateTime(QDate(2024, 2, 2), QTime(8, 30), Qt::UTC);
}

inline CriteriaTree smallTree()
{
    QList<Criterion> list = {
        {u"1"_s, u"Thẩm định"_s, Fixed::fromInt(70), CriterionKind::Group, {}},
        {u"1.1"_s, u"Chỉ đạo, điều hành"_s, Fixed::fromInt(30), CriterionKind::Score, {}},
        {u"1.2"_s, u"Tỷ lệ hồ sơ đúng hạn"_s, Fixed::fromInt(40), CriterionKind::Rate, RateRule::linear()},
        {u"2"_s, u"Khảo sát"_s, Fixed::fromInt(30), CriterionKind::Survey, {}},
    };
    return *CriteriaTree::build(list);
}

// Creates the file and returns the open database and the period id.
inline std::unique_ptr<Database> makeProvince(
    const QString &path, qint64 *periodId, int schemaVersion = Database::SchemaVersion)
{
    auto db = Database::create(path, schemaVersion);
    if (!db)
        qFatal("create: %s", qPrintable(db.error().text()));
    (*db)->setClock(&fixedClock);
    (*db)->setUserName(u"thư ký"_s);
    const auto must = [](const Status &s) {
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
    };
    must((*db)->saveGroup({u"HUYEN"_s, u"UBND cấp huyện"_s, 1}));
    must((*db)->importUnits({{0, u"DS"_s, u"Đông Sơn"_s, u"HUYEN"_s, {}, {}, true},
        {0, u"HH"_s, u"Hoằng Hóa"_s, u"HUYEN"_s, {}, {}, true}}));
    const auto period = (*db)->addPeriod(2023, u"HUYEN"_s);
    if (!period)
        qFatal("%s", qPrintable(period.error().text()));
    must((*db)->replaceCriteria(period->id, smallTree()));
    *periodId = period->id;
    return std::move(db).value();
}

// What a period publishes when a storage test finalises it (the ranking is computed above storage).
inline Result<QJsonObject> publishNothing(const Database &)
{
    return QJsonObject {{u"ranking"_s, u"computed by the caller"_s}};
}

inline ScoreEntry appraised(const char *value, const char *self = nullptr)
{
    ScoreEntry e;
    e.appraised = Fixed::parse(QString::fromUtf8(value));
    if (self)
        e.selfValue = Fixed::parse(QString::fromUtf8(self));
    return e;
}

// An attachment to make: the cell and the file's name (the store fills in the rest).
inline Evidence attachment(const QString &unit, const QString &criterion, const QString &name)
{
    Evidence e;
    e.unitCode = unit;
    e.criterionCode = criterion;
    e.name = name;
    return e;
}

// A small PDF whose bytes are every byte value, with what a text copy must escape (NUL, tab, newline, backslash):
// what an evidence content must come back as, byte for byte, from every engine and every copy.
inline QByteArray samplePdf(char variant = 'a')
{
    QByteArray bytes("%PDF-1.4\n% evidence ");
    bytes += variant;
    bytes += '\n';
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    bytes += QByteArray("\\x00\t\\N\r\n", 9);
    bytes += "%%EOF\n";
    return bytes;
}

} // namespace parindex::storagefixture
