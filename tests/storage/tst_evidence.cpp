// Evidence documents (tài liệu kiểm chứng) in a file: the kinds accepted and refused with their reasons, the size
// limit, nothing changed by a refusal, edits outside the program found, and a file of schema 6 upgraded to hold them.
// The contract on both engines is tst_storageparts' evidence(); the server's rights are tst_serverrights'.
#include "storagefixture.h"

#include <QtCore/QFileInfo>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace parindex;
using namespace parindex::storagefixture;

namespace {
QByteArray startingWith(const QByteArray &head, qsizetype size = 64)
{
    QByteArray bytes = head;
    bytes.append(size - head.size(), 'x');
    return bytes;
}
} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void kinds_data();
    void kinds();
    void sizeLimit();
    void refusalChangesNothing_data();
    void refusalChangesNothing();
    void editOutsideIsFound_data();
    void editOutsideIsFound();
    void upgradeFromSchema6();
    void upgradeFromSchema9();

private:
    qint64 auditCount() const { return qint64(m_db->auditLog(100000)->size()); }
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_period = 0;
    std::unique_ptr<Database> m_db;
};

void TestEvidence::init()
{
    m_db.reset();
    m_path = m_dir.filePath(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_db = makeProvince(m_path, &m_period);
}

void TestEvidence::kinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType"); // empty: refused
    QTest::addColumn<QString>("reason"); // what the refusal says

    QTest::newRow("pdf") << u"Báo cáo.pdf"_s << samplePdf() << u"application/pdf"_s << QString();
    QTest::newRow("pdf after a few bytes")
        << u"scan.PDF"_s << startingWith("\r\n%PDF-1.7") << u"application/pdf"_s << QString();
    QTest::newRow("png") << u"ảnh chụp.png"_s << startingWith("\x89PNG\r\n\x1a\n") << u"image/png"_s << QString();
    QTest::newRow("jpeg") << u"a.jpg"_s << startingWith("\xff\xd8\xff\xe0") << u"image/jpeg"_s << QString();
    QTest::newRow("docx") << u"Kế hoạch.docx"_s << startingWith(QByteArray("PK\x03\x04", 4))
                          << u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s << QString();
    QTest::newRow("xls") << u"bảng.xls"_s << startingWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
                         << u"application/vnd.ms-excel"_s << QString();
    QTest::newRow("odt") << u"văn bản.odt"_s << startingWith(QByteArray("PK\x03\x04", 4))
                         << u"application/vnd.oasis.opendocument.text"_s << QString();
    QTest::newRow("executable") << u"setup.exe"_s << startingWith("MZ") << QString() << u"not a kind of document"_s;
    QTest::newRow("no extension") << u"README"_s << samplePdf() << QString() << u"not a kind of document"_s;
    QTest::newRow("empty") << u"trống.pdf"_s << QByteArray() << QString() << u"is empty"_s;
    QTest::newRow("a zip named pdf") << u"hồ sơ.pdf"_s << startingWith(QByteArray("PK\x03\x04", 4)) << QString()
                                     << u"its content is not a PDF file"_s;
    QTest::newRow("a pdf named docx") << u"hồ sơ.docx"_s << samplePdf() << QString()
                                      << u"its content is not a DOCX file"_s;
}

void TestEvidence::kinds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    QFETCH(QString, reason);
    const auto added = m_db->addEvidence(m_period, attachment(u"DS"_s, u"1.1"_s, name), content);
    if (mediaType.isEmpty()) {
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::BadData);
        QVERIFY2(added.error().message.contains(name), qPrintable(added.error().message));
        QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
        return;
    }
    QVERIFY2(added, added ? "" : qPrintable(added.error().text()));
    QCOMPARE(added->mediaType, mediaType);
    QCOMPARE(added->name, name);
    QCOMPARE(added->addedBy, u"thư ký"_s);
    QCOMPARE(added->added, fixedClock());
    QCOMPARE(*m_db->evidenceContent(m_period, added->id), content);
}

void TestEvidence::sizeLimit()
{
    const QByteArray largest = startingWith("%PDF-1.4\n", evidence::MaxBytes);
    const auto kept = m_db->addEvidence(m_period, attachment(u"DS"_s, u"1.1"_s, u"đúng giới hạn.pdf"_s), largest);
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().text()));
    QCOMPARE(m_db->evidenceContent(m_period, kept->id)->size(), evidence::MaxBytes);
    const qint64 before = auditCount();
    const auto refused = m_db->addEvidence(
        m_period, attachment(u"DS"_s, u"1.2"_s, u"quá lớn.pdf"_s), startingWith("%PDF-1.4\n", evidence::MaxBytes + 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::BadData);
    // The file, its size and the limit, and what to do.
    QVERIFY2(refused.error().message.contains(u"quá lớn.pdf is 20.0 MB, more than the 20.0 MB"_s),
        qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"Compress it"_s), qPrintable(refused.error().message));
    QCOMPARE(auditCount(), before);
    QCOMPARE(m_db->evidence(m_period)->size(), 1);
}

void TestEvidence::refusalChangesNothing_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a unit not in the ranking")
        << u"XX"_s << u"1.1"_s << int(Error::Kind::NotFound) << u"Unit XX does not take part"_s;
    QTest::newRow("a group criterion") << u"DS"_s << u"1"_s << int(Error::Kind::NotFound)
                                       << u"1 is not a criterion that takes a value"_s;
    QTest::newRow("no such criterion") << u"DS"_s << u"9.9"_s << int(Error::Kind::NotFound)
                                       << u"9.9 is not a criterion"_s;
}

void TestEvidence::refusalChangesNothing()
{
    QFETCH(QString, unit);
    QFETCH(QString, criterion);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const qint64 before = auditCount();
    const auto added = m_db->addEvidence(m_period, attachment(unit, criterion, u"a.pdf"_s), samplePdf());
    QVERIFY(!added);
    QCOMPARE(int(added.error().kind), kind);
    QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
    QCOMPARE(auditCount(), before);
    m_db.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM evidence) + (SELECT count(*) FROM evidence_content)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the content was not kept either
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void TestEvidence::editOutsideIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("listRefused"); // else only the content's read is
    QTest::addColumn<QString>("problem");
    QTest::newRow("name") << u"UPDATE evidence SET name = 'khác.pdf'"_s << true
                          << u"evidence document khác.pdf of unit DS for criterion 1.1 in 2023/HUYEN"_s;
    QTest::newRow("moved to another cell") << u"UPDATE evidence SET criterion_code = '1.2'"_s << true
                                           << u"for criterion 1.2 in 2023/HUYEN was changed outside"_s;
    QTest::newRow("content") << u"UPDATE evidence_content SET content = X'255044462D0A'"_s << false
                             << u"The content of the evidence document with SHA-256"_s;
    // Schema 10: the period's record of what it holds counts its attachments.
    QTest::newRow("deleted") << u"DELETE FROM evidence"_s << true
                             << u"the evidence documents of 2023/HUYEN (0 rows where the program wrote 1)"_s;
}

void TestEvidence::editOutsideIsFound()
{
    QFETCH(QString, sql);
    QFETCH(bool, listRefused);
    QFETCH(QString, problem);
    const auto added = m_db->addEvidence(m_period, attachment(u"DS"_s, u"1.1"_s, u"Kế hoạch.pdf"_s), samplePdf());
    QVERIFY(added);
    m_db.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    QCOMPARE((*db)->evidence(m_period).ok(), !listRefused);
    const auto content = (*db)->evidenceContent(m_period, added->id);
    QVERIFY(!content);
    QCOMPARE(content.error().kind, Error::Kind::Corrupt);
    const CheckReport report = (*db)->check();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.join(u'\n').contains(problem), qPrintable(report.problems.join(u'\n')));
}

void TestEvidence::upgradeFromSchema6()
{
    const QString file = m_dir.filePath(u"v6.parindex"_s);
    QFile::remove(file);
    qint64 period = 0;
    {
        auto v6 = makeProvince(file, &period, 6);
        QCOMPARE(v6->schemaVersion(), 6);
        QVERIFY(v6->setScore(period, u"HH"_s, u"1.1"_s, appraised("25", "30")));
        QCOMPARE(v6->evidence(period)->size(), 0); // no table yet, nothing to show
        QCOMPARE(v6->addEvidence(period, attachment(u"HH"_s, u"1.1"_s, u"a.pdf"_s), samplePdf()).error().kind,
            Error::Kind::ReadOnly);
    }
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
    QVERIFY(QFileInfo::exists(file + u".v6.bak"_s));
    QCOMPARE((*db)->scoreSheets(period)->value(u"HH"_s).entry(u"1.1"_s), appraised("25", "30"));
    QVERIFY((*db)->addEvidence(period, attachment(u"HH"_s, u"1.1"_s, u"a.pdf"_s), samplePdf()).ok());
    QCOMPARE((*db)->evidence(period)->size(), 1);
    const CheckReport report = (*db)->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

// A file of schema 9 (evidence not yet counted in a period's record) upgrades to 10 with its backup: every period's
// attachments counted, what a final period published before kept as it was (its record has five parts, and checks
// clean), and from then on an attachment deleted outside the program is found.
void TestEvidence::upgradeFromSchema9()
{
    const QString file = m_dir.filePath(u"v9.parindex"_s);
    QFile::remove(file);
    qint64 period = 0;
    qint64 final = 0;
    QString published;
    {
        auto v9 = makeProvince(file, &period, 9);
        QCOMPARE(v9->schemaVersion(), 9);
        const auto last = v9->addPeriod(2022, u"HUYEN"_s);
        QVERIFY(last);
        final = last->id;
        QVERIFY(v9->replaceCriteria(final, smallTree()));
        QVERIFY(v9->setScore(final, u"DS"_s, u"1.1"_s, appraised("20", "25")));
        QVERIFY(v9->addEvidence(final, attachment(u"DS"_s, u"1.1"_s, u"2022.pdf"_s), samplePdf('o')));
        QVERIFY(v9->finalize(final, u"12/QĐ-UBND"_s, QDate(2023, 3, 1), publishNothing));
        published = (*v9->published(final))->digest;
        for (const QString &unit : {u"DS"_s, u"HH"_s})
            QVERIFY(v9->addEvidence(period, attachment(unit, u"2"_s, u"Phiếu khảo sát.pdf"_s), samplePdf('p')));
        QVERIFY(!(*v9->published(final))->content.value(u"holds"_s).toObject().contains(u"evidence"_s));
    }
    {
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
        QVERIFY(QFileInfo::exists(file + u".v9.bak"_s));
        const CheckReport report = (*db)->check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE((*(*db)->published(final))->digest, published);
        QCOMPARE((*db)->evidence(period)->size(), 2);
        QCOMPARE((*db)->evidence(final)->size(), 1);
        // Kept by every write from then on.
        const auto added = (*db)->addEvidence(period, attachment(u"HH"_s, u"1.1"_s, u"a.pdf"_s), samplePdf('q'));
        QVERIFY(added);
        QVERIFY((*db)->removeEvidence(period, (*(*db)->evidence(period, u"DS"_s)).first().id));
        QVERIFY((*db)->check().ok());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"DELETE FROM evidence WHERE period_id = %1"_s.arg(final)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto db = Database::open(file);
    QVERIFY(db.ok());
    QCOMPARE((*db)->evidence(final).error().kind, Error::Kind::Corrupt);
    const CheckReport report = (*db)->check();
    QVERIFY2(report.problems.join(u'\n').contains(u"the evidence documents of 2022/HUYEN (0 rows where the program "
                                                  "wrote 1)"_s),
        qPrintable(report.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
