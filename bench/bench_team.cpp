// The council as a team on a PostgreSQL server (issue 15's target): N members, each a process of its own on this
// machine (loopback only), edit the cells assigned to them at a steady pace for S seconds, each window listening for
// the others' writes (LISTEN/NOTIFY). Measured: each edit's commit (p50, p99), how long another member's edit takes
// to reach each window (p50, p99: from just before its write to the notification's audit row read), lost updates (a
// cell whose stored value is not the last its only writer committed) and rights violations accepted (every tenth
// edit also tries a cell of another member, which the server must refuse). With --kill, one member is killed
// (SIGKILL) halfway: every edit it had committed must still be there.
// Usage (beside a server): scripts/with-postgres.sh sh -c 'build/bench/bench_team "$PARINDEX_TEST_PG" [N] [S] [MS]
//        [--kill]'   (N members, 20; S seconds, 60; MS between a member's edits, 250)
#include "benchsupport.h"

#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <csignal>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
constexpr int Leaves = 10;

QString unitCode(int member)
{
    return u"X%1"_s.arg(member, 2, 10, QChar(u'0'));
}

QString login(const QString &run, int member)
{
    return u"team_%1_%2"_s.arg(run).arg(member);
}

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << what << u'\n';
    std::exit(2);
}

// One member: edits its unit's cells, listens for the others', tries another's cell now and then.
int member(const QString &address, int index, int members, int seconds, int paceMs, const QString &out)
{
    auto opened = Database::open(address);
    if (!opened)
        fail(opened.error().text());
    Database &db = **opened;
    const auto period = db.period(2024, u"XA"_s);
    if (!period)
        fail(period.error().text());
    QFile log(out + u".log"_s); // every committed edit, flushed before the next: what a SIGKILL must not lose
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        fail(log.errorString());
    QList<double> commits;
    QList<double> firsts;
    QList<double> seen;
    int violations = 0;
    int attempts = 0;
    int edits = 0;
    QHash<QString, ScoreEntry> mine; // what this member last committed per cell
    qint64 lastAudit = db.auditLog(1) ? (db.auditLog(1)->isEmpty() ? 0 : db.auditLog(1)->first().id) : 0;
    static const QRegularExpression stamp(u"t=(\\d+)"_s);
    // BENCH_TEAM_DEAF=1: the members do not listen (what the listening costs the writers).
    if (!qEnvironmentVariableIsSet("BENCH_TEAM_DEAF"))
        db.watchChanges(QCoreApplication::instance(), [&] {
            const auto rows = db.auditAfter(lastAudit);
            if (!rows)
                return;
            const qint64 now = nowUs();
            for (const AuditEntry &row : *rows) {
                lastAudit = qMax(lastAudit, row.id);
                const auto m = stamp.match(row.newValue);
                if (!row.own && m.hasMatch())
                    seen.append(double(now - m.captured(1).toLongLong()) / 1000.0);
            }
        });
    // People type independently: each member starts at its own moment and waits 0.5 to 1.5 times the pace between
    // edits (members in lockstep would only measure a queue of simultaneous arrivals).
    QRandomGenerator random(quint32(index) * 7919u + 17u);
    QTimer pace;
    pace.setSingleShot(true);
    pace.setInterval(int(random.bounded(paceMs)) + 1);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const QString criterion = u"1.%1"_s.arg(edits % Leaves + 1);
        ScoreEntry entry;
        entry.appraised = Fixed::fromRaw(qint64(edits / Leaves + 1) * 100);
        entry.note = u"t=%1"_s.arg(nowUs());
        const ScoreEntry old = mine.value(criterion);
        QElapsedTimer t;
        t.start();
        const Status s = db.setScore(period->id, unitCode(index), criterion, entry, old);
        // A member's first edit also prepares its statements and fills the server's caches for its connection.
        (edits == 0 ? firsts : commits).append(double(t.nsecsElapsed()) / 1e6);
        if (!s)
            fail(u"member %1: %2"_s.arg(index).arg(s.error().text()));
        mine.insert(criterion, entry);
        log.write(u"%1 %2\n"_s.arg(criterion).arg(entry.appraised->raw()).toUtf8());
        ++edits;
        pace.start(paceMs / 2 + int(random.bounded(paceMs)));
        if (edits % 10 == 0) {
            ++attempts;
            ScoreEntry other;
            other.appraised = Fixed::fromInt(1);
            if (db.setScore(period->id, unitCode((index + 1) % members), u"1.1"_s, other))
                ++violations;
        }
    });
    pace.start();
    QTimer::singleShot(seconds * 1000, [&] {
        pace.stop();
        // The last notifications of the others' writes.
        QTimer::singleShot(1500, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    QCoreApplication::exec();
    QJsonArray c;
    for (double v : std::as_const(commits))
        c.append(v);
    QJsonArray f;
    for (double v : std::as_const(firsts))
        f.append(v);
    QJsonArray v;
    for (double x : std::as_const(seen))
        v.append(x);
    QJsonObject last;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        last.insert(it.key(), QString::number(it->appraised->raw()));
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        fail(file.errorString());
    file.write(QJsonDocument(QJsonObject {{u"commits"_s, c}, {u"firsts"_s, f}, {u"seen"_s, v}, {u"edits"_s, edits},
                                 {u"attempts"_s, attempts}, {u"violations"_s, violations}, {u"last"_s, last}})
                   .toJson());
    return 0;
}

Result<Fixed> stored(Database &db, qint64 period, const QString &unit, const QString &criterion)
{
    const auto sheet = db.scoreSheet(period, unit);
    if (!sheet)
        return sheet.error();
    return sheet->entry(criterion).appraised.value_or(Fixed());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.value(1) == u"--member")
        return member(args.value(2), args.value(3).toInt(), args.value(4).toInt(), args.value(5).toInt(),
            args.value(6).toInt(), args.value(7));
    const bool kill = args.removeAll(u"--kill"_s) > 0;
    const QString url = args.value(1, qEnvironmentVariable("PARINDEX_TEST_PG"));
    const int members = args.value(2, u"20"_s).toInt();
    const int seconds = args.value(3, u"60"_s).toInt();
    const int paceMs = args.value(4, u"250"_s).toInt();
    auto server = ServerAddress::parse(url);
    if (!server)
        fail(u"usage: bench_team postgresql://... [members] [seconds] [ms between edits] [--kill]"_s);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    ServerAddress target = *server;
    target.database = u"team_"_s + run;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(server->database);
        if (!admin.open() || !QSqlQuery(admin).exec(u"CREATE DATABASE "_s + target.database))
            fail(u"cannot make the database"_s);
    }
    auto created = Database::create(target.toString());
    if (!created)
        fail(created.error().text());
    Database &owner = **created;
    QList<Unit> units;
    for (int i = 0; i < members; ++i)
        units.append({0, unitCode(i), u"Xã thành viên %1"_s.arg(i), u"XA"_s, {}, {}, true});
    if (!owner.importUnits(units, std::nullopt, Database::Leaving::Refuse, {{u"XA"_s, u"UBND cấp xã"_s, 1}}))
        fail(u"units"_s);
    const auto period = owner.addPeriod(2024, u"XA"_s);
    QList<Criterion> tree = {{u"1"_s, u"Lĩnh vực"_s, Fixed::fromInt(Leaves * 10), CriterionKind::Group, {}}};
    for (int k = 1; k <= Leaves; ++k)
        tree.append({u"1.%1"_s.arg(k), u"Tiêu chí"_s, Fixed::fromInt(10), CriterionKind::Score, {}});
    if (!period || !owner.replaceCriteria(period->id, *CriteriaTree::build(tree)))
        fail(u"criteria"_s);
    for (int i = 0; i < members; ++i) {
        if (const Status s = owner.addMember(
                {login(run, i), Member::Role::Appraiser, u"XA"_s, {}, unitCode(i)}, qEnvironmentVariable("PGPASSWORD"));
            !s)
            fail(s.error().text());
    }

    QTemporaryDir dir;
    QList<QProcess *> children;
    for (int i = 0; i < members; ++i) {
        ServerAddress as = target;
        as.user = login(run, i);
        auto *p = new QProcess(&app);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(app.applicationFilePath(),
            {u"--member"_s, as.toString(), QString::number(i), QString::number(members), QString::number(seconds),
                QString::number(paceMs), dir.filePath(u"m%1.json"_s.arg(i))});
        children.append(p);
    }
    if (kill) {
        QThread::sleep(seconds / 2);
        ::kill(pid_t(children.first()->processId()), SIGKILL);
    }
    for (QProcess *p : std::as_const(children))
        p->waitForFinished(-1);

    QList<double> commits;
    QList<double> firsts;
    QList<double> seen;
    int edits = 0;
    int attempts = 0;
    int violations = 0;
    int lost = 0;
    int killedLost = 0;
    for (int i = 0; i < members; ++i) {
        QFile f(dir.filePath(u"m%1.json"_s.arg(i)));
        if (kill && i == 0) {
            // What the killed member had committed (its log, flushed edit by edit) is all there.
            QFile log(dir.filePath(u"m0.json.log"_s));
            log.open(QIODevice::ReadOnly);
            QHash<QString, qint64> last;
            for (const QByteArray &line : log.readAll().split('\n')) {
                const auto parts = line.split(' ');
                if (parts.size() == 2)
                    last.insert(QString::fromLatin1(parts[0]), parts[1].toLongLong());
            }
            for (auto it = last.cbegin(); it != last.cend(); ++it) {
                const auto v = stored(owner, period->id, unitCode(0), it.key());
                if (!v || v->raw() < *it)
                    ++killedLost;
            }
            edits += int(last.size());
            continue;
        }
        if (!f.open(QIODevice::ReadOnly))
            fail(u"member %1 left no result"_s.arg(i));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &v : o.value(u"commits"_s).toArray())
            commits.append(v.toDouble());
        for (const QJsonValue &v : o.value(u"firsts"_s).toArray())
            firsts.append(v.toDouble());
        for (const QJsonValue &v : o.value(u"seen"_s).toArray())
            seen.append(v.toDouble());
        edits += o.value(u"edits"_s).toInt();
        attempts += o.value(u"attempts"_s).toInt();
        violations += o.value(u"violations"_s).toInt();
        const QJsonObject last = o.value(u"last"_s).toObject();
        for (auto it = last.begin(); it != last.end(); ++it) {
            const auto v = stored(owner, period->id, unitCode(i), it.key());
            if (!v || v->raw() != it.value().toString().toLongLong())
                ++lost;
        }
    }
    std::sort(commits.begin(), commits.end());
    std::sort(firsts.begin(), firsts.end());
    std::sort(seen.begin(), seen.end());
    QTextStream out(stdout);
    out << u"%1 members, %2 s, an edit every %3 ms each%4: %5 edits, %6 tries of another's cell\n"_s.arg(members)
               .arg(seconds)
               .arg(paceMs)
               .arg(kill ? u", member 0 killed (SIGKILL) halfway"_s : QString())
               .arg(edits)
               .arg(attempts);
    if (!commits.isEmpty())
        out << u"commit of an edit after the first: p50 %1 ms, p99 %2 ms, max %3 ms (target p99 < 50 ms)\n"_s
                   .arg(bench::percentile(commits, 50), 0, 'f', 1)
                   .arg(bench::percentile(commits, 99), 0, 'f', 1)
                   .arg(commits.last(), 0, 'f', 1)
            << u"a member's first edit (its connection's statements prepared): median %1 ms, max %2 ms\n"_s
                   .arg(firsts.isEmpty() ? 0.0 : bench::percentile(firsts, 50), 0, 'f', 1)
                   .arg(firsts.isEmpty() ? 0.0 : firsts.last(), 0, 'f', 1);
    if (!seen.isEmpty())
        out << u"another's edit reaches a window: p50 %1 ms, p99 %2 ms, max %3 ms over %4 arrivals (target < 1000 ms)\n"_s
                   .arg(bench::percentile(seen, 50), 0, 'f', 1)
                   .arg(bench::percentile(seen, 99), 0, 'f', 1)
                   .arg(seen.last(), 0, 'f', 1)
                   .arg(seen.size());
    out << u"lost updates: %1; of the killed member's committed edits: %2; rights violations accepted: %3\n"_s.arg(lost)
               .arg(killedLost)
               .arg(violations);
    out << u"check: %1\n"_s.arg(owner.check().ok() ? u"clean"_s : u"PROBLEMS"_s);
    return lost + killedLost + violations == 0 ? 0 : 1;
}
