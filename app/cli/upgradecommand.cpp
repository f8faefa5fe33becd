// `upgrade`: brings an older store to this program's version. A server store is upgraded only so, by its owner (or a
// superuser), after a backup of the database with pg_dump; a file is upgraded as opening it to write does (a backup
// copy
// "<file>.v<N>.bak" first), which this command does on its own too.
#include "commandline.h"

#include "storage/database.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::upgrade()
{
    if (m_words.size() != 1)
        return usage(tr("Use: upgrade (with --db FILE|ADDRESS, nothing else)"));
    const QString db = option(u"db"_s);
    const auto done = Database::upgrade(db);
    if (!done)
        return fail(done.error());
    const QString named = QDir::toNativeSeparators(db);
    if (done->from == done->to) {
        m_err << tr("%1 is at version %2, this program's: there is nothing to upgrade. Nothing was changed.")
                     .arg(named)
                     .arg(done->to)
              << u'\n';
        return Done;
    }
    m_writtenPath = db; // what this computer saw of its audit log, after the upgrade
    m_err << (done->backup.isEmpty()
            ? tr("Upgraded %1 from version %2 to version %3.").arg(named).arg(done->from).arg(done->to)
            : tr("Upgraded %1 from version %2 to version %3; the copy taken before is %4.")
                  .arg(named)
                  .arg(done->from)
                  .arg(done->to)
                  .arg(QDir::toNativeSeparators(done->backup)))
          << u'\n';
    return Done;
}

} // namespace parindex
