#include "filedialog.h"

#include <QtCore/QFileInfo>
#include <QtCore/QMimeDatabase>
#include <QtGui/QIcon>
#include <QtWidgets/QFileIconProvider>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// Icons and types from the name and the kind of entry (a stat, never a read): QMimeDatabase::MatchExtension,
// the icon theme by that type's name, the style's icons for a folder, a drive, a file. The platform theme's file
// icons are never asked either (GTK's reads a file to guess its type).
class NamesOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        if (info.isDir())
            return icon(Folder);
        const QIcon themed = QIcon::fromTheme(mimeByName(info).iconName());
        return themed.isNull() ? icon(File) : themed;
    }

    QString type(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QAbstractFileIconProvider::type(info); // a folder, a drive, a link: reads nothing
        if (info.suffix().compare(u"parindex"_s, Qt::CaseInsensitive) == 0)
            return FileDialog::tr("PAR Index file");
        const QMimeType mime = mimeByName(info);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeType mimeByName(const QFileInfo &info) const
    {
        return m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    }
    QMimeDatabase m_mimes;
};
} // namespace

FileDialog::FileDialog(QWidget *parent, const QString &caption) : QFileDialog(parent, caption)
{
    setOption(QFileDialog::DontUseNativeDialog);
    setIconProvider(namesOnlyIconProvider());
}

QAbstractFileIconProvider *FileDialog::namesOnlyIconProvider()
{
    // Lives as long as the program (never destroyed after the application's style and icons): a dialog's file
    // system model may still ask it while the dialog is destroyed.
    static auto *const provider = new NamesOnlyIconProvider;
    return provider;
}

} // namespace parindex
