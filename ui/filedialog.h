#pragma once

#include <QtCore/QCoreApplication>
#include <QtWidgets/QFileDialog>

class QAbstractFileIconProvider;

namespace parindex {

// Every file dialog of the program: Qt's own (not the platform's: its texts are in our translations), with
// icons and types told from a file's name alone. Qt's default provider reads the first bytes of every file the
// dialog lists whose name it does not know (QMimeDatabase::mimeTypeForFile, for the "Type" column and the
// icon), the open .parindex file and its -wal and -shm among them; on POSIX, closing that read drops every lock
// the program holds on the file, so another program would then believe it is alone, checkpoint and delete the
// write-ahead log under the open window ("How to corrupt an SQLite database", 2.2).
class FileDialog : public QFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)
public:
    FileDialog(QWidget *parent, const QString &caption);

    // The provider every FileDialog uses; it reads no file and holds no state (one for the whole program).
    static QAbstractFileIconProvider *namesOnlyIconProvider();
};

} // namespace parindex
