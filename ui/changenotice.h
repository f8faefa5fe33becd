#pragma once

#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

namespace parindex {

// What the status bar says when the window reloaded the writes of another program, window or command: who changed
// what and when, in the council's words ("Reloaded: thuky imported the scores of 2023 – UBND cấp huyện at 14:03").
// Several writes are summarised, a burst of one person's cell edits in one period as one item.
class ChangeNotice
{
    Q_DECLARE_TR_FUNCTIONS(ChangeNotice)
public:
    // Code -> name of the groups and units, so that the text names them as the window does.
    QHash<QString, QString> groupNames;
    QHash<QString, QString> unitNames;
    // The time the text is read at: a change of another day also names its date.
    QDate today = QDate::currentDate();

    QString text(const QList<AuditEntry> &entries) const;
    // The file changed without a line in its audit log (an edit with another tool): everything was read again.
    static QString outsideTheProgram();

private:
    struct Run;
    QString itemText(const Run &run) const;
    QString what(const Run &run) const;
    QString periodText(const QString &label) const;
    QString timeText(const QDateTime &at) const;
};

} // namespace parindex
