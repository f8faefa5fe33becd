#include "whatifdialog.h"

#include "desk/whatifformats.h"
#include "io/xlsx/tablefile.h"
#include "messages.h"
#include "storage/database.h"
#include "whatifmodels.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

WhatIfDialog::WhatIfDialog(RankingInput real, QString databasePath, QWidget *parent)
    : QDialog(parent),
      m_real(std::move(real)),
      m_databasePath(std::move(databasePath)),
      m_maxima(new ScenarioMaximaModel(this)),
      m_comparison(new WhatIfModel(this)),
      m_maximaView(new QTableView(this)),
      m_comparisonView(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_reset(new QPushButton(tr("&Real maxima"), this)),
      m_export(new QPushButton(tr("Ex&port comparison…"), this))
{
    setObjectName(u"whatIfDialog"_s);
    setWindowTitle(tr("What if: %1/%2").arg(QString::number(m_real.year), m_real.groupCode));
    m_maxima->setLocale(locale());
    m_comparison->setLocale(locale());

    m_maximaView->setObjectName(u"scenarioMaxima"_s);
    m_maximaView->setModel(m_maxima);
    m_maximaView->verticalHeader()->hide();
    m_maximaView->setWordWrap(false);
    for (int column : {ScenarioMaximaModel::Code, ScenarioMaximaModel::RealMax, ScenarioMaximaModel::ScenarioMax})
        m_maximaView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_maximaView->horizontalHeader()->setSectionResizeMode(ScenarioMaximaModel::Title, QHeaderView::Stretch);
    m_maximaView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_comparisonView->setObjectName(u"whatIfComparison"_s);
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->verticalHeader()->hide();
    m_comparisonView->horizontalHeader()->setSectionResizeMode(WhatIfModel::Unit, QHeaderView::Stretch);
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setWordWrap(false);
    m_problem->setObjectName(u"scenarioProblem"_s);
    m_problem->setStyleSheet(u"color: #a00000"_s);
    m_problem->setWordWrap(true);
    m_summary->setObjectName(u"whatIfSummary"_s);
    m_export->setObjectName(u"exportWhatIf"_s);
    m_reset->setObjectName(u"resetScenario"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *maximaLabel = new QLabel(tr("Maxima of the scenario (the period is not changed):"), left);
    leftLayout->addWidget(maximaLabel);
    leftLayout->addWidget(m_maximaView);
    leftLayout->addWidget(m_problem);
    leftLayout->addWidget(m_reset, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_comparisonView);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 800});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(m_maxima, &ScenarioMaximaModel::scenarioChanged, this, &WhatIfDialog::recompute);
    connect(m_maxima, &ScenarioMaximaModel::dataChanged, this, [this] { m_problem->clear(); });
    connect(m_reset, &QPushButton::clicked, m_maxima, &ScenarioMaximaModel::resetScenario);
    connect(m_export, &QPushButton::clicked, this, &WhatIfDialog::exportWithDialog);
    // A refused edit leaves the cell as it was and says why.
    connect(m_maximaView->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this] { m_problem->setText(m_maxima->problem()); });
    m_maxima->setRealTree(m_real.tree);
    resize(1200, 640);
}

void WhatIfDialog::recompute()
{
    const auto comparison = WhatIf::compare(m_real, {tr("Sandbox"), m_maxima->scenarioTree(), m_real.bands});
    if (!comparison) {
        m_problem->setText(comparison.error().text());
        return;
    }
    m_comparison->setComparison(*comparison);
    m_comparisonView->resizeColumnsToContents();
    m_summary->setText(summary());
}

QString WhatIfDialog::summary() const
{
    int ranks = 0;
    int classes = 0;
    for (const WhatIfRow &row : m_comparison->comparison().rows) {
        ranks += row.rankChanged() ? 1 : 0;
        classes += row.classChanged() ? 1 : 0;
    }
    if (ranks == 0 && classes == 0)
        return tr("Under these maxima no unit changes rank or class.");
    return tr("Under these maxima, units that change rank: %1; that change class: %2 (highlighted).")
        .arg(locale().toString(ranks), locale().toString(classes));
}

Status WhatIfDialog::exportComparison(const QString &path) const
{
    if (const Status s = Database::refuseOwnFile(m_databasePath, path); !s)
        return s;
    return TableFile::write(path, {WhatIfFormats::sheet(m_comparison->comparison())});
}

void WhatIfDialog::exportWithDialog()
{
    const QString title = tr("Export the comparison");
    const QString path = Messages::saveFileName(this, title, tr("Workbook (*.xlsx);;CSV file (*.csv)"),
        u"whatif-%1-%2.xlsx"_s.arg(QString::number(m_real.year), m_real.groupCode));
    if (path.isEmpty())
        return;
    if (const Status s = exportComparison(path); !s)
        Messages::warning(this, title, s.error().text());
}

} // namespace parindex
