#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

// A member of the council on a server store: a PostgreSQL login with what it was assigned. The server enforces it
// (grants, row-level security, guard triggers: core/storage/serverrights.cpp); the window only shows it.
struct Member
{
    enum class Role { Secretary, Appraiser, Unit };

    QString login;
    Role role = Role::Appraiser;
    QString groupCode; // an appraiser's group; empty: every group
    QStringList areas; // an appraiser's areas (top-level criterion codes, "2"); empty: every area
    QString unitCode; // a unit's staff: their unit; an appraiser: only this unit when set

    friend bool operator==(const Member &, const Member &) = default;
};

QString roleCode(Member::Role role); // as stored and typed: secretary, appraiser, unit
std::optional<Member::Role> roleFromCode(const QString &code);
// The area of a criterion: its top-level code ("2" for "2.1.3").
QString areaOf(const QString &criterionCode);

// What this connection may change. A file, the owner of a server store and a secretary may change everything; an
// appraiser the appraised values, not-applicable marks and notes of the cells assigned; a unit's staff the
// self-assessment and explanations of their own unit. A login that is no member changes nothing.
struct Rights
{
    bool everything = true;
    std::optional<Member> member; // the assignment, when not everything

    static Rights none() { return Rights {false, std::nullopt}; }
    static Rights of(const Member &m) { return Rights {m.role == Member::Role::Secretary, m}; }

    bool isSecretary() const { return everything; }
    // Appraised value, not-applicable mark and note of a cell.
    bool mayAppraise(const QString &groupCode, const QString &criterionCode, const QString &unitCode) const;
    // Self-assessed value, explanations (and evidence) of a unit's cell.
    bool maySelfAssess(const QString &unitCode) const;
    // What the window says about the rights ("appraiser of areas 2, 5 in group SO"); empty for everything.
    QString description() const;
};

} // namespace parindex
