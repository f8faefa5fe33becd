#include "explanationactions.h"

#include "commands/explanationcommands.h"
#include "datebox.h"
#include "deskdocument.h"
#include "scoresheetmodel.h"

#include <QtGui/QAction>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;

namespace parindex {

ExplanationActions::ExplanationActions(
    DeskDocument *document, ScoreSheetModel *model, QTreeView *view, QWidget *dialogParent)
    : QObject(view),
      m_document(document),
      m_model(model),
      m_view(view),
      m_dialogParent(dialogParent),
      m_record(new QAction(tr("Record explanation…"), dialogParent)),
      m_decide(new QAction(tr("Decide explanation…"), dialogParent))
{
    m_record->setObjectName(u"recordExplanationAction"_s);
    m_decide->setObjectName(u"decideExplanationAction"_s);
    m_record->setToolTip(tr("Record what the unit explained about the current cell of its notice, and when it "
                            "arrived: the cell is marked until the council decides it"));
    m_decide->setToolTip(tr("The council decided the current cell's explanation: its mark goes, the explanation "
                            "stays in the sheet"));
    connect(m_record, &QAction::triggered, this, &ExplanationActions::askRecord);
    connect(m_decide, &QAction::triggered, this, &ExplanationActions::askDecide);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExplanationActions::update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExplanationActions::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExplanationActions::update);
    connect(m_model, &ScoreSheetModel::editableChanged, this, &ExplanationActions::update);
    update();
}

QString ExplanationActions::currentCode() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.data(ScoreSheetModel::LeafRole).toBool())
        return {};
    return current.data(ScoreSheetModel::CodeRole).toString();
}

void ExplanationActions::update()
{
    const QString code = currentCode();
    m_record->setEnabled(!code.isEmpty());
    m_decide->setEnabled(!code.isEmpty() && m_model->openExplanation(code).has_value());
}

bool ExplanationActions::refuseOnFinal()
{
    if (m_model->isEditable())
        return false;
    (void)m_document->refuse(Error {Error::Kind::Final,
        tr("Explanations are recorded while the results are not final. This sheet cannot be changed: the period is "
           "final or the file is read-only; reopen the period with a reason to correct it.")});
    return true;
}

bool ExplanationActions::record(const QString &text, const QDate &received)
{
    const QString code = currentCode();
    if (code.isEmpty() || refuseOnFinal())
        return false;
    Explanation e;
    e.unitCode = m_model->unitCode();
    e.criterionCode = code;
    e.text = text.trimmed().normalized(QString::NormalizationForm_C);
    e.received = received;
    return RecordExplanationCommand::apply(
        m_document, m_model->periodId(), e, m_unitName.isEmpty() ? e.unitCode : m_unitName);
}

bool ExplanationActions::decide(const QDate &decided, const QString &conclusion)
{
    const QString code = currentCode();
    if (code.isEmpty() || refuseOnFinal())
        return false;
    const auto open = m_model->openExplanation(code);
    if (!open)
        return false;
    return DecideExplanationCommand::apply(m_document, m_model->periodId(), *open, decided,
        conclusion.trimmed().normalized(QString::NormalizationForm_C),
        m_unitName.isEmpty() ? open->unitCode : m_unitName);
}

namespace {
// A date box with its label, and the OK button enabled only on a date.
struct DateField
{
    DateBox *box;
    void bindTo(QPushButton *ok) const
    {
        const auto check = [date = box, ok] { ok->setEnabled(date->typedDate().has_value()); };
        QObject::connect(box, &QLineEdit::textChanged, ok, check);
        check();
    }
};
} // namespace

void ExplanationActions::askRecord()
{
    const QString code = currentCode();
    if (code.isEmpty() || refuseOnFinal())
        return;
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Explanation of %1, criterion %2").arg(m_unitName, code));
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    auto *received = new DateBox(QDate::currentDate(), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("What the unit &explained:"), text);
    form->addRow(tr("&Received on:"), received);
    form->addRow(buttons);
    DateField {received}.bindTo(buttons->button(QDialogButtonBox::Ok));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && received->typedDate())
        record(text->toPlainText(), *received->typedDate());
}

void ExplanationActions::askDecide()
{
    const QString code = currentCode();
    if (code.isEmpty() || refuseOnFinal())
        return;
    const auto open = m_model->openExplanation(code);
    if (!open)
        return;
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Decision on the explanation of %1, criterion %2").arg(m_unitName, code));
    auto *explained = new QLabel(open->text, &dialog);
    explained->setWordWrap(true);
    auto *conclusion = new QLineEdit(&dialog);
    auto *decided = new DateBox(QDate::currentDate(), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Explained:"), explained);
    form->addRow(tr("C&onclusion of the council:"), conclusion);
    form->addRow(tr("&Decided on:"), decided);
    form->addRow(buttons);
    DateField {decided}.bindTo(buttons->button(QDialogButtonBox::Ok));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && decided->typedDate())
        decide(*decided->typedDate(), conclusion->text());
}

} // namespace parindex
