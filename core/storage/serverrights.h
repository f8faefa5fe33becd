#pragma once

#include "database.h"
#include "model/member.h"

namespace parindex::serverrights {

// The rights of a council's members on a server store, enforced by PostgreSQL itself so that a member who connects
// with psql has exactly the rights the window shows:
// - grants: per store, three group roles "<database>_secretary", "_appraiser" and "_unit" (NOLOGIN) hold what each
//   role may touch at all; audit rows and what a final period published are INSERT only for everyone;
// - row-level security: which score cells and explanations a member writes (an appraiser's group, areas and unit; a
//   unit's staff their own unit), and that the audit row of a write names the member who made it;
// - guard triggers (statement level, with transition tables): which columns (the self-assessment is the unit's,
//   the appraisal the council's), refused deletes (named, never skipped in silence), no write into a final period
//   and no change to the audit log or what was published, for everyone, the store's owner included.
// Members are PostgreSQL login roles listed in parindex_member with their assignment.

// The guards, policies and the member table (idempotent): at `init` on a server, and before every member is added.
Status install(Database::Private &d);
// The same in a transaction of its own (at `init`, before any write of the store).
Status installNow(Database::Private &d);
// Refuses (naming the login, the store and its version `found`) a login that neither owns the store nor is a superuser:
// only they upgrade it. A superuser that is not the owner then acts as the owner (SET ROLE) for the connection.
Status takeOwnersPart(Database::Private &d, int found);
// After an upgrade, in its last transaction: the guards and policies again, and, where members were added (the store's
// group roles exist), the grants on every table (a table made again has none).
Status reinstall(Database::Private &d);
Result<Rights> rightsOf(const Database::Private &d);
Result<QList<Member>> members(const Database::Private &d);
// Creates the login (unless it exists: then it becomes a member) with the password when one is given, and its
// assignment; needs a login that may create roles.
Status addMember(Database::Private &d, const Member &member, const QString &password);
// Ends the membership; drops the login when it was made by addMember.
Status removeMember(Database::Private &d, const QString &login);
// The group role of a store's role ("<database>_appraiser").
QString groupRole(const QString &database, Member::Role role);

} // namespace parindex::serverrights
