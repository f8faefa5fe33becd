#include "exportdialog.h"

#include "readfailure.h"

#include "desk/filetransfer.h"
#include "deskdocument.h"
#include "filedialog.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace parindex {

ExportDialog::ExportDialog(DeskDocument *document, qint64 periodId, const QString &unitCode, QWidget *parent)
    : QDialog(parent), m_document(document), m_periodId(periodId)
{
    setWindowTitle(tr("Export"));
    setObjectName(u"exportDialog"_s);
    m_what = new QComboBox(this);
    m_what->setObjectName(u"exportWhat"_s);
    m_what->addItem(tr("Ranking"), int(What::Ranking));
    m_what->addItem(tr("Score sheets, one row per unit and criterion"), int(What::ScoresLong));
    m_what->addItem(tr("Score sheets, one row per unit (appraised values)"), int(What::ScoresWide));
    m_what->addItem(tr("Criteria tree"), int(What::Criteria));
    m_what->addItem(tr("Self-assessment template of a unit"), int(What::Template));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"exportUnit"_s);
    const auto units = document->periodUnits(periodId);
    for (const Unit &u : units ? *units : QList<Unit>())
        m_unit->addItem(tr("%1 (%2)").arg(u.name, u.code), u.code);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitCode)));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setPlaceholderText(tr("File name ending in .xlsx or .csv"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    m_message = new QLabel(this);
    m_message->setObjectName(u"exportMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Unit:"), m_unit);
    // A row holding a layout gets no buddy: its label would show the "&" instead of underlining the key.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 220);

    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::updateUnitChoice);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateUnitChoice();
    if (!units)
        m_message->setText(ReadFailure::ofPeriod(units.error().text())); // each export reads again, and says why
}

void ExportDialog::updateUnitChoice()
{
    m_unit->setEnabled(What(m_what->currentData().toInt()) == What::Template);
}

void ExportDialog::chooseFile()
{
    FileDialog dialog(this, tr("Export to"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Excel workbook (*.xlsx)"), tr("CSV, UTF-8 (*.csv)")});
    dialog.setDefaultSuffix(u"xlsx"_s);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_path->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
}

bool ExportDialog::exportNow()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const auto read = m_document->periodById(m_periodId);
    if (!read) {
        m_message->setText(ReadFailure::ofPeriod(read.error().text()));
        return false;
    }
    const std::optional<Period> &period = *read;
    if (path.isEmpty() || !period) {
        m_message->setText(tr("Enter the name of the file to write."));
        return false;
    }
    const Database &db = m_document->database();
    Status s;
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const int units = m_unit->count();
    QString written;
    switch (What(m_what->currentData().toInt())) {
    case What::Ranking:
        // For people, in the window's language; the command line keeps formats.md's columns for scripts.
        s = FileTransfer::exportRanking(db, period->year, period->groupCode, path, FileTransfer::Readers::People);
        written = tr("The ranking of %1 units was written to %2.").arg(units).arg(file);
        break;
    case What::ScoresLong:
        s = FileTransfer::exportScores(db, period->year, period->groupCode, path, FileTransfer::ScoresLayout::Long);
        written = tr("The score sheets of %1 units were written to %2.").arg(units).arg(file);
        break;
    case What::ScoresWide:
        s = FileTransfer::exportScores(db, period->year, period->groupCode, path, FileTransfer::ScoresLayout::Wide);
        written = tr("The score sheets of %1 units were written to %2.").arg(units).arg(file);
        break;
    case What::Criteria:
        s = FileTransfer::exportCriteria(db, period->year, period->groupCode, path);
        if (const auto tree = m_document->criteria(m_periodId))
            written = tr("The criteria tree (%1 criteria) was written to %2.").arg(tree->size()).arg(file);
        break;
    case What::Template:
        s = FileTransfer::exportTemplate(db, period->year, period->groupCode, m_unit->currentData().toString(), path);
        written = tr("The self-assessment template of %1 was written to %2.")
                      .arg(m_document->unitName(m_periodId, m_unit->currentData().toString()), file);
        break;
    }
    if (written.isEmpty())
        written = tr("Written to %1.").arg(file);
    m_written = s ? written : QString();
    m_message->setText(s ? tr("Written to %1.").arg(QDir::toNativeSeparators(path)) : s.error().text());
    return s.ok();
}

} // namespace parindex
