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

} // namespace parindex::storagefixture
