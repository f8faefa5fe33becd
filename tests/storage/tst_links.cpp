// What ties a year to the one before (issue 16): the criteria a period's criteria continue, and which units continue
// which. Filled by a copy forward and by the upgrade only where nothing is guessed; set as a whole, refused with every
// reason; following the criteria as they change; sealed and audited; and a file of schema 7 upgraded.
// Schema 9 besides: the what-if scenarios a period keeps by name (saved, replaced with the content read, deleted;
// sealed, audited, on final periods too), and a file of schema 8 upgraded.
#include "storagefixture.h"

#include <QtCore/QFileInfo>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace parindex;
using namespace parindex::storagefixture;

namespace {
// smallTree() with the titles of some codes changed ("code=title").
CriteriaTree retitled(const QStringList &changes)
{
    QList<Criterion> list = smallTree().criteria();
    for (const QString &change : changes) {
        const QString code = change.section(u'=', 0, 0);
        for (Criterion &c : list) {
            if (c.code == code)
                c.title = change.section(u'=', 1);
        }
    }
    return *CriteriaTree::build(list);
}

QList<CriterionLink> links(const QStringList &pairs) // "code>continues", "code>" for a new one
{
    QList<CriterionLink> list;
    for (const QString &p : pairs)
        list.append({p.section(u'>', 0, 0), p.section(u'>', 1)});
    return list;
}

QStringList pairs(const CriteriaMap &map)
{
    QStringList list;
    for (const CriterionLink &l : map.links)
        list.append(l.code + u'>' + l.continues);
    return list;
}
} // namespace

class TestLinks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void copyForwardLinksEveryCriterion();
    void copyOfAnOlderYearLinksNothing();
    void setMapAudited();
    void refused_data();
    void refused();
    void partialMapsAreKept();
    void firstPeriodHasNothingToContinue();
    void linksFollowTheCriteria();
    void lineageSetAndRefused();
    void editsOutsideAreFound();
    void upgradeFromSchema7();
    // Schema 9: named what-if scenarios of a period.
    void scenariosSavedReplacedDeleted();
    void scenariosRefused_data();
    void scenariosRefused();
    void scenariosOfAFinalPeriod();
    void scenarioEditedOutsideIsFound();
    void upgradeFromSchema8();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_2023 = 0;
    qint64 m_2024 = 0;
    std::unique_ptr<Database> m_db;
};

void TestLinks::init()
{
    m_db.reset();
    m_path = m_dir.filePath(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_db = makeProvince(m_path, &m_2023);
    const auto p = m_db->addPeriod(2024, u"HUYEN"_s, 2023);
    QVERIFY2(p.ok(), qPrintable(p.error().text()));
    m_2024 = p->id;
}

void TestLinks::copyForwardLinksEveryCriterion()
{
    const auto map = m_db->criteriaMap(m_2024);
    QVERIFY2(map.ok(), qPrintable(map.error().text()));
    QCOMPARE(map->year, 2024);
    QCOMPARE(map->previousYear, std::optional<int>(2023));
    QCOMPARE(pairs(*map), QStringList({u"1>1"_s, u"1.1>1.1"_s, u"1.2>1.2"_s, u"2>2"_s}));
    // The group's first period continues nothing.
    QCOMPARE(m_db->criteriaMap(m_2023)->previousYear, std::nullopt);
    QVERIFY(m_db->criteriaMap(m_2023)->links.isEmpty());
}

void TestLinks::copyOfAnOlderYearLinksNothing()
{
    // 2025 copied from 2023: its criteria are 2023's, but the year before it is 2024, whose tree may differ.
    const auto p = m_db->addPeriod(2025, u"HUYEN"_s, 2023);
    QVERIFY(p.ok());
    const auto map = m_db->criteriaMap(p->id);
    QCOMPARE(map->previousYear, std::optional<int>(2024));
    QVERIFY(map->links.isEmpty());

    // 2027 copied from 2025 (the year before it then), then 2026 added between: 2027's links name 2025, which is no
    // longer the year before, and match nothing.
    const auto p2027 = m_db->addPeriod(2027, u"HUYEN"_s, 2025);
    QVERIFY(p2027.ok());
    QCOMPARE(m_db->criteriaMap(p2027->id)->links.size(), 4);
    QVERIFY(m_db->addPeriod(2026, u"HUYEN"_s).ok());
    QCOMPARE(m_db->criteriaMap(p2027->id)->previousYear, std::optional<int>(2026));
    QVERIFY(m_db->criteriaMap(p2027->id)->links.isEmpty());
}

void TestLinks::setMapAudited()
{
    // 2024: area 1 made of the areas 1 and 2 of 2023, area 2 new; 1.1 continues 1.2 (renumbered), 1.2 new.
    const QList<CriterionLink> given = links({u"1>1"_s, u"1>2"_s, u"1.1>1.2"_s, u"1.2>"_s, u"2>"_s});
    const Status set = m_db->setCriteriaMap(m_2024, given);
    QVERIFY2(set.ok(), qPrintable(set.error().text()));
    const auto map = m_db->criteriaMap(m_2024);
    QCOMPARE(pairs(*map), QStringList({u"1>1"_s, u"1>2"_s, u"1.1>1.2"_s, u"1.2>"_s, u"2>"_s}));
    const AuditEntry entry = m_db->auditLog(1)->first();
    QCOMPARE(entry.action, u"criteria.map"_s);
    QCOMPARE(entry.entity, u"2024/HUYEN"_s);
    QCOMPARE(entry.oldValue,
        u"{\"links\":[[\"1\",\"1\"],[\"1.1\",\"1.1\"],[\"1.2\",\"1.2\"],[\"2\",\"2\"]],\"previous_year\":2023}"_s);
    QCOMPARE(entry.newValue,
        u"{\"links\":[[\"1\",\"1\"],[\"1\",\"2\"],[\"1.1\",\"1.2\"],[\"1.2\",\"\"],[\"2\",\"\"]],\"previous_year\":2023}"_s);
    // A final period's links can be set too: they are not what its decision published.
    QVERIFY(m_db->finalize(m_2024, u"12/QĐ-UBND"_s, QDate(2025, 2, 1), &publishNothing));
    QVERIFY(m_db->setCriteriaMap(m_2024, links({u"1>1"_s, u"1.1>1.1"_s, u"1.2>1.2"_s, u"2>2"_s})));
    QVERIFY(m_db->check().ok());
}

void TestLinks::refused_data()
{
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("unknown code") << QStringList {u"1>1"_s, u"2>2"_s, u"3>1"_s}
                                  << QStringList {u"2024/HUYEN has no criterion 3."_s};
    QTest::newRow("unknown continued") << QStringList {u"1>1"_s, u"2>9"_s}
                                       << QStringList {u"2023/HUYEN has no criterion 9 (given as what criterion 2 "
                                                       "continues)."_s};
    QTest::newRow("area from a criterion")
        << QStringList {u"1>1"_s, u"2>1.1"_s}
        << QStringList {u"Criterion 2 cannot continue criterion 1.1 of 2023/HUYEN: an area continues an area, and a "
                        "criterion below an area one below an area."_s};
    QTest::newRow("twice") << QStringList {u"1>1"_s, u"2>2"_s, u"2>2"_s}
                           << QStringList {u"Criterion 2 is linked to 2 of 2023/HUYEN twice."_s};
    QTest::newRow("new and continuing") << QStringList {u"1>1"_s, u"2>"_s,
        u"2>2"_s} << QStringList {u"Criterion 2 is given both as new and as continuing a criterion of 2023/HUYEN."_s};
    QTest::newRow("every reason at once")
        << QStringList {u"3>1"_s, u"2>1.1"_s}
        << QStringList {u"2024/HUYEN has no criterion 3."_s,
               u"Criterion 2 cannot continue criterion 1.1 of 2023/HUYEN: an area continues an area, and a criterion "
               "below an area one below an area."_s};
}

void TestLinks::refused()
{
    QFETCH(QStringList, given);
    QFETCH(QStringList, problems);
    const qint64 audit = m_db->auditHead()->first;
    const Status s = m_db->setCriteriaMap(m_2024, links(given));
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::BadData);
    QCOMPARE(s.error().message, u"The links of 2024/HUYEN to 2023/HUYEN were not saved."_s);
    QCOMPARE(s.error().details, problems);
    // Nothing changed.
    QCOMPARE(pairs(*m_db->criteriaMap(m_2024)), QStringList({u"1>1"_s, u"1.1>1.1"_s, u"1.2>1.2"_s, u"2>2"_s}));
    QCOMPARE(m_db->auditHead()->first, audit);
}

void TestLinks::partialMapsAreKept()
{
    // An area left without a link (what an upgrade leaves where titles differ) is saved as such: what compares
    // years names it as not linked (an undo puts such a map back).
    QVERIFY(m_db->setCriteriaMap(m_2024, links({u"1>1"_s, u"1.1>1.1"_s})));
    QCOMPARE(pairs(*m_db->criteriaMap(m_2024)), QStringList({u"1>1"_s, u"1.1>1.1"_s}));
    // An undo that finds the map changed by someone else since is refused.
    const Status s = m_db->setCriteriaMap(m_2024, links({u"1>1"_s}), links({u"1>1"_s, u"2>2"_s}));
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QCOMPARE(pairs(*m_db->criteriaMap(m_2024)), QStringList({u"1>1"_s, u"1.1>1.1"_s}));
    QVERIFY(m_db->setCriteriaMap(m_2024, links({u"1>1"_s}), links({u"1>1"_s, u"1.1>1.1"_s})));
}

void TestLinks::firstPeriodHasNothingToContinue()
{
    const Status s = m_db->setCriteriaMap(m_2023, links({u"1>"_s, u"2>"_s}));
    QVERIFY(!s);
    QCOMPARE(s.error().message,
        u"2023/HUYEN is the first period of group HUYEN: there is no earlier year whose criteria it could continue."_s);
}

void TestLinks::linksFollowTheCriteria()
{
    // 2024 renumbers 1.1 as 1.3 (same title: the same criterion) and gives 1.2 another title (another criterion).
    QList<Criterion> list = smallTree().criteria();
    list[1].code = u"1.3"_s;
    list[2].title = u"Tỷ lệ văn bản đúng hạn"_s;
    std::swap(list[1], list[2]);
    const CriteriaTree renumbered = *CriteriaTree::build(list);
    QVERIFY(m_db->replaceCriteria(m_2024, renumbered, {{u"1.1"_s, u"1.3"_s}}));
    QCOMPARE(pairs(*m_db->criteriaMap(m_2024)), QStringList({u"1>1"_s, u"1.3>1.1"_s, u"2>2"_s}));

    // 2023 gives area 2 another title: 2024's area 2 no longer continues it; 1.1 keeps its link.
    QVERIFY(m_db->replaceCriteria(m_2023, retitled({u"2=Mức độ hài lòng"_s})));
    QCOMPARE(pairs(*m_db->criteriaMap(m_2024)), QStringList({u"1>1"_s, u"1.3>1.1"_s}));
    // A renumbering of 2023 moves 2024's links with it.
    QList<Criterion> old = m_db->criteria(m_2023)->criteria();
    old[1].code = u"1.5"_s;
    std::swap(old[1], old[2]);
    QVERIFY(m_db->replaceCriteria(m_2023, *CriteriaTree::build(old), {{u"1.1"_s, u"1.5"_s}}));
    QCOMPARE(pairs(*m_db->criteriaMap(m_2024)), QStringList({u"1>1"_s, u"1.3>1.5"_s}));
    QVERIFY(m_db->check().ok());
}

void TestLinks::lineageSetAndRefused()
{
    QVERIFY(m_db->importUnits({{0, u"NX"_s, u"Nam Xuân"_s, u"HUYEN"_s, 2025, {}, true}}));
    const QList<LineageLink> merged = {{2025, u"NX"_s, u"HH"_s}, {2025, u"NX"_s, u"DS"_s}};
    QVERIFY(m_db->setLineage(merged));
    QCOMPARE(*m_db->lineage(), QList<LineageLink>({{2025, u"NX"_s, u"DS"_s}, {2025, u"NX"_s, u"HH"_s}}));
    const AuditEntry entry = m_db->auditLog(1)->first();
    QCOMPARE(entry.action, u"units.lineage"_s);
    QCOMPARE(entry.oldValue, u"{\"lineage\":[]}"_s);
    QCOMPARE(entry.newValue, u"{\"lineage\":[[2025,\"NX\",\"DS\"],[2025,\"NX\",\"HH\"]]}"_s);

    const qint64 audit = m_db->auditHead()->first;
    const Status bad = m_db->setLineage({{2025, u"NX"_s, u"ZZ"_s}, {2025, u"HH"_s, u"HH"_s}, {1800, u"DS"_s, u"NX"_s},
        {2025, u"DS"_s, u"NX"_s}, {2025, u"NX"_s, u"DS"_s}, {2026, u"NX"_s, u"DS"_s}});
    QVERIFY(!bad);
    QCOMPARE(bad.error().message, u"Which units continue which was not saved."_s);
    QCOMPARE(bad.error().details,
        QStringList({u"There is no unit with the code ZZ."_s, u"Unit HH cannot continue itself."_s,
            u"1800 is not a plausible year."_s, u"Unit DS is given twice as continuing unit NX."_s,
            u"Unit NX is given twice as continuing unit DS."_s,
            u"The units continue each other in a circle: DS continues NX continues DS."_s}));
    QCOMPARE(m_db->auditHead()->first, audit);
    QCOMPARE(m_db->lineage()->size(), 2);
    // An empty record is a record too.
    QVERIFY(m_db->setLineage({}));
    QVERIFY(m_db->lineage()->isEmpty());
}

void TestLinks::editsOutsideAreFound()
{
    QVERIFY(m_db->setLineage({{2024, u"DS"_s, u"HH"_s}}));
    QVERIFY(m_db->check().ok());
    m_db.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"UPDATE criterion_link SET previous_code = '2' WHERE code = '1'"_s));
        QVERIFY(q.exec(u"UPDATE unit_lineage SET year = 2023"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const CheckReport report = (*db)->check();
    QVERIFY(
        report.problems.contains(u"The link of criterion 1 of 2024/HUYEN to 2023 was changed outside the program."_s));
    QVERIFY(report.problems.contains(u"The record that unit DS continues unit HH was changed outside the program."_s));
    QCOMPARE((*db)->criteriaMap(m_2024).error().kind, Error::Kind::Corrupt);
}

void TestLinks::upgradeFromSchema7()
{
    const QString file = m_dir.filePath(u"v7.parindex"_s);
    QFile::remove(file);
    qint64 first = 0;
    {
        auto v7 = makeProvince(file, &first, 7);
        QCOMPARE(v7->schemaVersion(), 7);
        const auto p2024 = v7->addPeriod(2024, u"HUYEN"_s, 2023);
        QVERIFY(p2024.ok());
        // 2025: area 2 under another title, 1.2 with a code 2024 does not have.
        const auto p2025 = v7->addPeriod(2025, u"HUYEN"_s, 2024);
        QVERIFY(p2025.ok());
        QList<Criterion> list = retitled({u"2=Mức độ hài lòng của người dân"_s}).criteria();
        list[2].code = u"1.4"_s;
        QVERIFY(v7->replaceCriteria(p2025->id, *CriteriaTree::build(list)));
        QVERIFY(v7->criteriaMap(p2025->id)->links.isEmpty()); // no table yet: nothing linked
        QCOMPARE(v7->setCriteriaMap(p2025->id, {}).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(v7->setLineage({}).error().kind, Error::Kind::ReadOnly);
    }
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
    // Linked where code and title are the same, nothing else: 2025's area 2 and 1.4 are left for the council.
    QCOMPARE(pairs(*(*db)->criteriaMap((*db)->period(2024, u"HUYEN"_s)->id)),
        QStringList({u"1>1"_s, u"1.1>1.1"_s, u"1.2>1.2"_s, u"2>2"_s}));
    QCOMPARE(pairs(*(*db)->criteriaMap((*db)->period(2025, u"HUYEN"_s)->id)), QStringList({u"1>1"_s, u"1.1>1.1"_s}));
    QVERIFY((*db)->lineage()->isEmpty());
    const CheckReport report = (*db)->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

namespace {
const QString scenarioA = u"{\"bands\":[],\"criteria\":[{\"code\":\"1\"}]}"_s;
const QString scenarioB = u"{\"bands\":[],\"criteria\":[{\"code\":\"2\"}]}"_s;
} // namespace

void TestLinks::scenariosSavedReplacedDeleted()
{
    QVERIFY(m_db->scenarios(m_2024)->isEmpty());
    QVERIFY(m_db->saveScenario(m_2024, {u"  Trọng số 2025 "_s, scenarioA, {}, {}}));
    QVERIFY(m_db->saveScenario(m_2024, {u"Khảo sát 40%"_s, scenarioB, {}, {}}));
    auto list = m_db->scenarios(m_2024);
    QVERIFY2(list.ok(), qPrintable(list.error().text()));
    // By name (bytes: "K" before "T"), trimmed; who and when set by the store.
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"Khảo sát 40%"_s);
    QCOMPARE(list->at(1).name, u"Trọng số 2025"_s);
    QCOMPARE(list->at(1).content, scenarioA);
    QCOMPARE(list->at(1).savedBy, u"thư ký"_s);
    QCOMPARE(list->at(1).savedAt, fixedClock());
    QVERIFY(m_db->scenarios(m_2023)->isEmpty()); // per period
    // The period's record is not touched: its criteria and what it holds are as they were.
    QCOMPARE(m_db->criteria(m_2024)->criteria(), smallTree().criteria());

    // Replaced with the content read; the audit row keeps old and new.
    QVERIFY(m_db->saveScenario(m_2024, {u"Trọng số 2025"_s, scenarioB, {}, {}}, scenarioA));
    QCOMPARE(m_db->scenarios(m_2024)->at(1).content, scenarioB);
    auto log = m_db->auditLog(1);
    QCOMPARE(log->first().action, u"scenario.save"_s);
    QCOMPARE(log->first().entity, u"2024/HUYEN/Trọng số 2025"_s);
    QCOMPARE(log->first().oldValue, scenarioA);
    QCOMPARE(log->first().newValue, scenarioB);
    // A replace that read another content (someone saved it since) is a conflict, and nothing changes.
    const Status stale = m_db->saveScenario(m_2024, {u"Trọng số 2025"_s, scenarioA, {}, {}}, scenarioA);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(u"thư ký"_s), qPrintable(stale.error().message));
    QCOMPARE(m_db->scenarios(m_2024)->at(1).content, scenarioB);

    QCOMPARE(m_db->deleteScenario(m_2024, u"Trọng số 2025"_s, scenarioA).error().kind, Error::Kind::Conflict);
    QVERIFY(m_db->deleteScenario(m_2024, u"Trọng số 2025"_s, scenarioB));
    log = m_db->auditLog(1);
    QCOMPARE(log->first().action, u"scenario.delete"_s);
    QCOMPARE(log->first().oldValue, scenarioB);
    QCOMPARE(log->first().newValue, QString());
    QCOMPARE(m_db->deleteScenario(m_2024, u"Trọng số 2025"_s).error().kind, Error::Kind::NotFound);
    // Replacing one that was deleted meanwhile is a conflict too.
    QCOMPARE(m_db->saveScenario(m_2024, {u"Trọng số 2025"_s, scenarioA, {}, {}}, scenarioB).error().kind,
        Error::Kind::Conflict);
    QCOMPARE(m_db->scenarios(m_2024)->size(), 1);
    const CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestLinks::scenariosRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("taken name") << u"Trọng số 2025"_s << scenarioB << int(Error::Kind::BadData)
                                << u"already has a scenario named “Trọng số 2025”"_s;
    QTest::newRow("empty name") << u"   "_s << scenarioB << int(Error::Kind::BadData) << u"1 to 100 characters"_s;
    QTest::newRow("two lines") << u"a\nb"_s << scenarioB << int(Error::Kind::BadData) << u"on one line"_s;
    QTest::newRow("too long") << QString(101, u'x') << scenarioB << int(Error::Kind::BadData) << u"1 to 100"_s;
    QTest::newRow("not JSON") << u"x"_s << u"[1, 2"_s << int(Error::Kind::Internal) << u"not a JSON object"_s;
}

void TestLinks::scenariosRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(int, kind);
    QFETCH(QString, fragment);
    QVERIFY(m_db->saveScenario(m_2024, {u"Trọng số 2025"_s, scenarioA, {}, {}}));
    const qint64 entries = m_db->auditLog(1)->first().id;
    const Status s = m_db->saveScenario(m_2024, {name, content, {}, {}});
    QVERIFY(!s.ok());
    QCOMPARE(int(s.error().kind), kind);
    QVERIFY2(s.error().text().contains(fragment), qPrintable(s.error().text()));
    QCOMPARE(m_db->scenarios(m_2024)->size(), 1);
    QCOMPARE(m_db->scenarios(m_2024)->first().content, scenarioA);
    QCOMPARE(m_db->auditLog(1)->first().id, entries);
}

// A final period refuses every change of its record, but its scenarios are not its record: saved and deleted all the
// same, and what it published still checks.
void TestLinks::scenariosOfAFinalPeriod()
{
    QVERIFY(m_db->finalize(m_2023, u"600/QĐ-UBND"_s, QDate(2024, 2, 2), publishNothing));
    QCOMPARE(m_db->setBands(m_2023, ClassBands::defaults()).error().kind, Error::Kind::Final);
    QVERIFY(m_db->saveScenario(m_2023, {u"Năm trước"_s, scenarioA, {}, {}}));
    QVERIFY(m_db->saveScenario(m_2023, {u"Năm trước"_s, scenarioB, {}, {}}, scenarioA));
    QCOMPARE(m_db->scenarios(m_2023)->first().content, scenarioB);
    QVERIFY(m_db->deleteScenario(m_2023, u"Năm trước"_s));
    QVERIFY(m_db->saveScenario(m_2023, {u"Năm trước"_s, scenarioA, {}, {}}));
    const CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestLinks::scenarioEditedOutsideIsFound()
{
    QVERIFY(m_db->saveScenario(m_2024, {u"Trọng số 2025"_s, scenarioA, {}, {}}));
    m_db.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"UPDATE scenario SET content = replace(content, '\"1\"', '\"2\"')"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const CheckReport report = (*db)->check();
    QVERIFY2(report.problems.contains(u"The scenario “Trọng số 2025” of 2024/HUYEN was changed outside the program."_s),
        qPrintable(report.problems.join(u'\n')));
    QCOMPARE((*db)->scenarios(m_2024).error().kind, Error::Kind::Corrupt);
}

// A file of schema 8 (links between years, no scenarios) opens, upgrades to 9 with a backup, keeps what it held, and
// then keeps scenarios; before the upgrade it had none and refused to save one.
void TestLinks::upgradeFromSchema8()
{
    const QString file = m_dir.filePath(u"v8.parindex"_s);
    QFile::remove(file);
    qint64 first = 0;
    {
        auto v8 = makeProvince(file, &first, 8);
        QCOMPARE(v8->schemaVersion(), 8);
        QVERIFY(v8->addPeriod(2024, u"HUYEN"_s, 2023).ok());
        QVERIFY(v8->setLineage({{2024, u"DS"_s, u"HH"_s}}));
        QVERIFY(v8->scenarios(first)->isEmpty());
        QCOMPARE(v8->saveScenario(first, {u"x"_s, scenarioA, {}, {}}).error().kind, Error::Kind::ReadOnly);
    }
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
    QVERIFY(Database::SchemaVersion >= 9);
    QVERIFY(QFileInfo::exists(file + u".v8.bak"_s));
    QCOMPARE((*db)->criteria(first)->criteria(), smallTree().criteria());
    QCOMPARE((*db)->lineage()->size(), 1);
    QCOMPARE(pairs(*(*db)->criteriaMap((*db)->period(2024, u"HUYEN"_s)->id)),
        QStringList({u"1>1"_s, u"1.1>1.1"_s, u"1.2>1.2"_s, u"2>2"_s}));
    QVERIFY((*db)->scenarios(first)->isEmpty());
    QVERIFY((*db)->saveScenario(first, {u"Trọng số 2025"_s, scenarioA, {}, {}}));
    QCOMPARE((*db)->scenarios(first)->size(), 1);
    const CheckReport report = (*db)->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
