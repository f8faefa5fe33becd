// Fuzz target: XlsxReader. Input that starts with "PK" is a whole .xlsx file (zip structure, relationships,
// limits); any other input is split at NUL bytes into the XML of a sheet, its shared strings, its styles and
// its workbook, and zipped into a valid workbook here, so that mutations reach the XML readers instead of
// stopping at the zip's checksums. A table that reads is checked as a scores file, as the import does.
#include "fuzztargets.h"

#include "io/formats.h"
#include "io/xlsx/xlsxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QtCore/QBuffer>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray zip(const QList<QPair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip z(&buffer);
    if (!z.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, data] : parts) {
        QuaZipFile f(&z);
        // Stored, not deflated: cheaper per run, and the reader unpacks both the same way.
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0))
            return {};
        f.write(data);
        f.close();
    }
    z.close();
    return bytes;
}

QByteArray workbookOf(const QByteArray &input)
{
    const QList<QByteArray> pieces = input.split('\0');
    const QByteArray sheet = pieces.value(0), strings = pieces.value(1), styles = pieces.value(2);
    const QByteArray workbook = pieces.size() > 3 ? pieces.value(3)
                                                  : "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs
            + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Type=\"" + relNs
        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + relNs
        + "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" + relNs
        + "/styles\" Target=\"styles.xml\"/></Relationships>";
    return zip({{u"xl/workbook.xml"_s, workbook}, {u"xl/_rels/workbook.xml.rels"_s, rels},
        {u"xl/worksheets/sheet1.xml"_s, sheet}, {u"xl/sharedStrings.xml"_s, strings}, {u"xl/styles.xml"_s, styles}});
}

const CriteriaTree &tree()
{
    static const CriteriaTree t = [] {
        QList<Criterion> list = {
            {u"1"_s, u"Chỉ đạo"_s, Fixed::fromInt(10), CriterionKind::Group, {}},
            {u"1.1"_s, u"Kế hoạch"_s, Fixed::fromInt(10), CriterionKind::Score, {}},
            {u"2"_s, u"Khảo sát"_s, Fixed::fromInt(90), CriterionKind::Survey, {}},
        };
        return *CriteriaTree::build(list);
    }();
    return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : workbookOf(input);
    // Small limits, so that a run stays fast and the limits themselves are exercised.
    XlsxLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 8 * 1024 * 1024;
    limits.maxRows = 5000;
    limits.maxColumns = 200;
    limits.maxCells = 20000;
    (void)XlsxReader::sheetNames(bytes, u"fuzz.xlsx"_s, limits);
    const auto table = XlsxReader::parse(bytes, u"fuzz.xlsx"_s, {}, {}, limits);
    if (table) {
        const QList<Unit> units = {{0, u"DS"_s, u"Đông Sơn"_s, u"HUYEN"_s, {}, {}, true}};
        (void)FileFormats::parseScores(*table, tree(), units);
        (void)FileFormats::parseSurvey(*table, tree(), units);
    }
    return 0;
}
