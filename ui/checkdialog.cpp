#include "checkdialog.h"

#include "deskdocument.h"

#include "desk/publication.h"

#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The check itself, on a read-only connection of this thread's own (a connection belongs to the thread that
// opened it).
CheckReport checkOnOwnConnection(
    const QString &path, const QString &digest, std::optional<int> year, const QString &group)
{
    const auto db = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
    if (!db) {
        CheckReport report;
        report.problems.append(db.error().text());
        return report;
    }
    return digest.isEmpty() ? Publication::check(**db) : Publication::checkDigest(**db, digest, year, group);
}
} // namespace

CheckDialog::CheckDialog(DeskDocument *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_summary(new QLabel(this)),
      m_text(new QPlainTextEdit(this)),
      m_digest(new QLineEdit(this)),
      m_period(new QComboBox(this)),
      m_compare(new QPushButton(tr("C&ompare"), this)),
      m_again(new QPushButton(tr("Check &again"), this))
{
    setWindowTitle(tr("Check the file"));
    auto *intro = new QLabel(tr("The file's structure, its audit log, the seal of every row, what each period holds, "
                                "and the ranking of every final period computed again and compared with what it "
                                "published."),
        this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setObjectName(u"checkReport"_s);

    auto *paper = new QGroupBox(tr("Against a printed decision"), this);
    m_digest->setPlaceholderText(u"XXXX-XXXX"_s);
    m_digest->setMaxLength(16);
    m_period->addItem(tr("Every final period"));
    // The check itself reads the file and reports what it cannot read; the list offers what could be read.
    const auto groups = document->groups();
    for (const UnitGroup &g : groups ? *groups : QList<UnitGroup>()) {
        const auto periods = document->periods(g.code);
        for (const Period &p : periods ? *periods : QList<Period>()) {
            if (p.isFinal())
                m_period->addItem(tr("%1 – %2 (decision %3)").arg(QString::number(p.year), g.name, p.decisionNumber),
                    QList<QVariant> {p.year, p.groupCode});
        }
    }
    auto *form = new QFormLayout;
    auto *digestLabel = new QLabel(tr("&Digest printed under the annex:"), paper);
    digestLabel->setBuddy(m_digest);
    form->addRow(digestLabel, m_digest);
    auto *periodLabel = new QLabel(tr("&Period:"), paper);
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, m_period);
    auto *paperLayout = new QVBoxLayout(paper);
    paperLayout->addLayout(form);
    paperLayout->addWidget(m_compare, 0, Qt::AlignRight);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &CheckDialog::checkFile);
    connect(m_compare, &QPushButton::clicked, this, &CheckDialog::checkDigest);
    connect(m_digest, &QLineEdit::returnPressed, this, &CheckDialog::checkDigest);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(paper);
    layout->addWidget(buttons);
    resize(760, 560);
    checkFile();
}

CheckDialog::~CheckDialog()
{
    // Closed while the check runs: its finished() would reach a dialog that is gone, and the thread would never be
    // deleted (seen by LeakSanitizer). Waited for, then deleted here.
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

void CheckDialog::checkFile()
{
    run({}, std::nullopt, {});
}

void CheckDialog::checkDigest()
{
    const QString typed = m_digest->text().trimmed();
    if (typed.isEmpty()) {
        m_summary->setText(tr("Type the digest printed under the decision's annex, such as 7K3M-Q9XD."));
        m_digest->setFocus();
        return;
    }
    const QList<QVariant> period = m_period->currentData().toList();
    run(typed, period.isEmpty() ? std::nullopt : std::optional<int>(period.value(0).toInt()),
        period.value(1).toString());
}

void CheckDialog::run(const QString &digest, std::optional<int> year, const QString &group)
{
    if (m_busy)
        return;
    m_busy = true;
    m_again->setEnabled(false);
    m_compare->setEnabled(false);
    m_summary->setText(digest.isEmpty() ? tr("Checking the whole file…") : tr("Comparing with %1…").arg(digest));
    auto result = std::make_shared<CheckReport>();
    m_worker = QThread::create([result, path = m_document->path(), digest, year, group] {
        *result = checkOnOwnConnection(path, digest, year, group);
    });
    connect(m_worker, &QThread::finished, this, [this, result, isDigest = !digest.isEmpty()] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_busy = false;
        m_again->setEnabled(true);
        m_compare->setEnabled(true);
        present(*result, isDigest);
    });
    m_worker->start();
}

void CheckDialog::present(const CheckReport &report, bool digest)
{
    m_report = report;
    QString summary;
    if (report.ok())
        summary = digest ? tr("The file matches the paper.") : tr("No problems found.");
    else
        summary = tr("%n problem(s) found.", nullptr, int(report.problems.size()));
    m_summary->setText(u"<b>%1</b>"_s.arg(summary.toHtmlEscaped()));
    m_summary->setStyleSheet(report.ok() ? u"color: #1b5e20"_s : u"color: #b71c1c"_s);
    QStringList lines;
    for (const QString &problem : report.problems)
        lines.append(tr("PROBLEM: %1").arg(problem));
    lines.append(report.notes);
    m_text->setPlainText(lines.join(u'\n'));
}

} // namespace parindex
