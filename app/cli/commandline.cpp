#include "commandline.h"

#include "demo/demoprovince.h"
#include "desk/auditanchors.h"
#include "desk/filetransfer.h"
#include "desk/periodranking.h"
#include "desk/publication.h"
#include "desk/rankingtext.h"
#include "files/outputfile.h"
#include "io/formats.h"
#include "io/xlsx/tablefile.h"
#include "render/decision/decisionreadiness.h"
#include "render/decision/rankingprint.h"
#include "storage/database.h"
#include "storage/storecopy.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList valueOptions = {u"db"_s, u"lang"_s, u"year"_s, u"group"_s, u"copy-from"_s, u"format"_s, u"out"_s,
    u"number"_s, u"date"_s, u"signer"_s, u"layout"_s, u"units"_s, u"from"_s, u"to"_s, u"sheet"_s, u"unit"_s,
    u"digest"_s, u"deadline"_s, u"login"_s, u"role"_s, u"areas"_s, u"id"_s, u"criterion"_s, u"weights"_s, u"scores"_s,
    u"draws"_s, u"seed"_s, u"criteria"_s, u"value"_s, u"bands"_s, u"scenario"_s, u"save"_s};
const QStringList flagOptions = {u"charts"_s, u"demo"_s, u"help"_s, u"stacked"_s, u"keep-scores"_s, u"drop-scores"_s,
    u"force"_s, u"password-stdin"_s, u"replace"_s};

// What each command takes besides --db, --lang and --help. Any other option is refused before anything is done:
// an option that a command would ignore (a --year on a whole copy, --units on rank) does not do what it says.
const QHash<QString, QStringList> &commandOptions()
{
    static const QHash<QString, QStringList> options = {
        {u"init"_s, {u"demo"_s}},
        {u"units"_s, {u"sheet"_s, u"keep-scores"_s}},
        {u"period"_s, {u"year"_s, u"group"_s, u"copy-from"_s}},
        {u"roster"_s, {u"year"_s, u"group"_s, u"sheet"_s}},
        {u"criteria"_s, {u"year"_s, u"group"_s, u"sheet"_s, u"drop-scores"_s}},
        {u"scores"_s, {u"year"_s, u"group"_s, u"sheet"_s, u"layout"_s}},
        {u"survey"_s, {u"year"_s, u"group"_s, u"sheet"_s}},
        {u"template"_s, {u"year"_s, u"group"_s, u"unit"_s, u"out"_s}},
        {u"rank"_s, {u"year"_s, u"group"_s, u"format"_s, u"out"_s, u"date"_s}},
        {u"trend"_s, {u"group"_s, u"units"_s, u"from"_s, u"to"_s, u"format"_s, u"out"_s}},
        {u"chart"_s,
            {u"group"_s, u"year"_s, u"units"_s, u"from"_s, u"to"_s, u"stacked"_s, u"out"_s, u"weights"_s, u"scores"_s,
                u"draws"_s, u"seed"_s}},
        {u"robustness"_s,
            {u"year"_s, u"group"_s, u"weights"_s, u"scores"_s, u"draws"_s, u"seed"_s, u"format"_s, u"out"_s}},
        {u"decision"_s, {u"year"_s, u"group"_s, u"out"_s, u"number"_s, u"date"_s, u"signer"_s, u"charts"_s}},
        {u"notice"_s, {u"year"_s, u"group"_s, u"unit"_s, u"out"_s, u"number"_s, u"date"_s, u"deadline"_s}},
        {u"finalize"_s, {u"year"_s, u"group"_s, u"number"_s, u"date"_s, u"force"_s}},
        {u"check"_s, {u"digest"_s, u"year"_s, u"group"_s}},
        {u"backup"_s, {u"out"_s}},
        {u"member"_s, {u"login"_s, u"role"_s, u"group"_s, u"areas"_s, u"unit"_s, u"password-stdin"_s}},
        {u"evidence"_s, {u"year"_s, u"group"_s, u"unit"_s, u"criterion"_s, u"id"_s, u"out"_s}},
        {u"copy"_s, {u"from"_s, u"to"_s, u"year"_s, u"group"_s}},
        {u"upgrade"_s, {}},
        {u"explain"_s, {u"year"_s, u"group"_s, u"unit"_s, u"from"_s, u"format"_s, u"out"_s}},
        {u"summary"_s, {u"year"_s, u"group"_s, u"unit"_s, u"format"_s, u"out"_s}},
        {u"whatif"_s,
            {u"year"_s, u"group"_s, u"criteria"_s, u"bands"_s, u"scenario"_s, u"save"_s, u"replace"_s, u"format"_s,
                u"out"_s}},
        {u"impact"_s, {u"year"_s, u"group"_s, u"unit"_s, u"criterion"_s, u"value"_s, u"format"_s, u"out"_s}},
    };
    return options;
}

QLocale localeFor(const QString &lang)
{
    QLocale locale = lang == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                   : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}
} // namespace

QLocale CommandLine::textLocale() const
{
    return localeFor(option(u"lang"_s));
}

CommandLine::CommandLine(QStringList arguments) : m_arguments(std::move(arguments)), m_err(stderr)
{ }

int CommandLine::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Usage:
        return WrongUsage;
    case Error::Kind::BadData:
    case Error::Kind::NotFound:
        return BadData;
    case Error::Kind::CannotOpen:
    case Error::Kind::NotOurs:
    case Error::Kind::TooNew:
    case Error::Kind::Locked:
    case Error::Kind::ReadOnly:
    case Error::Kind::Final:
    case Error::Kind::Io:
    case Error::Kind::Corrupt:
    case Error::Kind::Cancelled:
    case Error::Kind::Conflict:
    case Error::Kind::Internal:
        return CannotOpen;
    }
    return CannotOpen;
}

bool CommandLine::parse()
{
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments[i];
        if (!arg.startsWith(u"--")) {
            m_words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flagOptions.contains(name) && eq < 0) {
            m_options.insert(name, u"1"_s);
        } else if (valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= m_arguments.size()) {
                    m_parseProblem = tr("The option --%1 needs a value.").arg(name);
                    return false;
                }
                value = m_arguments[++i];
            }
            m_options.insert(name, value);
        } else {
            m_parseProblem = tr("Unknown option %1.").arg(arg);
            return false;
        }
    }
    return true;
}

void CommandLine::installTranslator()
{
    QString lang = option(u"lang"_s);
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Vietnamese ? u"vi"_s : u"en"_s;
    m_options.insert(u"lang"_s, lang);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(u":/i18n/parindex_"_s + lang))
        QCoreApplication::installTranslator(translator);
}

int CommandLine::usage(const QString &problem)
{
    const QString text = tr(
        "Usage: parindex-cli --db FILE|ADDRESS [--lang vi|en] COMMAND [options]\n"
        "Commands:\n"
        "  init [--demo]                                   create a database; --demo fills an illustrative province\n"
        "  units import FILE [--sheet NAME] [--keep-scores]\n"
        "                                                  add or update units (units.csv); the rosters of years\n"
        "                                                  that are not final follow, final years never change\n"
        "  units lineage import|export FILE [--sheet NAME]\n"
        "                                                  which units continue which (lineage.csv: mergers,\n"
        "                                                  splits, new codes); an import replaces the record\n"
        "  roster import|export --year Y --group G FILE [--sheet NAME]\n"
        "                                                  the units a period ranks and their names that year\n"
        "  period add --year Y --group G [--copy-from Y0]  open a period\n"
        "  criteria import|export --year Y --group G FILE [--sheet NAME] [--drop-scores]\n"
        "                                                  an import that would delete scores is refused unless\n"
        "                                                  --drop-scores (the deleted values stay in the audit log)\n"
        "  criteria map [import|export] --year Y --group G FILE [--sheet NAME]\n"
        "                                                  which criterion of the previous year each criterion\n"
        "                                                  continues (criteria_map.csv); empty: a new one\n"
        "  scores import|export --year Y --group G FILE [--sheet NAME] [--layout long|wide]\n"
        "  survey import --year Y --group G FILE [--sheet NAME]\n"
        "                                                  survey points or answer counts into the survey criteria\n"
        "  template --year Y --group G --unit CODE --out FILE\n"
        "                                                  a unit's self-assessment template\n"
        "  rank --year Y --group G [--format table|csv|json] [--out FILE]\n"
        "                                                  --out FILE.pdf prints the ranking table for people (A4\n"
        "                                                  landscape), dated --date YYYY-MM-DD or today\n"
        "  trend --group G [--units A,B] [--from Y1] [--to Y2] [--format csv|json] [--out FILE]\n"
        "  explain --group G --unit CODE --year Y [--from Y0] [--format text|json] [--out FILE]\n"
        "                                                  why a unit moved: the change of its index split by area\n"
        "                                                  (adding up exactly), its rank change, who it passed\n"
        "  chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] [--stacked]\n"
        "        --out FILE.png|.svg|.pdf                  charts of a group over the years\n"
        "  robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]\n"
        "        [--format text|csv|json] [--out FILE]     how robust the order is: the ranking drawn again with\n"
        "                                                  each area's maximum within ±P% (20% unless given; each\n"
        "                                                  appraised leaf within ±Q% of its maximum with --scores),\n"
        "                                                  N draws (1000 unless given) from seed S (1); per unit its\n"
        "                                                  median rank, the 5th-95th percentile of its rank (nearest\n"
        "                                                  rank) and the share of the draws in each class\n"
        "  chart robustness --year Y --group G [--weights P%] [--scores Q%] [--draws N] [--seed S]\n"
        "        --out FILE.png|.svg|.pdf                  the same as ranges of ranks, in the ranking's order\n"
        "  decision --year Y [--group G] --out FILE.pdf [--number N --date YYYY-MM-DD --signer NAME] [--charts]\n"
        "                                                  the ranking decision; all groups when --group is omitted;\n"
        "                                                  --charts ends each annex with its comparison chart\n"
        "  notice --year Y --group G [--unit CODE] --out FILE.pdf [--number N] [--date YYYY-MM-DD]\n"
        "        [--deadline YYYY-MM-DD]                   notices of appraisal results to the units (each on new\n"
        "                                                  pages): sheet, provisional index and rank, deadline for\n"
        "                                                  explanations; only that unit with --unit\n"
        "  finalize --year Y --group G --number N --date YYYY-MM-DD [--force]\n"
        "                                                  refused while the decision has blanks, no signer,\n"
        "                                                  criteria that do not add up or units without scores\n"
        "                                                  or class; --force finalises all the same\n"
        "  check [--digest XXXX-XXXX [--year Y --group G]]\n"
        "                                                  integrity and consistency report; every final period's\n"
        "                                                  ranking computed again and compared with what it "
        "published;\n"
        "                                                  --digest: the file against a printed decision's digest\n"
        "  whatif --year Y --group G [--criteria FILE] [--bands FILE] [--save NAME [--replace]]\n"
        "         [--format csv|json] [--out FILE]\n"
        "  whatif --year Y --group G --scenario NAME [--format csv|json] [--out FILE]\n"
        "                                                  every unit's index, rank and class under another\n"
        "                                                  criteria file (other maxima or rules) and/or bands\n"
        "                                                  file (class,min_index), or a scenario saved in the\n"
        "                                                  file, beside the real ones; the period never changes;\n"
        "                                                  --save keeps the scenario under NAME (--replace: in\n"
        "                                                  place of the one of that name)\n"
        "  impact --year Y --group G --unit CODE --criterion C --value V|na [--format text|json] [--out FILE]\n"
        "                                                  the units whose rank or class one corrected appraised\n"
        "                                                  value would change; nothing in the database changes\n"
        "  backup --out FILE                               consistent copy of the database\n"
        "  upgrade                                         an older store to this version: a server store only so,\n"
        "                                                  by its owner, after a backup (pg_dump); a file as opening\n"
        "                                                  it does, after its copy FILE.vN.bak\n"
        "  summary --year Y [--group G] [--unit CODE] [--format text|json] [--out FILE]\n"
        "                                                  the news of the ranking in --lang's words: averages and\n"
        "                                                  their change, units per class, first and last, the\n"
        "                                                  largest rises and falls over one and two years, the\n"
        "                                                  unit's rank k/N; --out FILE.png|.svg|.pdf draws it\n"
        "                                                  on one page\n"
        "  evidence add --year Y --group G --unit CODE --criterion C FILE\n"
        "                                                  attaches an evidence document (PDF, image, office file,\n"
        "                                                  at most 20 MB) to a unit's cell\n"
        "  evidence list --year Y --group G [--unit CODE]  the documents attached, with their ids\n"
        "  evidence get --year Y --group G --id N --out FILE\n"
        "                                                  writes a document out; evidence remove ... --id N takes\n"
        "                                                  it away\n"
        "  member add --login NAME --role secretary|appraiser|unit [--group G] [--areas 2,5] [--unit CODE]\n"
        "        [--password-stdin]                        a member of the council on a server store: a login of\n"
        "                                                  the server with what it may change, enforced by the\n"
        "                                                  server (needs a login that may create roles);\n"
        "                                                  --password-stdin reads its password from the first line\n"
        "  member list | member remove --login NAME        the members; the end of a membership\n"
        "  copy --from FILE|ADDRESS --to FILE|ADDRESS      the whole store, as it is, into a new file or an empty\n"
        "                                                  server database (postgresql://USER@HOST:PORT/DB), checked\n"
        "                                                  before it is kept; needs no --db\n"
        "  copy --from FILE|ADDRESS --to FILE --year Y --group G\n"
        "                                                  archives one final period, as it was published, into a\n"
        "                                                  new file, with the earlier years of its group (its\n"
        "                                                  ranks are compared with them), every unit and the\n"
        "                                                  whole audit log\n"
        "Files may be .csv or .xlsx: a workbook is read from its first sheet unless --sheet NAME; exports,\n"
        "template, rank --out and trend --out write a workbook when the name ends in .xlsx.\n"
        "Exit status: 0 done, 1 wrong usage, 2 bad data, 3 the database or a file cannot be opened.\n");
    // Asked for (--help, or nothing to do with --help): the text is the output, on stdout. After a mistake it
    // explains the mistake, on stderr.
    if (problem.isEmpty()) {
        const Status written = OutputFile::writeStandardOutput(text.toUtf8());
        return written ? Done : fail(written.error());
    }
    m_err << problem << u'\n' << text;
    m_err.flush();
    return WrongUsage;
}

int CommandLine::printNotes(const QStringList &notes)
{
    for (qsizetype i = 0; i < notes.size(); ++i)
        m_err << (i == 0 ? tr("Note: %1").arg(notes[i]) : notes[i]) << u'\n';
    m_err.flush();
    return Done;
}

int CommandLine::fail(const Error &error)
{
    m_err << error.text() << u'\n';
    m_err.flush();
    return exitCodeFor(error);
}

bool CommandLine::requireYearAndGroup(int &year, QString &group)
{
    bool ok = false;
    year = option(u"year"_s).toInt(&ok);
    group = option(u"group"_s);
    if (!ok || year < 1900 || year > 2999) {
        usage(tr("This command needs --year with a year such as 2024."));
        return false;
    }
    if (group.isEmpty()) {
        usage(tr("This command needs --group with a group code such as SO, HUYEN or XA."));
        return false;
    }
    return true;
}

Result<std::unique_ptr<Database>> CommandLine::openDatabase(bool writable)
{
    auto db = Database::open(option(u"db"_s), writable ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (db && writable && (*db)->isReadOnly()) {
        return Error {Error::Kind::ReadOnly,
            tr("%1 cannot be changed here (%2): this command changes it. Nothing was changed.")
                .arg(QDir::toNativeSeparators(option(u"db"_s)), Database::readOnlyReason(option(u"db"_s)))};
    }
    // A file last written by an older version: its final periods keep what they show now, before any change.
    if (db && writable) {
        if (const Status s = Publication::keepOlderFinals(**db); !s)
            return s.error();
    }
    if (db) {
        m_anchorProblem = AuditAnchors::problem(**db);
        if (m_anchorProblem && m_words.value(0) != u"check")
            m_err << tr("Warning: %1").arg(*m_anchorProblem) << u'\n';
        else if (!m_anchorProblem && !writable)
            warnUnrecorded(AuditAnchors::remember(**db));
        if (writable)
            m_writtenPath = option(u"db"_s);
    }
    return db;
}

void CommandLine::warnUnrecorded(const std::optional<QString> &problem)
{
    if (problem)
        m_err << tr("Warning: %1").arg(*problem) << u'\n';
}

int CommandLine::writeOutput(const QByteArray &bytes)
{
    const QString out = option(u"out"_s);
    const Status s = out.isEmpty() ? OutputFile::writeStandardOutput(bytes) : OutputFile::write(out, bytes);
    return s ? Done : fail(s.error());
}

int CommandLine::run()
{
    const bool parsed = parse();
    installTranslator();
    if (!parsed)
        return usage(m_parseProblem);
    if (has(u"help"_s) || m_words.isEmpty())
        return usage(has(u"help"_s) ? QString() : tr("No command given."));
    if (option(u"lang"_s) != u"vi" && option(u"lang"_s) != u"en")
        return usage(tr("--lang takes vi or en."));
    // An option the command does not take is refused, named, before anything is opened.
    if (const auto taken = commandOptions().constFind(m_words.first()); taken != commandOptions().cend()) {
        QStringList given = m_options.keys();
        given.sort();
        for (const QString &name : std::as_const(given)) {
            if (name != u"db" && name != u"lang" && !taken->contains(name))
                return usage(tr("%1 does not take the option --%2: it would be ignored. Nothing was done.")
                                 .arg(m_words.first(), name));
        }
    }
    if (m_words.first() == u"copy")
        return copy();
    if (option(u"db"_s).isEmpty())
        return usage(tr("Every command needs --db FILE."));

    // A file to read or write that is the database's own (the database itself, its log): refused before anything.
    for (const QString &file : {m_words.value(2), option(u"out"_s)}) {
        if (file.isEmpty())
            continue;
        if (const Status s = Database::refuseOwnFile(option(u"db"_s), file); !s)
            return fail(s.error());
    }
    const int code = dispatch();
    // What this computer saw of the file's audit log after its own write, kept outside the file (AuditAnchors).
    if (code == Done && !m_writtenPath.isEmpty()) {
        if (const auto db = Database::open(m_writtenPath, Database::Access::ReadOnly, Database::Verify::Structure))
            warnUnrecorded(AuditAnchors::remember(**db));
    }
    return code;
}

int CommandLine::dispatch()
{
    const QString command = m_words.first();
    if (command == u"init")
        return init();
    if (command == u"units")
        return units();
    if (command == u"period")
        return period();
    if (command == u"roster")
        return roster();
    if (command == u"criteria")
        return criteria();
    if (command == u"scores")
        return scores();
    if (command == u"survey")
        return survey();
    if (command == u"template")
        return templateCommand();
    if (command == u"rank")
        return rank();
    if (command == u"explain")
        return explain();
    if (command == u"trend")
        return trend();
    if (command == u"chart")
        return m_words.value(1) == u"robustness" ? robustnessChart() : chart();
    if (command == u"robustness")
        return robustness();
    if (command == u"decision")
        return decision();
    if (command == u"notice")
        return notice();
    if (command == u"finalize")
        return finalize();
    if (command == u"check")
        return check();
    if (command == u"backup")
        return backup();
    if (command == u"member")
        return member();
    if (command == u"upgrade")
        return upgrade();
    if (command == u"evidence")
        return evidence();
    if (command == u"summary")
        return summary();
    if (command == u"whatif")
        return whatif();
    if (command == u"impact")
        return impact();
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CommandLine::init()
{
    if (has(u"demo"_s)) {
        if (const Status s = DemoProvince::createFile(option(u"db"_s)); !s)
            return fail(s.error());
    } else if (auto db = Database::create(option(u"db"_s)); !db) {
        return fail(db.error());
    }
    m_err << tr("Created %1.").arg(QDir::toNativeSeparators(option(u"db"_s))) << u'\n';
    return Done;
}

int CommandLine::units()
{
    if (m_words.value(1) == u"lineage") {
        const QString verb = m_words.value(2);
        if ((verb != u"import" && verb != u"export") || m_words.size() != 4 || has(u"keep-scores"_s))
            return usage(tr("Use: units lineage import|export FILE [--sheet NAME]"));
        auto db = openDatabase(verb == u"import");
        if (!db)
            return fail(db.error());
        const Status s = verb == u"import" ? FileTransfer::importLineage(**db, m_words[3], option(u"sheet"_s))
                                           : FileTransfer::exportLineage(**db, m_words[3]);
        return s ? Done : fail(s.error());
    }
    if (m_words.value(1) != u"import" || m_words.size() != 3)
        return usage(tr("Use: units import FILE [--sheet NAME] [--keep-scores]"));
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    if (const Status s = FileTransfer::importUnits(**db, m_words[2], option(u"sheet"_s), has(u"keep-scores"_s)); !s) {
        Error e = s.error();
        if (e.kind == Error::Kind::BadData && e.message == Database::tr("Nothing was saved."))
            e.details.append(tr("With --keep-scores, such a unit leaves those years all the same and its scores stay "
                                "in the file, out of their ranking."));
        return fail(e);
    }
    return Done;
}

int CommandLine::roster()
{
    return periodFile(tr("Use: roster import|export --year Y --group G FILE [--sheet NAME]"),
        &FileTransfer::importRoster, &FileTransfer::exportRoster);
}

int CommandLine::periodFile(const QString &use, PeriodImport importFile, PeriodExport exportFile)
{
    const QString verb = m_words.value(1);
    if ((verb != u"import" && verb != u"export") || m_words.size() != 3)
        return usage(use);
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    auto db = openDatabase(verb == u"import");
    if (!db)
        return fail(db.error());
    const Status s = verb == u"import" ? importFile(**db, year, group, m_words[2], option(u"sheet"_s))
                                       : exportFile(**db, year, group, m_words[2]);
    return s ? Done : fail(s.error());
}

int CommandLine::period()
{
    if (m_words.value(1) != u"add")
        return usage(tr("Use: period add --year Y --group G [--copy-from Y0]"));
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    std::optional<int> copyFrom;
    if (has(u"copy-from"_s)) {
        bool ok = false;
        copyFrom = option(u"copy-from"_s).toInt(&ok);
        if (!ok)
            return usage(tr("--copy-from takes a year such as 2023."));
    }
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    const auto p = (*db)->addPeriod(year, group, copyFrom);
    if (!p)
        return fail(p.error());
    // The criteria copied are checked as an import's are.
    if (copyFrom) {
        const auto tree = (*db)->criteria(p->id);
        if (!tree)
            return fail(tree.error());
        for (const QString &warning : tree->warnings())
            m_err << tr("Warning: %1").arg(warning) << u'\n';
        m_err.flush();
    }
    return Done;
}

int CommandLine::criteria()
{
    const QString use = tr("Use: criteria import|export --year Y --group G FILE [--sheet NAME] [--drop-scores]");
    if (m_words.value(1) == u"map") {
        // criteria map [import|export] --year Y --group G FILE: without a verb, the file is read.
        QStringList words = m_words.mid(2);
        const QString verb = words.size() == 2 ? words.takeFirst() : u"import"_s;
        if ((verb != u"import" && verb != u"export") || words.size() != 1 || has(u"drop-scores"_s))
            return usage(tr("Use: criteria map [import|export] --year Y --group G FILE [--sheet NAME]"));
        int year = 0;
        QString group;
        if (!requireYearAndGroup(year, group))
            return WrongUsage;
        auto db = openDatabase(verb == u"import");
        if (!db)
            return fail(db.error());
        const Status s = verb == u"import"
            ? FileTransfer::importCriteriaMap(**db, year, group, words.first(), option(u"sheet"_s))
            : FileTransfer::exportCriteriaMap(**db, year, group, words.first());
        return s ? Done : fail(s.error());
    }
    if (m_words.value(1) != u"import")
        return periodFile(use, nullptr, &FileTransfer::exportCriteria);
    if (m_words.size() != 3)
        return usage(use);
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    std::optional<QStringList> warnings;
    const Status s = FileTransfer::importCriteria(
        **db, year, group, m_words[2], option(u"sheet"_s), has(u"drop-scores"_s), &warnings);
    for (const QString &warning : warnings.value_or(QStringList()))
        m_err << tr("Warning: %1").arg(warning) << u'\n';
    if (!s) {
        Error e = s.error();
        if (warnings && e.kind == Error::Kind::BadData)
            e.details.append(tr("Give --drop-scores to delete them; the deleted values stay in the audit log."));
        return fail(e);
    }
    m_err.flush();
    return Done;
}

int CommandLine::scores()
{
    const QString verb = m_words.value(1);
    if ((verb != u"import" && verb != u"export") || m_words.size() != 3)
        return usage(tr("Use: scores import|export --year Y --group G FILE [--sheet NAME] [--layout long|wide]"));
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    const QString layout = option(u"layout"_s);
    if (!layout.isEmpty() && layout != u"long" && layout != u"wide")
        return usage(tr("--layout takes long or wide."));
    auto db = openDatabase(verb == u"import");
    if (!db)
        return fail(db.error());
    QStringList notes;
    const Status s = verb == u"import"
        ? FileTransfer::importScores(**db, year, group, m_words[2], option(u"sheet"_s), &notes)
        : FileTransfer::exportScores(**db, year, group, m_words[2],
            layout == u"wide" ? FileTransfer::ScoresLayout::Wide : FileTransfer::ScoresLayout::Long);
    return s ? printNotes(notes) : fail(s.error());
}

int CommandLine::survey()
{
    if (m_words.value(1) != u"import" || m_words.size() != 3)
        return usage(tr("Use: survey import --year Y --group G FILE [--sheet NAME]"));
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    QStringList notes;
    const Status s = FileTransfer::importSurvey(**db, year, group, m_words[2], option(u"sheet"_s), &notes);
    return s ? printNotes(notes) : fail(s.error());
}

int CommandLine::templateCommand()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    if (option(u"unit"_s).isEmpty() || option(u"out"_s).isEmpty())
        return usage(tr("Use: template --year Y --group G --unit CODE --out FILE.xlsx|FILE.csv"));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const Status s = FileTransfer::exportTemplate(**db, year, group, option(u"unit"_s), option(u"out"_s));
    return s ? Done : fail(s.error());
}

int CommandLine::rank()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"table"_s;
    if (format != u"table" && format != u"csv" && format != u"json")
        return usage(tr("--format takes table, csv or json."));
    const bool workbook = TableFile::isWorkbook(option(u"out"_s));
    if (workbook && has(u"format"_s) && format != u"csv")
        return usage(tr("--out FILE.xlsx writes the ranking table: use it without --format, or with --format csv."));
    const bool pdf = option(u"out"_s).endsWith(u".pdf"_s, Qt::CaseInsensitive);
    if (pdf && has(u"format"_s))
        return usage(tr("--out FILE.pdf prints the ranking table: use it without --format."));
    QDate printed = QDate::currentDate();
    if (has(u"date"_s)) {
        if (!pdf)
            return usage(tr("rank takes --date only with --out FILE.pdf (the date printed on its pages)."));
        printed = QDate::fromString(option(u"date"_s), Qt::ISODate);
        if (!printed.isValid())
            return usage(tr("--date takes a date as YYYY-MM-DD, such as 2024-02-02."));
    }
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    if (pdf) {
        // For people, in --lang's words and numbers; the file's path is checked before anything is drawn.
        if (const Status own = Database::refuseOwnFile((*db)->path(), option(u"out"_s)); !own)
            return fail(own.error());
        const auto document = RankingPrint::load(**db, year, group, printed, textLocale());
        if (!document)
            return fail(document.error());
        const Status s = RankingPrint::writePdf(*document, option(u"out"_s));
        return s ? Done : fail(s.error());
    }
    if (workbook) {
        const Status s = FileTransfer::exportRanking(**db, year, group, option(u"out"_s));
        return s ? Done : fail(s.error());
    }
    const auto table = rankPeriod(**db, year, group);
    if (!table)
        return fail(table.error());
    if (format == u"json")
        return writeOutput(FileFormats::writeRankingJson(*table));
    if (format == u"csv")
        return writeOutput(FileFormats::writeRankingCsv(*table));
    return writeOutput(RankingText::format(*table, textLocale()).toUtf8());
}

int CommandLine::finalize()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    const QDate date = QDate::fromString(option(u"date"_s), Qt::ISODate);
    if (option(u"number"_s).isEmpty() || !date.isValid())
        return usage(tr("finalize needs the decision's --number (e.g. 600/QĐ-UBND) and --date YYYY-MM-DD."));
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    const auto p = (*db)->period(year, group);
    if (!p)
        return fail(p.error());
    // Everything that would make the decision wrong, named; finalising waits until it is corrected.
    const auto problems = DecisionReadiness::beforeFinalising(**db, year, group, option(u"number"_s), date);
    if (!problems)
        return fail(problems.error());
    for (const QString &problem : *problems)
        m_err << tr("PROBLEM: %1").arg(problem) << u'\n';
    if (!problems->isEmpty() && !has(u"force"_s)) {
        m_err << tr(
            "%1/%2 was not finalised: the decision would be wrong (%n problem(s)). Correct them on the Decision "
            "tab, or finalise with --force.",
            nullptr, int(problems->size()))
                     .arg(QString::number(year), group)
              << u'\n';
        m_err.flush();
        return BadData;
    }
    // With --force the problems go into the audit row with the finalising: overridden, not forgotten.
    const Status s = Publication::finalize(**db, p->id, option(u"number"_s), date, *problems);
    if (!s)
        return fail(s.error());
    if (const auto kept = (*db)->published(p->id); kept && *kept)
        m_err << tr("%1/%2 is final. The decision prints the digest %3 under its annex; `check --digest %3` "
                    "confirms a file against the paper.")
                     .arg(QString::number(year), group, (*kept)->printedDigest())
              << u'\n';
    return Done;
}

int CommandLine::check()
{
    if (has(u"digest"_s) && ((has(u"year"_s) && !has(u"group"_s)) || (!has(u"year"_s) && has(u"group"_s))))
        return usage(tr("check --digest takes --year and --group together, or neither."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    CheckReport report = has(u"digest"_s)
        ? Publication::checkDigest(**db, option(u"digest"_s),
            has(u"year"_s) ? std::optional<int>(option(u"year"_s).toInt()) : std::nullopt, option(u"group"_s))
        : Publication::check(**db);
    if (m_anchorProblem)
        report.problems.append(*m_anchorProblem);
    QString text;
    for (const QString &note : report.notes)
        text += note + u'\n';
    for (const QString &problem : report.problems)
        text += tr("PROBLEM: %1").arg(problem) + u'\n';
    text += (report.ok() ? tr("No problems found.") : tr("%n problem(s) found.", nullptr, int(report.problems.size())))
        + u'\n';
    if (const Status written = OutputFile::writeStandardOutput(text.toUtf8()); !written)
        return fail(written.error());
    return report.ok() ? Done : BadData;
}

int CommandLine::copy()
{
    const QString from = option(u"from"_s);
    const QString to = option(u"to"_s);
    // One period, archived: --year and --group together.
    const bool archive = has(u"year"_s) || has(u"group"_s);
    if (m_words.size() != 1 || from.isEmpty() || to.isEmpty() || has(u"db"_s)
        || (archive && (!has(u"year"_s) || !has(u"group"_s))))
        return usage(tr("Use: copy --from FILE|ADDRESS --to FILE|ADDRESS [--year Y --group G] (without --db)"));
    int year = 0;
    QString group;
    if (archive && !requireYearAndGroup(year, group))
        return WrongUsage;
    auto source = Database::open(from, Database::Access::ReadOnly);
    if (!source)
        return fail(source.error());
    if (const auto problem = AuditAnchors::problem(**source))
        m_err << tr("Warning: %1").arg(*problem) << u'\n';
    const auto copied = archive ? StoreCopy::archivePeriod(**source, year, group, to, &Publication::check)
                                : StoreCopy::copy(**source, to, &Publication::check);
    if (!copied)
        return fail(copied.error());
    // What this computer saw of the copy's audit log: the same log, at a new place.
    if (const auto copy = Database::open(to, Database::Access::ReadOnly, Database::Verify::Structure))
        warnUnrecorded(AuditAnchors::remember(**copy));
    const QLocale locale = textLocale();
    QStringList earlier;
    for (const int y : copied->earlierYears)
        earlier.append(QString::number(y));
    m_err << (archive
            ? tr("Archived %1/%2 of %3 in %4, with the earlier years of %2 that its ranks are compared "
                 "with (%5): %6 rows of %7 tables in %8 s, checked in %9 s.")
                  .arg(QString::number(year), group, QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                      earlier.isEmpty() ? tr("none") : earlier.join(u", "_s), locale.toString(copied->rows))
            : tr("Copied %1 to %2: %3 rows of %4 tables in %5 s, checked in %6 s.")
                  .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), locale.toString(copied->rows)))
                 .arg(copied->tables)
                 .arg(locale.toString(double(copied->copyingMs) / 1000.0, 'f', 1),
                     locale.toString(double(copied->checkingMs) / 1000.0, 'f', 1))
          << u'\n';
    m_err.flush();
    return Done;
}

int CommandLine::backup()
{
    if (option(u"out"_s).isEmpty())
        return usage(tr("Use: backup --out FILE"));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const Status s = (*db)->backupTo(option(u"out"_s));
    return s ? Done : fail(s.error());
}

} // namespace parindex
