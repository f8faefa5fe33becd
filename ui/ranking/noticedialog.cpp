#include "noticedialog.h"

#include "datebox.h"
#include "deskdocument.h"
#include "filedialog.h"
#include "render/decision/noticeprint.h"

#include <algorithm>

#include <QtCore/QDir>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>

using namespace Qt::StringLiterals;

namespace parindex {

NoticeDialog::NoticeDialog(DeskDocument *document, int year, const QString &groupCode, QWidget *parent)
    : QDialog(parent), m_document(document), m_year(year)
{
    setObjectName(u"noticeDialog"_s);
    setWindowTitle(tr("Notices of appraisal results %1").arg(year));
    m_group = new QComboBox(this);
    m_group->setObjectName(u"noticeGroup"_s);
    if (const auto groups = document->groups()) {
        for (const UnitGroup &g : *groups) {
            const auto p = document->period(year, g.code);
            if (p && *p)
                m_group->addItem(g.name, g.code);
        }
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(groupCode)));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"noticeUnit"_s);
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"noticeNumber"_s);
    m_number->setPlaceholderText(tr("blank: written by hand, e.g. 15/TB-HĐTĐ"));
    const QDate today = QDate::currentDate();
    m_date = new DateBox(today, this);
    m_date->setObjectName(u"noticeDate"_s);
    m_deadline = new DateBox(today.addDays(10), this);
    m_deadline->setObjectName(u"noticeDeadline"_s);
    m_oneFile = new QRadioButton(tr("One &file for all (each unit on a new page)"), this);
    m_perUnit = new QRadioButton(tr("One PDF &per unit, into a folder"), this);
    m_oneFile->setChecked(true);
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"noticeTarget"_s);
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"noticeProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #a40000; }"_s);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("G&roup:"), m_group);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("Ref&erence number:"), m_number);
    form->addRow(tr("&Dated:"), m_date);
    form->addRow(tr("Explanations unti&l:"), m_deadline);
    form->addRow(m_oneFile);
    form->addRow(m_perUnit);
    form->addRow(tr("File or f&older:"), targetRow);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(m_group, &QComboBox::currentIndexChanged, this, &NoticeDialog::reloadUnits);
    connect(browse, &QPushButton::clicked, this, &NoticeDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoticeDialog::reject);
    reloadUnits();
}

void NoticeDialog::reloadUnits()
{
    m_unit->clear();
    m_unit->addItem(tr("All units of the group"), QString());
    const QString group = m_group->currentData().toString();
    const auto p = m_document->period(m_year, group);
    if (!p || !*p)
        return;
    if (const auto units = m_document->periodUnits((*p)->id)) {
        for (const Unit &u : *units)
            m_unit->addItem(u.name, u.code);
    }
}

void NoticeDialog::browse()
{
    FileDialog dialog(this, m_perUnit->isChecked() ? tr("Folder for the notices") : tr("Notices as PDF"));
    if (m_perUnit->isChecked()) {
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setNameFilter(tr("PDF (*.pdf)"));
        dialog.setDefaultSuffix(u"pdf"_s);
        dialog.selectFile(u"ThongBao_%1_%2.pdf"_s.arg(QString::number(m_year), m_group->currentData().toString()));
    }
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_target->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
}

Result<NoticeDialog::Choice> NoticeDialog::choice() const
{
    Choice c;
    c.request.year = m_year;
    c.request.groupCode = m_group->currentData().toString();
    c.request.unitCode = m_unit->currentData().toString();
    c.request.number = m_number->text().trimmed();
    if (c.request.groupCode.isEmpty())
        return Error {Error::Kind::Usage, tr("No group has a period in %1.").arg(m_year)};
    const auto date = m_date->typedDate();
    if (!m_date->text().trimmed().isEmpty() && !date)
        return Error {Error::Kind::Usage, tr("Dated: %1").arg(DateBox::formatMessage())};
    c.request.date = date.value_or(QDate());
    const auto deadline = m_deadline->typedDate();
    if (!m_deadline->text().trimmed().isEmpty() && !deadline)
        return Error {Error::Kind::Usage, tr("Explanations until: %1").arg(DateBox::formatMessage())};
    c.request.deadline = deadline.value_or(QDate());
    if (c.request.date.isValid() && c.request.deadline.isValid() && c.request.deadline < c.request.date)
        return Error {Error::Kind::Usage, tr("The deadline for explanations is before the notice's date.")};
    c.perUnit = m_perUnit->isChecked();
    c.target = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (c.target.isEmpty())
        return Error {Error::Kind::Usage,
            c.perUnit ? tr("Choose the folder for the notices.") : tr("Choose the PDF file for the notices.")};
    if (!c.perUnit && !c.target.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        c.target += u".pdf"_s;
    return c;
}

Result<QStringList> NoticeDialog::write(const DeskDocument &document, const Choice &choice)
{
    const auto notices = NoticeDocument::load(document.database(), choice.request);
    if (!notices)
        return notices.error();
    if (choice.perUnit)
        return NoticePrint::writePdfs(*notices, choice.target);
    if (const Status s = NoticePrint::writePdf(*notices, choice.target); !s)
        return s.error();
    return QStringList {choice.target};
}

void NoticeDialog::accept()
{
    const auto c = choice();
    const auto written = c ? write(*m_document, *c) : Result<QStringList>(c.error());
    if (!written) {
        m_problem->setText(written.error().text());
        m_problem->show();
        return;
    }
    m_written = *written;
    QDialog::accept();
}

} // namespace parindex
