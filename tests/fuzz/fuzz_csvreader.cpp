// Fuzz target: any bytes through CsvReader (encodings, delimiters, quoting) and, when they read as a table,
// through every format that checks a table (units, criteria, scores, survey) and the column mapping.
#include "fuzztargets.h"

#include "io/columnmapping.h"
#include "io/formats.h"

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
const CriteriaTree &tree()
{
    static const CriteriaTree t = [] {
        QList<Criterion> list = {
            {u"1"_s, u"Chỉ đạo"_s, Fixed::fromInt(10), CriterionKind::Group, {}},
            {u"1.1"_s, u"Kế hoạch"_s, Fixed::fromInt(4), CriterionKind::Score, {}},
            {u"1.2"_s, u"Tỷ lệ"_s, Fixed::fromInt(6), CriterionKind::Rate, RateRule::linear()},
            {u"1.3"_s, u"Chậm"_s, Fixed::fromInt(1), CriterionKind::Deduction, {}},
            {u"2"_s, u"Khảo sát"_s, Fixed::fromInt(90), CriterionKind::Survey, {}},
        };
        return *CriteriaTree::build(list);
    }();
    return t;
}

const QList<Unit> &units()
{
    static const QList<Unit> list = {
        {0, u"DS"_s, u"Đông Sơn"_s, u"HUYEN"_s, {}, {}, true}, {0, u"HH"_s, u"Hoằng Hóa"_s, u"HUYEN"_s, {}, {}, true}};
    return list;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = CsvReader::parse(bytes, u"fuzz.csv"_s);
    if (!table)
        return 0;
    (void)FileFormats::parseUnits(*table);
    (void)FileFormats::parseCriteria(*table);
    (void)FileFormats::parseScores(*table, tree(), units());
    (void)FileFormats::parseSurvey(*table, tree(), units());
    const CsvTable mapped
        = ColumnMapping::apply(*table, ColumnMapping::guess(*table, ColumnMapping::Kind::Scores, tree()));
    (void)FileFormats::parseScores(mapped, tree(), units());
    return 0;
}
