#include "demoprovince.h"

#include "desk/publication.h"
#include "io/formats.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/storecopy.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

struct GroupSpec
{
    QString code;
    QString name;
};

// FNV-1a: a seed per unit and year that does not depend on the order units are visited in.
quint32 mix(quint32 seed, const QString &text, int year)
{
    quint32 h = 2166136261u ^ seed;
    const QByteArray bytes = text.toUtf8() + QByteArray::number(year);
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) { }
    double uniform(double low, double high) { return low + (high - low) * m_rng.generateDouble(); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    // Box-Muller, so that the numbers do not depend on the standard library's distributions.
    double normal(double sigma)
    {
        const double u1 = 1.0 - m_rng.generateDouble();
        const double u2 = m_rng.generateDouble();
        return sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    QRandomGenerator m_rng;
};

// A value on a grid of `step` ten-thousandths, within [0, max].
Fixed onGrid(double value, Fixed max, qint64 step)
{
    const qint64 raw = qint64(std::llround(value * Fixed::Scale / double(step))) * step;
    return Fixed::min(max, Fixed::max(Fixed(), Fixed::fromRaw(raw)));
}

Result<QByteArray> resource(const QString &name)
{
    QFile file(u":/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            Error::Kind::Internal, DemoProvince::tr("The demo data file %1 is missing from the program.").arg(name)};
    return file.readAll();
}

template<typename T>
Result<T> parseResource(const QString &name, const std::function<Result<T>(const CsvTable &)> &parse)
{
    const auto bytes = resource(name);
    if (!bytes)
        return bytes.error();
    const auto table = CsvReader::parse(*bytes, name);
    if (!table)
        return table.error();
    return parse(*table);
}

// Latent quality of a unit: most are good, a few excellent, a few weak.
struct Profile
{
    double quality = 0.8;
    double trend = 0.0;
    bool withoutProcedures = false; // an agency without administrative procedures: area 3 does not apply
};

Profile profileOf(quint32 seed, const Unit &unit, qsizetype position)
{
    Dice dice(mix(seed, unit.code, 0));
    Profile p;
    const double draw = dice.uniform(0.0, 1.0);
    if (position % 9 == 4)
        p.quality = dice.uniform(0.45, 0.58); // a weak unit in every group
    else if (draw < 0.3)
        p.quality = dice.uniform(0.90, 0.97);
    else
        p.quality = dice.uniform(0.70, 0.90);
    p.trend = dice.uniform(-0.015, 0.025);
    p.withoutProcedures = unit.groupCode == u"SO" && unit.name.startsWith(u"Ban ");
    return p;
}

const QStringList notes = {
    u"Thiếu tài liệu kiểm chứng"_s,
    u"Tài liệu kiểm chứng không đúng thời hạn"_s,
    u"Báo cáo chưa đầy đủ nội dung theo yêu cầu"_s,
    u"Đã giải trình, Hội đồng chấp nhận một phần"_s,
};

QList<ScoreRow> generateScores(
    quint32 seed, const CriteriaTree &tree, const Unit &unit, const Profile &profile, int year, bool leaveIncomplete)
{
    Dice dice(mix(seed, unit.code, year));
    const double quality = profile.quality + profile.trend * (year - DemoProvince::FirstYear) + dice.normal(0.02);
    const QString areaWithoutProcedures = u"3"_s;
    QList<ScoreRow> rows;
    int skipped = 0;
    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        ScoreRow row;
        row.unitCode = unit.code;
        row.criterionCode = c.code;
        if (profile.withoutProcedures && tree.at(tree.areaOf(i)).code == areaWithoutProcedures) {
            row.notApplicable = true;
            rows.append(row);
            continue;
        }
        if (c.isDeduction()) {
            if (dice.chance(0.06)) {
                row.appraised = Fixed::min(c.maxPoints, Fixed::fromRaw(Fixed::Scale / 2 * (1 + int(dice.chance(0.3)))));
                row.note = u"Bị cơ quan có thẩm quyền kết luận có sai phạm"_s;
                rows.append(row);
            }
            continue;
        }
        const double share = std::clamp(quality + dice.normal(0.07), 0.0, 1.0);
        Fixed appraised;
        Fixed self;
        if (c.kind == CriterionKind::Rate) {
            const double rate = share > 0.86 ? 100.0 : std::clamp(share * 100.0 + 8.0, 0.0, 100.0);
            appraised = onGrid(rate, Fixed::fromInt(100), 1000);
            self = Fixed::min(Fixed::fromInt(100),
                appraised + onGrid(dice.chance(0.3) ? dice.uniform(0, 8) : 0, Fixed::fromInt(100), 1000));
        } else {
            const qint64 step = c.kind == CriterionKind::Survey ? 100 : (c.maxPoints >= Fixed::fromInt(1) ? 2500 : 500);
            appraised = onGrid(share * c.maxPoints.toDouble(), c.maxPoints, step);
            const double bump = dice.chance(0.35) ? dice.uniform(0.0, 0.25) * c.maxPoints.toDouble() : 0.0;
            self = onGrid(appraised.toDouble() + bump, c.maxPoints, step);
        }
        row.selfValue = self;
        row.appraised = appraised;
        if (self != appraised && dice.chance(0.7))
            row.note = notes[int(dice.uniform(0, notes.size() - 0.001))];
        // The last year's incomplete unit: two criteria still wait for the council's appraisal.
        if (leaveIncomplete && skipped < 2 && c.kind == CriterionKind::Score && dice.chance(0.2)) {
            row.appraised.reset();
            ++skipped;
        }
        rows.append(row);
    }
    return rows;
}

// A one-page PDF that says what it stands for (ASCII: the built-in Helvetica has no Vietnamese letters), for the
// demonstration's evidence documents.
QByteArray samplePdf(const QString &title, const QString &unitName)
{
    const auto ascii = [](const QString &text) {
        QString plain = text.normalized(QString::NormalizationForm_D);
        plain.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s));
        plain.replace(u'đ', u'd').replace(u'Đ', u'D');
        return plain.replace(u'\\', u' ').replace(u'(', u'[').replace(u')', u']').toLatin1();
    };
    const QByteArray text = "BT /F1 14 Tf 60 760 Td (" + ascii(title) + ") Tj 0 -24 Td /F1 11 Tf (" + ascii(unitName)
        + ") Tj 0 -18 Td (Tai lieu kiem chung - du lieu minh hoa cua tinh Minh Hoa) Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Evidence documents of the first units of a period, on its first leaves: what the units attached to their
// self-assessment. The same plan is attached twice (kept once in the file).
Status attachEvidence(Database &db, qint64 periodId, const CriteriaTree &tree, const QList<Unit> &units, int year)
{
    const QList<qsizetype> leaves = tree.leaves();
    if (leaves.size() < 2)
        return {};
    const QByteArray plan = samplePdf(u"Ke hoach cai cach hanh chinh nam %1"_s.arg(year), u"UBND tinh Minh Hoa"_s);
    for (qsizetype i = 0; i < std::min<qsizetype>(units.size(), 2); ++i) {
        const QList<QPair<QString, QByteArray>> documents = {
            {u"Kế hoạch CCHC năm %1.pdf"_s.arg(year), plan},
            {u"Báo cáo kết quả CCHC - %1.pdf"_s.arg(units[i].code),
                samplePdf(u"Bao cao ket qua CCHC nam %1"_s.arg(year), units[i].name)},
        };
        for (qsizetype d = 0; d < documents.size(); ++d) {
            Evidence e;
            e.unitCode = units[i].code;
            e.criterionCode = tree.at(leaves[d]).code;
            e.name = documents[d].first;
            if (const auto added = db.addEvidence(periodId, e, documents[d].second); !added)
                return added.error();
        }
    }
    return {};
}
} // namespace

Status DemoProvince::fill(Database &db, quint32 seed)
{
    const QList<GroupSpec> groups = {
        {u"SO"_s, u"Sở, ban, ngành cấp tỉnh"_s},
        {u"HUYEN"_s, u"UBND cấp huyện"_s},
        {u"XA"_s, u"UBND cấp xã"_s},
    };
    int position = 0;
    for (const GroupSpec &g : groups) {
        if (const Status s = db.saveGroup({g.code, g.name, position++}); !s)
            return s;
    }
    const auto units = parseResource<QList<Unit>>(u"units.csv"_s, &FileFormats::parseUnits);
    if (!units)
        return units.error();
    if (const Status s = db.importUnits(*units); !s)
        return s;

    for (const GroupSpec &g : groups) {
        const auto tree = parseResource<CriteriaTree>(u"criteria_%1.csv"_s.arg(g.code), &FileFormats::parseCriteria);
        if (!tree)
            return tree.error();
        QList<Unit> members;
        for (const Unit &u : *units) {
            if (u.groupCode == g.code)
                members.append(u);
        }
        // A commune in the middle of the list is still being appraised in the last year.
        const QString incompleteUnit = g.code == u"XA" && members.size() > 6 ? members[6].code : QString();

        for (int year = FirstYear; year <= LastYear; ++year) {
            const auto period
                = db.addPeriod(year, g.code, year > FirstYear ? std::optional<int>(year - 1) : std::nullopt);
            if (!period)
                return period.error();
            if (year == FirstYear) {
                if (const Status s = db.replaceCriteria(period->id, *tree); !s)
                    return s;
            }
            QList<ScoreRow> rows;
            for (qsizetype i = 0; i < members.size(); ++i) {
                const Unit &u = members[i];
                if (!u.takesPartIn(year))
                    continue;
                rows += generateScores(
                    seed, *tree, u, profileOf(seed, u, i), year, year == LastYear && u.code == incompleteUnit);
            }
            if (const Status s = db.importScores(period->id, rows); !s)
                return s;
            if (g.code == u"SO" && year >= LastYear - 1) {
                if (const Status s = attachEvidence(db, period->id, *tree, members, year); !s)
                    return s;
            }
            // The decision texts default from the province's name; the rest the council edits per period.
            if (const Status s = db.setDecisionTexts(period->id, u"{\"province\":\"Minh Hòa\"}"_s); !s)
                return s;
            const QString number = u"%1/QĐ-UBND"_s.arg(300 + 17 * (year - FirstYear) + int(position++));
            const QDate signedOn(year + 1, 2, 10 + (year - FirstYear) * 3);
            if (const Status s = year < LastYear ? Publication::finalize(db, period->id, number, signedOn)
                                                 : db.setPeriodStatus(period->id, PeriodStatus::Appraising);
                !s)
                return s;
        }
    }
    return {};
}

Status DemoProvince::createFile(const QString &path, quint32 seed)
{
    // On a server: made as a file in a temporary folder, then copied as `copy` does (into an empty database only,
    // checked before it is kept, the database emptied again otherwise); the temporary file goes in any case.
    if (ServerAddress::isAddress(path)) {
        const QTemporaryDir folder;
        if (!folder.isValid())
            return Error {Error::Kind::Io,
                tr("The demonstration province for %1 could not be made: no temporary folder (%2). Nothing was "
                   "changed.")
                    .arg(path, folder.errorString())};
        const QString file = folder.filePath(u"demo.parindex"_s);
        if (const Status s = createFile(file, seed); !s)
            return s;
        const auto made = Database::open(file, Database::Access::ReadOnly);
        if (!made)
            return made.error();
        const auto copied = StoreCopy::copy(**made, path, &Publication::check);
        if (!copied)
            return copied.error();
        return {};
    }
    // A file: made beside its name, then renamed.
    if (QFileInfo::exists(path))
        return Error {Error::Kind::CannotOpen,
            tr("%1 already exists; a new file is never written over an existing one.")
                .arg(QDir::toNativeSeparators(path))};
    const QFileInfo target(path);
    const QString temporary
        = u"%1/.%2.%3.tmp"_s.arg(target.absolutePath(), target.fileName(), QUuid::createUuid().toString(QUuid::Id128));
    const auto cleanUp = [&] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(temporary + suffix);
    };
    {
        auto db = Database::create(temporary);
        if (!db)
            return db.error();
        if (const Status s = fill(**db, seed); !s) {
            db = Error {};
            cleanUp();
            return s;
        }
    }
    if (QFileInfo::exists(temporary + u"-wal"_s) || !QFile::rename(temporary, path)) {
        cleanUp();
        return Error {
            Error::Kind::Io, tr("The demo file could not be moved to %1.").arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

} // namespace parindex
