#include "evidencedialog.h"

#include "commands/evidencecommands.h"
#include "deskdocument.h"
#include "messages.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtGui/QKeySequence>
#include <QtGui/QShortcut>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// Where opened documents are written for the program that shows them: one folder for the session, removed when
// the program ends (a viewer may still be reading a document after its dialog closed).
QString openedFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + u"/parindex-evidence-XXXXXX"_s);
    return folder.isValid() ? folder.path() : QString();
}
} // namespace

EvidenceDialog::EvidenceDialog(DeskDocument *document, Cell cell, const QString &lockedReason, QWidget *parent)
    : QDialog(parent), m_document(document), m_cell(std::move(cell)), m_lockedReason(lockedReason)
{
    setObjectName(u"evidenceDialog"_s);
    setWindowTitle(tr("Evidence documents: %1, criterion %2").arg(m_cell.unitName, m_cell.criterionCode));
    // The criterion as the sheet shows it (its code, then its title).
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(m_cell.criterionTitle.toHtmlEscaped()), this);
    title->setWordWrap(true);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(u"evidenceList"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("File"), tr("Kind"), tr("Size"), tr("Attached by"), tr("Attached on")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setMinimumWidth(640);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"evidenceEmpty"_s);
    m_empty->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"evidenceHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(m_lockedReason.isEmpty()
            ? tr("A PDF, an image or an office file (Word, Excel, PowerPoint, OpenDocument), at most %1 each. "
                 "Each document is kept in the file itself.")
                  .arg(evidence::sizeText(evidence::MaxBytes))
            : m_lockedReason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_attach = buttons->addButton(tr("&Attach…"), QDialogButtonBox::ActionRole);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save a copy…"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_attach->setObjectName(u"attachEvidenceButton"_s);
    m_open->setObjectName(u"openEvidenceButton"_s);
    m_save->setObjectName(u"saveEvidenceButton"_s);
    m_remove->setObjectName(u"removeEvidenceButton"_s);
    for (QPushButton *b : {m_attach, m_open, m_save, m_remove})
        b->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &EvidenceDialog::askAttach);
    connect(m_open, &QPushButton::clicked, this, &EvidenceDialog::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &EvidenceDialog::askSave);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceDialog::removeCurrent);
    connect(m_view, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &EvidenceDialog::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &EvidenceDialog::removeCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_document, &DeskDocument::evidenceChanged, this, [this](qint64 periodId, const QString &unitCode) {
        if (periodId == m_cell.periodId && (unitCode.isEmpty() || unitCode == m_cell.unitCode))
            reload();
    });
    reload();
}

void EvidenceDialog::reload()
{
    const qint64 currentId = current() ? current()->id : 0;
    m_list.clear();
    const auto all = m_document->evidence(m_cell.periodId, m_cell.unitCode);
    for (const Evidence &e : all ? *all : QList<Evidence>()) {
        if (e.criterionCode == m_cell.criterionCode)
            m_list.append(e);
    }
    m_view->clear();
    const QLocale locale;
    for (const Evidence &e : std::as_const(m_list)) {
        auto *item = new QTreeWidgetItem(m_view,
            {e.name, evidence::kindOf(e.mediaType), evidence::sizeText(e.size), e.addedBy,
                locale.toString(e.added.toLocalTime(), QLocale::ShortFormat)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("SHA-256 %1").arg(e.sha256));
        if (e.id == currentId)
            m_view->setCurrentItem(item);
    }
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    for (int c = 1; c < m_view->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    m_empty->setText(!all ? all.error().message
            : m_list.isEmpty()
            ? (m_lockedReason.isEmpty() ? tr("No evidence document is attached to this criterion yet: choose Attach… "
                                             "to add the unit's documents.")
                                        : tr("No evidence document is attached to this criterion."))
            : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    updateButtons();
}

const Evidence *EvidenceDialog::current() const
{
    const int row = m_view->currentItem() ? m_view->indexOfTopLevelItem(m_view->currentItem()) : -1;
    return row >= 0 && row < m_list.size() ? &m_list[row] : nullptr;
}

void EvidenceDialog::updateButtons()
{
    const bool chosen = current() != nullptr;
    m_attach->setEnabled(m_lockedReason.isEmpty());
    m_open->setEnabled(chosen);
    m_save->setEnabled(chosen);
    m_remove->setEnabled(chosen && m_lockedReason.isEmpty());
    m_attach->setToolTip(m_lockedReason);
}

void EvidenceDialog::askAttach()
{
    QStringList patterns;
    for (const QString &suffix : evidence::acceptedSuffixes())
        patterns.append(u"*."_s + suffix);
    attach(Messages::openFileNames(this, tr("Attach evidence documents"),
        tr("Evidence documents (%1)").arg(patterns.join(u' ')) + u";;"_s + tr("All files (*)")));
}

void EvidenceDialog::attach(const QStringList &paths)
{
    if (!m_lockedReason.isEmpty())
        return;
    // Each file is its own step: one refused (too large, not a document) leaves the others attached.
    for (const QString &path : paths)
        AttachEvidenceCommand::apply(
            m_document, m_cell.periodId, m_cell.unitCode, m_cell.criterionCode, path, m_cell.unitName);
}

bool EvidenceDialog::openCurrent()
{
    const Evidence *e = current();
    if (!e)
        return false;
    const auto content = m_document->evidenceContent(m_cell.periodId, e->id);
    if (!content) {
        Messages::warning(this, tr("Not opened"), content.error().message);
        return false;
    }
    const QString folder = openedFolder();
    QDir(folder).mkpath(QString::number(e->id));
    const QString path = u"%1/%2/%3"_s.arg(folder, QString::number(e->id), e->name);
    QFile file(path);
    if (folder.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(*content) != content->size() || !file.flush()) {
        Messages::warning(this, tr("Not opened"),
            tr("%1 could not be written to a temporary folder to open it: %2. Save a copy instead.")
                .arg(e->name, file.errorString()));
        return false;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        Messages::warning(this, tr("Not opened"),
            tr("No program on this computer opens %1 (%2). Save a copy and open it with the program you use for "
               "such files.")
                .arg(e->name, evidence::kindOf(e->mediaType)));
        return false;
    }
    return true;
}

void EvidenceDialog::askSave()
{
    const Evidence *e = current();
    if (!e)
        return;
    const QString path = Messages::saveFileName(this, tr("Save a copy of %1").arg(e->name),
        tr("%1 (*.%2)").arg(evidence::kindOf(e->mediaType), QFileInfo(e->name).suffix()), e->name);
    if (!path.isEmpty())
        saveCurrent(path);
}

bool EvidenceDialog::saveCurrent(const QString &path)
{
    const Evidence *e = current();
    if (!e)
        return false;
    if (const Status s = m_document->saveEvidence(m_cell.periodId, e->id, path); !s) {
        Messages::warning(this, tr("Not saved"), s.error().message);
        return false;
    }
    return true;
}

void EvidenceDialog::removeCurrent()
{
    if (!current() || !m_lockedReason.isEmpty())
        return;
    const Evidence shown = *current(); // the list is read again as soon as the store changes
    const Evidence *e = &shown;
    if (!Messages::confirm(this, tr("Remove evidence"),
            tr("Take %1 away from criterion %2 of %3? Undo (Ctrl+Z) attaches it again.")
                .arg(e->name, m_cell.criterionCode, m_cell.unitName),
            tr("Remove")))
        return;
    RemoveEvidenceCommand::apply(m_document, m_cell.periodId, shown, m_cell.unitName);
}

} // namespace parindex
