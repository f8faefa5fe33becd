#include "copycriteriadialog.h"

#include "deskdocument.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

QList<Period> CopyCriteriaDialog::sources(const DeskDocument *document, const Period &target)
{
    // A year whose tree cannot be read is listed too: the dialog says why it cannot be copied.
    QList<Period> list;
    const auto periods = document->periods(target.groupCode);
    for (const Period &p : periods ? *periods : QList<Period>()) {
        if (p.year >= target.year)
            continue;
        const auto tree = document->criteria(p.id);
        if (!tree || !tree->isEmpty())
            list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const Period &a, const Period &b) { return a.year > b.year; });
    return list;
}

CopyCriteriaDialog::CopyCriteriaDialog(DeskDocument *document, const Period &target, QWidget *parent)
    : QDialog(parent), m_sources(sources(document, target)), m_list(new QListWidget(this))
{
    setObjectName(u"copyCriteriaDialog"_s);
    setWindowTitle(tr("Copy criteria from an earlier year"));
    auto *intro = new QLabel(tr("The criteria tree and the classification bands of the year you choose replace those "
                                "of %1 (group %2). Undo brings the present ones back.")
                                 .arg(QString::number(target.year), document->groupName(target.groupCode)),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"sourceYears"_s);
    int first = -1;
    for (const Period &p : std::as_const(m_sources)) {
        const auto tree = document->criteria(p.id);
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, p.id);
        if (!tree) {
            item->setText(tr("%1: cannot be read (%2)").arg(QString::number(p.year), tree.error().text()));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            continue;
        }
        item->setText(
            tr("%1 (%2): %n area(s), %3 criteria in all", nullptr, int(tree->roots().size()))
                .arg(QString::number(p.year), PeriodText::statusLabel(p.status), QString::number(tree->size())));
        if (first < 0)
            first = m_list->row(item);
    }
    m_list->setCurrentRow(first);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    copy->setEnabled(first >= 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

std::optional<Period> CopyCriteriaDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sources.size())
        return std::nullopt;
    return m_sources[row];
}

} // namespace parindex
