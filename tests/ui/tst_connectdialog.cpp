// File › Connect to server…: a missing field is named and nothing is saved; a profile keeps the address and never the
// password, which stays in this session's memory or, when asked, in libpq's password file (escaped, owner-only, one
// line per address); the typed password is what the connection uses. The server part runs beside the throwaway server
// of scripts/with-postgres.sh. With PARINDEX_SHOTS=DIR, the filled dialog is saved as a picture (in Vietnamese).
#include "../common/testserver.h"
#include "connectdialog.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestConnectDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void missingFieldIsNamed();
    void profileKeepsTheAddressNotThePassword();
    void typedPasswordIsUsed();
    void aProfileThatCannotBeSavedIsSaid();

private:
    void fill(ConnectDialog &dialog, const QString &host, int port, const QString &database, const QString &login,
        const QString &password);
    QTemporaryDir m_dir;
    QString m_passFile;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"parindex-tests"_s); // without one, QSettings writes nowhere
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_passFile = m_dir.filePath(u"pgpass"_s);
    qputenv("PGPASSFILE", QFile::encodeName(m_passFile)); // never the user's own ~/.pgpass
    static QTranslator translator;
    if (qEnvironmentVariableIsSet("PARINDEX_SHOTS"))
        MainWindow::applyLanguage(u"vi"_s, &translator);
}

void TestConnectDialog::fill(ConnectDialog &dialog, const QString &host, int port, const QString &database,
    const QString &login, const QString &password)
{
    dialog.hostField()->setText(host);
    dialog.portField()->setValue(port);
    dialog.databaseField()->setText(database);
    dialog.loginField()->setText(login);
    dialog.passwordField()->setText(password);
}

void TestConnectDialog::missingFieldIsNamed()
{
    ConnectDialog dialog;
    fill(dialog, u"db.sonoivu.gov.vn"_s, 5432, QString(), u"thuky"_s, QString());
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.problemLabel()->isHidden());
    QVERIFY2(dialog.problemLabel()->text().contains(ConnectDialog::tr("database")),
        qPrintable(dialog.problemLabel()->text()));
    QVERIFY(ConnectDialog::profiles().isEmpty());
}

void TestConnectDialog::profileKeepsTheAddressNotThePassword()
{
    const QString password = u"bí mật:1\\x"_s;
    {
        ConnectDialog dialog;
        dialog.profileBox()->setCurrentText(u"Sở Nội vụ"_s);
        fill(dialog, u"db.sonoivu.gov.vn"_s, 5433, u"thanhhoa"_s, u"thuky"_s, password);
        dialog.sslBox()->setCurrentIndex(dialog.sslBox()->findData(u"require"_s));
        dialog.rememberBox()->setChecked(true);
        QCOMPARE(dialog.findChild<QLabel *>(u"addressPreview"_s)->text(),
            u"postgresql://thuky@db.sonoivu.gov.vn:5433/thanhhoa?sslmode=require"_s);
        if (const QString dir = qEnvironmentVariable("PARINDEX_SHOTS"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(dir + u"/connect.png"_s);
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(ConnectDialog::profiles(), QStringList {u"Sở Nội vụ"_s});
    const auto address = ConnectDialog::profile(u"Sở Nội vụ"_s);
    QVERIFY(address);
    QCOMPARE(address->toString(), u"postgresql://thuky@db.sonoivu.gov.vn:5433/thanhhoa?sslmode=require"_s);
    QCOMPARE(sessionPassword(*address), password);
    // Not in our settings, in any form.
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray stored = settingsFile.readAll();
    QVERIFY(stored.contains("thanhhoa"));
    QVERIFY(!stored.contains("1\\\\x") && !stored.contains(password.toUtf8()) && !stored.contains("m%E1"));
    // In libpq's file, escaped, readable by its owner only; a second save replaces the line.
    QFile pass(m_passFile);
    QVERIFY(pass.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(pass.readAll()), u"db.sonoivu.gov.vn:5433:thanhhoa:thuky:bí mật\\:1\\\\x\n"_s);
    pass.close();
    QCOMPARE(pass.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(savePassword(*address, u"mới"_s));
    QVERIFY(pass.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(pass.readAll()), u"db.sonoivu.gov.vn:5433:thanhhoa:thuky:mới\n"_s);
    // The next time, the last profile is filled in, without a password.
    ConnectDialog again;
    QCOMPARE(again.profileBox()->currentText(), u"Sở Nội vụ"_s);
    QCOMPARE(again.hostField()->text(), u"db.sonoivu.gov.vn"_s);
    QCOMPARE(again.portField()->value(), 5433);
    QVERIFY(again.passwordField()->text().isEmpty());
}

void TestConnectDialog::typedPasswordIsUsed()
{
    std::optional<ServerAddress> found;
    PARINDEX_REQUIRE_SERVER(found);
    const ServerAddress server = *found;
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString database = u"connect_"_s + run;
    const QString login = u"thuky_"_s + run;
    const QString password = u"Mật khẩu: "_s + run;
    {
        QSqlQuery q(testserver::admin(server));
        QVERIFY(q.exec(u"CREATE DATABASE %1"_s.arg(database)));
        QVERIFY(q.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, password)));
        QVERIFY(q.exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(database, login)));
    }
    const QByteArray saved = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD"); // from here on, only what the dialog was given
    ServerAddress target = server;
    target.user = login;
    target.database = database;
    QVERIFY(!Database::create(target.toString())); // no password yet: refused

    ConnectDialog dialog;
    fill(dialog, server.host, server.port, database, login, password);
    dialog.sslBox()->setCurrentIndex(dialog.sslBox()->findData(u"prefer"_s)); // the last profile asked for more
    dialog.rememberBox()->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto made = Database::create(dialog.address()->toString());
    QVERIFY2(made, qPrintable(made.error().text()));
    QFile pass(m_passFile); // not remembered unless asked
    QVERIFY(!pass.open(QIODevice::ReadOnly) || !QString::fromUtf8(pass.readAll()).contains(run));
    made->reset();

    qputenv("PGPASSWORD", saved);
    QSqlQuery q(testserver::admin(server)); // open since the start: it needs no password again
    q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    q.exec(u"DROP ROLE IF EXISTS %1"_s.arg(login));
}

// A profile that cannot be saved (here the settings file's name is taken by a folder) is said, naming the file, and
// the dialog stays; Connect again goes on without it.
void TestConnectDialog::aProfileThatCannotBeSavedIsSaid()
{
    const QString file = QSettings().fileName();
    QFile::remove(file);
    QVERIFY(QDir().mkpath(file));
    ConnectDialog dialog;
    dialog.profileBox()->setCurrentText(u"Sở Tư pháp"_s);
    fill(dialog, u"db.sotuphap.gov.vn"_s, 5432, u"thanhhoa"_s, u"tuphap"_s, QString());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.problemLabel()->isHidden());
    QVERIFY2(dialog.problemLabel()->text().contains(u"Sở Tư pháp"_s)
            && dialog.problemLabel()->text().contains(QDir::toNativeSeparators(file)),
        qPrintable(dialog.problemLabel()->text()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QDir(file).removeRecursively());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
