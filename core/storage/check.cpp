// `check`: the file's structure, the audit chain, every row's seal, what each period holds against what the program
// wrote, and what each final period published against what it holds now.
#include "auditstore.h"

#include "databaseprivate.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace parindex {

CheckReport AuditStore::check() const
{
    const ReadSnapshot snapshot(*d->engine); // the whole file as of one moment, whatever others write meanwhile
    CheckReport report;
    if (const auto damaged = d->engine->structureProblems(); !damaged)
        report.problems.append(d->noted(damaged.error()).message);
    else if (!damaged->isEmpty())
        report.problems.append(Database::tr("The database structure is damaged: %1").arg(damaged->join(u"; "_s)));
    if (const auto broken = d->engine->brokenReferences(); broken && *broken > 0)
        report.problems.append(Database::tr("%n row(s) refer to rows that no longer exist.", nullptr, *broken));

    QSqlQuery q = d->query();
    // The audit chain: every row's hash follows from the previous one, and the newest is the recorded head.
    QString previous;
    qint64 count = 0;
    QHash<qint64, QString> chain; // id -> hash, for the anchors kept with what periods published
    if (q.exec(u"SELECT id, at, who, action, entity, old_value, new_value, prev_hash, hash FROM audit ORDER BY id"_s)) {
        while (q.next()) {
            ++count;
            const QString expected = sql::chainHash({previous, q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
            if (q.value(7).toString() != previous || q.value(8).toString() != expected) {
                report.problems.append(Database::tr("Audit log entry %1 was changed or removed outside the program.")
                                           .arg(q.value(0).toLongLong()));
                break;
            }
            previous = expected;
            chain.insert(q.value(0).toLongLong(), expected);
        }
    }
    QSqlQuery head = d->query();
    if (head.exec(u"SELECT value FROM meta WHERE key = 'audit_head'"_s)) {
        const QString recorded = head.next() ? head.value(0).toString() : QString();
        if (recorded != previous)
            report.problems.append(Database::tr("The newest audit log entries were removed outside the program."));
    }
    report.notes.append(Database::tr("Audit log: %n entries.", nullptr, int(count)));

    const auto reportRows = [&](const QString &statement, const std::function<QString(const QSqlQuery &)> &sealOf,
                                const std::function<QString(const QSqlQuery &)> &describe) {
        QSqlQuery rows = d->query();
        rows.setForwardOnly(true);
        if (!rows.exec(statement)) {
            report.problems.append(d->error(rows).message);
            return;
        }
        int shown = 0;
        int total = 0;
        while (rows.next()) {
            if (sealOf(rows) == rows.value(0).toString())
                continue;
            ++total;
            if (shown++ < 20)
                report.problems.append(describe(rows));
        }
        if (total > shown)
            report.problems.append(
                Database::tr("... and %n more row(s) changed outside the program.", nullptr, total - shown));
    };
    reportRows(
        u"SELECT seal, code, name, position FROM unit_group"_s,
        [](const QSqlQuery &r) {
            return seals::group({r.value(1).toString(), r.value(2).toString(), r.value(3).toInt()});
        },
        [](const QSqlQuery &r) {
            return Database::tr("Group %1 was changed outside the program.").arg(r.value(1).toString());
        });
    reportRows(
        u"SELECT seal, code, name, group_code, since_year, retired_year, ranked FROM unit"_s,
        [](const QSqlQuery &r) {
            return seals::unit(r.value(1).toString(), r.value(2).toString(), r.value(3).toString(), r.value(4),
                r.value(5), r.value(6).toBool());
        },
        [](const QSqlQuery &r) {
            return Database::tr("Unit %1 was changed outside the program.").arg(r.value(1).toString());
        });
    reportRows(
        u"SELECT seal, id, year, group_code, status, decision_number, decision_date FROM period"_s,
        [](const QSqlQuery &r) {
            return seals::period(r.value(1).toLongLong(), r.value(2).toInt(), r.value(3).toString(),
                r.value(4).toString(), r.value(5).toString(), r.value(6).toString());
        },
        [](const QSqlQuery &r) {
            return Database::tr("Period %1/%2 was changed outside the program.")
                .arg(r.value(2).toString(), r.value(3).toString());
        });
    reportRows(
        u"SELECT b.seal, b.period_id, b.class_code, b.min_index, p.year, p.group_code FROM band b "
        "JOIN period p ON p.id = b.period_id"_s,
        [](const QSqlQuery &r) {
            return seals::band(r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toLongLong());
        },
        [](const QSqlQuery &r) {
            return Database::tr("Band %1 of %2/%3 was changed outside the program.")
                .arg(r.value(2).toString(), r.value(4).toString(), r.value(5).toString());
        });
    reportRows(
        u"SELECT c.seal, c.period_id, c.code, c.title, c.max_points, c.kind, c.rule, c.position, p.year, "
        "p.group_code FROM criterion c JOIN period p ON p.id = c.period_id"_s,
        [](const QSqlQuery &r) {
            return seals::criterion(r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                r.value(4).toLongLong(), r.value(5).toString(), r.value(6).toString(), r.value(7).toInt());
        },
        [](const QSqlQuery &r) {
            return Database::tr("Criterion %1 of %2/%3 was changed outside the program.")
                .arg(r.value(2).toString(), r.value(8).toString(), r.value(9).toString());
        });
    reportRows(
        u"SELECT s.seal, s.criterion_id, s.unit_id, s.self_value, s.appraised, s.not_applicable, s.note, "
        "u.code, c.code, p.year, p.group_code FROM score s JOIN unit u ON u.id = s.unit_id "
        "JOIN criterion c ON c.id = s.criterion_id JOIN period p ON p.id = c.period_id"_s,
        [](const QSqlQuery &r) {
            return seals::score(r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3), r.value(4),
                r.value(5).toBool(), r.value(6).toString());
        },
        [](const QSqlQuery &r) {
            return Database::tr("The score of unit %1 for criterion %2 in %3/%4 was changed outside the program.")
                .arg(r.value(7).toString(), r.value(8).toString(), r.value(9).toString(), r.value(10).toString());
        });
    reportRows(
        u"SELECT r.seal, r.period_id, r.unit_id, r.name, r.ranked, u.code, p.year, p.group_code FROM roster r "
        "JOIN period p ON p.id = r.period_id LEFT JOIN unit u ON u.id = r.unit_id"_s,
        [](const QSqlQuery &r) {
            return seals::rosterEntry(
                r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(), r.value(4).toBool());
        },
        [](const QSqlQuery &r) {
            return Database::tr("Unit %1 of the %2/%3 roster was changed outside the program.")
                .arg(r.value(5).toString(), r.value(6).toString(), r.value(7).toString());
        });
    reportRows(
        u"SELECT t.seal, t.period_id, t.content, p.year, p.group_code FROM decision_text t "
        "JOIN period p ON p.id = t.period_id"_s,
        [](const QSqlQuery &r) { return seals::decisionText(r.value(1).toLongLong(), r.value(2).toString()); },
        [](const QSqlQuery &r) {
            return Database::tr("The decision texts of %1/%2 were changed outside the program.")
                .arg(r.value(3).toString(), r.value(4).toString());
        });
    if (d->schemaVersion >= 6) {
        reportRows(
            u"SELECT e.seal, e.id, e.period_id, e.unit_id, e.criterion_code, e.content, e.received, e.decided, "
            "e.conclusion, u.code, p.year, p.group_code FROM explanation e JOIN period p ON p.id = e.period_id "
            "LEFT JOIN unit u ON u.id = e.unit_id"_s,
            [](const QSqlQuery &r) {
                return seals::explanation(r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                    r.value(4).toString(), r.value(5).toString(), r.value(6).toString(), r.value(7).toString(),
                    r.value(8).toString());
            },
            [](const QSqlQuery &r) {
                return Database::tr(
                    "The explanation of unit %1 for criterion %2 in %3/%4 was changed outside the program.")
                    .arg(r.value(9).toString(), r.value(4).toString(), r.value(10).toString(), r.value(11).toString());
            });
    }
    if (d->schemaVersion >= 7) {
        reportRows(
            u"SELECT e.seal, e.id, e.period_id, e.unit_id, e.criterion_code, e.name, e.media_type, e.sha256, e.size, "
            "e.added, e.added_by, u.code, p.year, p.group_code FROM evidence e JOIN period p ON p.id = e.period_id "
            "LEFT JOIN unit u ON u.id = e.unit_id"_s,
            [](const QSqlQuery &r) {
                Evidence e;
                e.criterionCode = r.value(4).toString();
                e.name = r.value(5).toString();
                e.mediaType = r.value(6).toString();
                e.sha256 = r.value(7).toString();
                e.size = r.value(8).toLongLong();
                e.addedBy = r.value(10).toString();
                return seals::evidence(r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toLongLong(), e,
                    r.value(9).toString());
            },
            [](const QSqlQuery &r) {
                return Database::tr("The evidence document %1 of unit %2 for criterion %3 in %4/%5 was changed "
                                    "outside the program.")
                    .arg(r.value(5).toString(), r.value(11).toString(), r.value(4).toString(), r.value(12).toString(),
                        r.value(13).toString());
            });
        // A content is known by its SHA-256: one whose bytes no longer give it was changed outside the program.
        reportRows(
            u"SELECT sha256, content, size FROM evidence_content"_s,
            [](const QSqlQuery &r) {
                const QByteArray content = r.value(1).toByteArray();
                return content.size() == r.value(2).toLongLong() ? evidence::digestOf(content) : QString();
            },
            [](const QSqlQuery &r) {
                return Database::tr("The content of the evidence document with SHA-256 %1 was changed outside the "
                                    "program.")
                    .arg(r.value(0).toString());
            });
    }
    if (d->schemaVersion >= 8) {
        reportRows(
            u"SELECT l.seal, l.period_id, l.code, l.previous_year, l.previous_code, p.year, p.group_code "
            "FROM criterion_link l JOIN period p ON p.id = l.period_id"_s,
            [](const QSqlQuery &r) {
                return seals::criterionLink(
                    r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toInt(), r.value(4).toString());
            },
            [](const QSqlQuery &r) {
                return Database::tr("The link of criterion %1 of %2/%3 to %4 was changed outside the program.")
                    .arg(r.value(2).toString(), r.value(5).toString(), r.value(6).toString(), r.value(3).toString());
            });
        reportRows(
            u"SELECT l.seal, l.unit_id, l.continues_id, l.year, u.code, c.code FROM unit_lineage l "
            "LEFT JOIN unit u ON u.id = l.unit_id LEFT JOIN unit c ON c.id = l.continues_id"_s,
            [](const QSqlQuery &r) {
                return seals::lineage(r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toInt());
            },
            [](const QSqlQuery &r) {
                return Database::tr("The record that unit %1 continues unit %2 was changed outside the program.")
                    .arg(r.value(4).toString(), r.value(5).toString());
            });
    }
    if (d->schemaVersion >= 9) {
        reportRows(
            u"SELECT s.seal, s.period_id, s.name, s.content, s.saved_at, s.saved_by, p.year, p.group_code "
            "FROM scenario s JOIN period p ON p.id = s.period_id"_s,
            [](const QSqlQuery &r) {
                return seals::scenario(r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString());
            },
            [](const QSqlQuery &r) {
                return Database::tr("The scenario “%1” of %2/%3 was changed outside the program.")
                    .arg(r.value(2).toString(), r.value(6).toString(), r.value(7).toString());
            });
    }
    checkPeriods(report, chain);
    QSqlQuery counts = d->query();
    if (counts.exec(
            u"SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM period), (SELECT count(*) FROM score)"_s)
        && counts.next()) {
        report.notes.append(
            Database::tr("%1 units, %2 periods, %3 scores.")
                .arg(counts.value(0).toString(), counts.value(1).toString(), counts.value(2).toString()));
    }
    return report;
}

void AuditStore::checkPeriods(CheckReport &report, const QHash<qint64, QString> &chain) const
{
    if (d->schemaVersion < 5)
        return;
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT id, year, group_code, status, decision_number, decision_date FROM period "
                "ORDER BY group_code, year"_s)) {
        report.problems.append(d->error(q).message);
        return;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString label = u"%1/%2"_s.arg(q.value(1).toString(), q.value(2).toString());
        const bool final = q.value(3).toString() == u"final";
        // What it holds, part by part, against what the program wrote.
        QHash<QString, SealSet> holds;
        for (const Part part : partsOf(d->schemaVersion)) {
            const auto rows = d->readPart(id, part, nullptr);
            const auto wrote = d->storedContent(id, part);
            if (!rows || !wrote) {
                report.problems.append(!rows ? rows.error().message : wrote.error().message);
                continue;
            }
            holds.insert(partCode(part), *rows);
            if (*rows != *wrote)
                report.problems.append(
                    Database::tr("Rows were removed or added outside the program, or the file is damaged: %1.")
                        .arg(Database::Private::contentDifference(label, part, *wrote, *rows)));
        }
        // What it published.
        const auto versions = d->periods.publishedVersions(id);
        if (!versions) {
            report.problems.append(versions.error().message);
            continue;
        }
        if (final && versions->isEmpty()) {
            report.problems.append(
                Database::tr("%1 is final, but what it published is not kept in the file (removed outside "
                             "the program, or the file was last written by an older version: open it once "
                             "in this version to keep it).")
                    .arg(label));
            continue;
        }
        for (const PublishedRecord &r : *versions) {
            const QJsonObject audit = r.content.value(u"audit"_s).toObject();
            const qint64 anchor = audit.value(u"id"_s).toInteger();
            if (anchor > 0 && chain.value(anchor) != audit.value(u"hash"_s).toString())
                report.problems.append(
                    Database::tr("The audit log no longer holds entry %1, which %2 recorded when it was "
                                 "finalised (decision %3): entries were removed outside the program.")
                        .arg(QString::number(anchor), label, r.decisionNumber));
        }
        if (!final || versions->isEmpty())
            continue;
        const PublishedRecord &last = versions->last();
        if (last.decisionNumber != q.value(4).toString()
            || last.decisionDate.toString(Qt::ISODate) != q.value(5).toString())
            report.problems.append(Database::tr("%1 names decision %2, but it published decision %3.")
                                       .arg(label, q.value(4).toString(), last.decisionNumber));
        const QJsonObject then = last.content.value(u"holds"_s).toObject();
        for (const Part part : partsOf(d->schemaVersion)) {
            // A record kept before the part was counted (evidence before schema 10) does not name it: what it
            // published stays as it was, and the part is checked against what the program wrote (above).
            if (!then.contains(partCode(part)))
                continue;
            const QJsonObject was = then.value(partCode(part)).toObject();
            const SealSet now = holds.value(partCode(part));
            if (was.value(u"rows"_s).toInteger() != now.rows)
                report.problems.append(Database::tr("%1 holds %2 %3, but held %4 when it was finalised (decision %5).")
                                           .arg(label, QString::number(now.rows), partName(part),
                                               QString::number(was.value(u"rows"_s).toInteger()), last.decisionNumber));
            else if (was.value(u"digest"_s).toString() != now.digest())
                report.problems.append(
                    Database::tr("The %1 of %2 are not those it held when it was finalised (decision %3).")
                        .arg(partName(part), label, last.decisionNumber));
        }
        report.notes.append(
            Database::tr("%1: final, decision %2 of %3, printed digest %4.")
                .arg(label, last.decisionNumber, last.decisionDate.toString(u"dd/MM/yyyy"_s), last.printedDigest()));
    }
}

} // namespace parindex
