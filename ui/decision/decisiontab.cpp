#include "decisiontab.h"

#include "decisionpreview.h"

#include "commands/setdecisiontextscommand.h"
#include "deskdocument.h"
#include "messages.h"
#include "readfailure.h"

#include "render/charts/decisioncharts.h"
#include "render/decision/decisionprint.h"
#include "render/decision/decisionreadiness.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtCore/QSignalBlocker>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int TypingPauseMs = 800; // a pause in typing writes the field, as leaving it does
constexpr int PreviewDelayMs = 300;
constexpr int AllFields = -1; // the command of "restore the default texts"

QString lines(const QStringList &list)
{
    return list.join(u'\n');
}

QStringList fromLines(const QString &text)
{
    QStringList list;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    }
    return list;
}

// Articles are separated by an empty line; a single line break starts a new paragraph of the same article.
QString articles(const QStringList &list)
{
    return list.join(u"\n\n"_s);
}

QStringList fromArticles(const QString &text)
{
    QStringList list;
    static const QRegularExpression blankLine(u"\\n[ \\t]*\\n"_s);
    for (const QString &article : text.split(blankLine)) {
        QStringList paragraphs = fromLines(article);
        if (!paragraphs.isEmpty())
            list.append(paragraphs.join(u'\n'));
    }
    return list;
}

// A submission date as typed (day/month/year); an empty text is no date.
QDate submissionDate(const QString &text)
{
    for (const QString &format : {u"d/M/yyyy"_s, u"d.M.yyyy"_s, u"d-M-yyyy"_s}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

QString editorText(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText();
    return {};
}

void setEditorText(QWidget *editor, const QString &value)
{
    if (editorText(editor) == value)
        return; // keeps the caret of a field being typed in
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value);
}
} // namespace

struct DecisionTab::Field
{
    QString name; // in the Edit menu: "Undo change of the decision's subject"
    QWidget *editor = nullptr;
    std::function<QString(const DecisionTexts &)> get;
    std::function<void(DecisionTexts &, const QString &)> set;
    std::function<bool(const DecisionTexts &)> getCheck;
    std::function<void(DecisionTexts &, bool)> setCheck;
    std::function<QString(const QString &)> refusal; // why a text typed cannot be taken; empty when it can

    void show(const DecisionTexts &texts) const
    {
        if (auto *check = qobject_cast<QCheckBox *>(editor))
            check->setChecked(getCheck(texts));
        else
            setEditorText(editor, get(texts));
    }
    void take(DecisionTexts &texts) const
    {
        if (auto *check = qobject_cast<QCheckBox *>(editor))
            setCheck(texts, check->isChecked());
        else
            set(texts, editorText(editor).trimmed());
    }
};

DecisionTab::DecisionTab(DeskDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_scope(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_problems(new QLabel(this)),
      m_previewButton(new QPushButton(tr("Print pre&view…"), this)),
      m_printButton(new QPushButton(tr("Pr&int…"), this)),
      m_pdfButton(new QPushButton(tr("E&xport PDF…"), this)),
      m_defaultsButton(new QPushButton(tr("Restore the defa&ult texts"), this)),
      m_preview(nullptr),
      m_typingTimer(new QTimer(this)),
      m_previewTimer(new QTimer(this))
{

    m_scope->setObjectName(u"decisionScope"_s);
    // Group names are long ("UBND các huyện, thị xã, thành phố"): the box does not widen the window past a small
    // screen; the list shows the names in full.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(18);
    m_scope->addItem(tr("Every group of the year"), true);
    m_scope->addItem(tr("The selected group only"), false);
    m_state->setObjectName(u"decisionState"_s);
    m_state->setWordWrap(true);
    m_problems->setObjectName(u"decisionProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewButton->setObjectName(u"decisionPrintPreview"_s);
    m_printButton->setObjectName(u"decisionPrint"_s);
    m_pdfButton->setObjectName(u"decisionExportPdf"_s);
    m_defaultsButton->setObjectName(u"decisionDefaults"_s);

    auto *bar = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Make the decision for:"), this);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    bar->addWidget(m_defaultsButton);
    // The paper on a row of its own: one row of every button would widen the window past a small screen (800 px).
    auto *paper = new QHBoxLayout;
    paper->addStretch(1);
    paper->addWidget(m_previewButton);
    paper->addWidget(m_printButton);
    paper->addWidget(m_pdfButton);

    auto *form = new QWidget(this);
    buildForm(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    scroll->setMinimumWidth(380);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    m_previewBox = new QWidget(split); // holds the preview, made when the tab is first seen
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    split->addWidget(m_previewBox);
    m_failure = new ReadFailure(m_previewBox);
    m_split = split;
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 640});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(paper);
    layout->addWidget(m_state);
    // What finalising would refuse, live: a long list scrolls, the form and preview keep their room.
    auto *problems = new QScrollArea(this);
    m_problemsArea = problems;
    problems->setObjectName(u"decisionProblemsArea"_s);
    problems->setWidget(m_problems);
    problems->setWidgetResizable(true);
    problems->setFrameShape(QFrame::NoFrame);
    problems->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    layout->addWidget(problems);
    layout->addWidget(split, 1);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingPauseMs);
    connect(m_typingTimer, &QTimer::timeout, this, &DecisionTab::commitPending);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &DecisionTab::drawPreview);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        commitPending();
        reload();
    });
    auto *print = new QAction(tr("Print the decision"), this);
    m_printAction = print;
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(print);
    connect(print, &QAction::triggered, this, &DecisionTab::printWithDialog);
    m_printButton->setToolTip(tr("Print the decision (%1)").arg(print->shortcut().toString(QKeySequence::NativeText)));
    connect(m_previewButton, &QPushButton::clicked, this, &DecisionTab::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &DecisionTab::printWithDialog);
    connect(m_pdfButton, &QPushButton::clicked, this, &DecisionTab::exportPdfWithDialog);
    connect(m_defaultsButton, &QPushButton::clicked, this, &DecisionTab::restoreDefaults);

    connect(m_document, &DeskDocument::decisionTextsChanged, this, [this](int year) {
        if (year == m_year)
            reload(); // an undo or redo, or this tab's own write
    });
    const auto periodTouched = [this](qint64 periodId) {
        const auto p = m_document->periodById(periodId);
        if (!p)
            reload(); // says what cannot be read, and nothing can be printed
        else if (*p && (*p)->year == m_year)
            schedulePreview(); // drawing it again finds a failure too
    };
    connect(m_document, &DeskDocument::scoreChanged, this, periodTouched);
    connect(m_document, &DeskDocument::scoresReplaced, this, periodTouched);
    connect(m_document, &DeskDocument::criteriaChanged, this, periodTouched);
    connect(m_document, &DeskDocument::bandsChanged, this, periodTouched);
    connect(m_document, &DeskDocument::unitsChanged, this, &DecisionTab::schedulePreview);
    connect(m_document, &DeskDocument::periodsChanged, this, &DecisionTab::reload);
}

DecisionTab::~DecisionTab()
{
    commitPending(); // a field still being typed in is not lost when the file or the window closes
}

void DecisionTab::buildForm(QWidget *form)
{
    auto *layout = new QVBoxLayout(form);
    const auto section = [&](const QString &title) {
        auto *box = new QGroupBox(title, form);
        new QFormLayout(box);
        layout->addWidget(box);
        return box;
    };

    QWidget *heading = section(tr("Heading"));
    addField(
        heading, u"decisionSuperiorBody"_s, tr("Issuing body, first line:"), 0,
        [](const DecisionTexts &t) { return t.superiorBody; },
        [](DecisionTexts &t, const QString &v) { t.superiorBody = v; });
    addField(
        heading, u"decisionIssuingBody"_s, tr("Issuing body, second line:"), 0,
        [](const DecisionTexts &t) { return t.issuingBody; },
        [](DecisionTexts &t, const QString &v) { t.issuingBody = v; });
    addField(
        heading, u"decisionSymbol"_s, tr("Symbol after the number:"), 0,
        [](const DecisionTexts &t) { return t.symbol; }, [](DecisionTexts &t, const QString &v) { t.symbol = v; });
    addField(
        heading, u"decisionPlace"_s, tr("Place of issue:"), 0, [](const DecisionTexts &t) { return t.place; },
        [](DecisionTexts &t, const QString &v) { t.place = v; });

    QWidget *body = section(tr("Content"));
    addField(
        body, u"decisionSubject"_s, tr("Subject:"), 2, [](const DecisionTexts &t) { return t.subject; },
        [](DecisionTexts &t, const QString &v) { t.subject = QString(v).replace(u'\n', u' '); });
    addField(
        body, u"decisionIssuerTitle"_s, tr("Issuer's title:"), 0, [](const DecisionTexts &t) { return t.issuerTitle; },
        [](DecisionTexts &t, const QString &v) { t.issuerTitle = v; });
    addField(
        body, u"decisionBases"_s, tr("Legal bases:"), 6, [](const DecisionTexts &t) { return lines(t.bases); },
        [](DecisionTexts &t, const QString &v) { t.bases = fromLines(v); }, tr("One basis per line."));
    addField(
        body, u"decisionProposal"_s, tr("Proposal:"), 2, [](const DecisionTexts &t) { return t.proposal; },
        [](DecisionTexts &t, const QString &v) { t.proposal = QString(v).replace(u'\n', u' '); });
    // The Tờ trình the proposal cites: the proposal follows them while it reads as the default.
    addField(
        body, u"decisionSubmissionNumber"_s, tr("Submission (Tờ trình) number:"), 0,
        [](const DecisionTexts &t) { return t.submissionNumber; },
        [](DecisionTexts &t, const QString &v) { t = t.withSubmission(v, t.submissionDate); });
    addField(
        body, u"decisionSubmissionDate"_s, tr("Submission date:"), 0,
        [](const DecisionTexts &t) { return t.submissionDate.toString(u"dd/MM/yyyy"_s); },
        [](DecisionTexts &t, const QString &v) { t = t.withSubmission(t.submissionNumber, submissionDate(v)); },
        tr("Day/month/year, such as 20/01/2025."));
    m_fields.back()->refusal = [](const QString &text) {
        return text.trimmed().isEmpty() || submissionDate(text).isValid()
            ? QString()
            : tr("“%1” is not a date: type the submission date as day/month/year, such as 20/01/2025.").arg(text);
    };
    addField(
        body, u"decisionArticles"_s, tr("Articles:"), 7, [](const DecisionTexts &t) { return articles(t.articles); },
        [](DecisionTexts &t, const QString &v) { t.articles = fromArticles(v); },
        tr("Điều 1, Điều 2, … in order, an empty line between two articles; a line break starts a new paragraph."));

    QWidget *closing = section(tr("Recipients and signature"));
    addField(
        closing, u"decisionRecipients"_s, tr("Recipients:"), 5,
        [](const DecisionTexts &t) { return lines(t.recipients); },
        [](DecisionTexts &t, const QString &v) { t.recipients = fromLines(v); }, tr("One recipient per line."));
    addField(
        closing, u"decisionAuthority"_s, tr("On behalf of (TM.):"), 0,
        [](const DecisionTexts &t) { return t.signature.authority; },
        [](DecisionTexts &t, const QString &v) { t.signature.authority = v; });
    addField(
        closing, u"decisionCapacity"_s, tr("Capacity (KT., Q.):"), 0,
        [](const DecisionTexts &t) { return t.signature.capacity; },
        [](DecisionTexts &t, const QString &v) { t.signature.capacity = v; });
    addField(
        closing, u"decisionSignerTitle"_s, tr("Signer's title:"), 0,
        [](const DecisionTexts &t) { return t.signature.title; },
        [](DecisionTexts &t, const QString &v) { t.signature.title = v; });
    addField(
        closing, u"decisionSignerName"_s, tr("Signer's name:"), 0,
        [](const DecisionTexts &t) { return t.signature.name; },
        [](DecisionTexts &t, const QString &v) { t.signature.name = v; });

    QWidget *annex = section(tr("Annexes"));
    addField(
        annex, u"decisionAnnexAttribution"_s, tr("Issued by (annex heading):"), 0,
        [](const DecisionTexts &t) { return t.annexAttribution; },
        [](DecisionTexts &t, const QString &v) { t.annexAttribution = v; });
    for (ClassCode code :
        {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak}) {
        addField(
            annex, u"decisionClass_"_s + classCodeName(code), tr("Class “%1”:").arg(ClassBands::label(code)), 0,
            [code](const DecisionTexts &t) { return t.classLabel(code); },
            [code](DecisionTexts &t, const QString &v) { t.classLabels[code] = v; });
    }
    addCheck(
        annex, u"decisionMethodology"_s, tr("Add the methodology annex (criteria, rules, bands)"),
        [](const DecisionTexts &t) { return t.methodologyAnnex; },
        [this](DecisionTexts &t, bool v) { t = t.withMethodologyAnnex(v, t.contextFor(m_year, t.scope)); });
    addCheck(
        annex, u"decisionActionArticle"_s, tr("Add an article asking the units to act on the results"),
        [](const DecisionTexts &t) { return t.actionArticle; },
        [this](DecisionTexts &t, bool v) { t = t.withActionArticle(v, t.contextFor(m_year, t.scope)); });
    addCheck(
        annex, u"decisionAnnexCharts"_s, tr("End each group's annex with its comparison chart"),
        [](const DecisionTexts &t) { return t.annexCharts; }, [](DecisionTexts &t, bool v) { t.annexCharts = v; });
    layout->addStretch(1);
}

void DecisionTab::addField(QWidget *form, const QString &objectName, const QString &label, int rows,
    std::function<QString(const DecisionTexts &)> get, std::function<void(DecisionTexts &, const QString &)> set,
    const QString &hint)
{
    auto field = std::make_unique<Field>();
    field->name = QString(label).remove(u':').trimmed().toLower();
    field->get = std::move(get);
    field->set = std::move(set);
    const int index = int(m_fields.size());
    if (rows > 0) {
        auto *edit = new QPlainTextEdit(form);
        edit->setTabChangesFocus(true); // Tab moves on through the form, as in every other field
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 12);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, index] {
            if (m_filling)
                return;
            m_pendingField = index;
            m_typingTimer->start();
        });
        field->editor = edit;
    } else {
        auto *edit = new QLineEdit(form);
        connect(edit, &QLineEdit::textEdited, this, [this, index] {
            m_pendingField = index;
            m_typingTimer->start();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, index] { commit(index); });
        field->editor = edit;
    }
    field->editor->setObjectName(objectName);
    field->editor->setToolTip(hint);
    auto *row = new QLabel(label, form);
    row->setBuddy(field->editor);
    auto *formLayout = static_cast<QFormLayout *>(form->layout());
    formLayout->addRow(row, field->editor);
    if (!hint.isEmpty()) {
        auto *note = new QLabel(hint, form);
        note->setWordWrap(true);
        note->setStyleSheet(u"color: palette(mid);"_s);
        formLayout->addRow(QString(), note);
    }
    m_fields.push_back(std::move(field));
}

void DecisionTab::addCheck(QWidget *form, const QString &objectName, const QString &label,
    std::function<bool(const DecisionTexts &)> get, std::function<void(DecisionTexts &, bool)> set)
{
    auto field = std::make_unique<Field>();
    field->name = QString(label).toLower();
    field->getCheck = std::move(get);
    field->setCheck = std::move(set);
    auto *check = new QCheckBox(label, form);
    check->setObjectName(objectName);
    const int index = int(m_fields.size());
    connect(check, &QCheckBox::toggled, this, [this, index] {
        if (!m_filling)
            commit(index);
    });
    field->editor = check;
    static_cast<QFormLayout *>(form->layout())->addRow(check);
    m_fields.push_back(std::move(field));
}

bool DecisionTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            if (m_fields[i]->editor == watched)
                commit(int(i));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DecisionTab::showPeriod(qint64 periodId)
{
    commitPending();
    const auto read = m_document->periodById(periodId);
    m_periodError = read ? QString() : read.error().text();
    const std::optional<Period> period = read ? *read : std::nullopt;
    m_year = period ? period->year : 0;
    m_groupCode = period ? period->groupCode : QString();
    m_scope->setItemText(1,
        m_groupCode.isEmpty() ? tr("The selected group only") : tr("%1 only").arg(m_document->groupName(m_groupCode)));
    reload();
}

void DecisionTab::setWholeYear(bool wholeYear)
{
    m_scope->setCurrentIndex(wholeYear ? 0 : 1);
}

QString DecisionTab::scopeGroup() const
{
    return m_scope->currentData().toBool() ? QString() : m_groupCode;
}

Result<DecisionDocument> DecisionTab::document() const
{
    if (m_year == 0)
        return Error {Error::Kind::NotFound, tr("There is no period for this group yet: no decision to print.")};
    DecisionRequest request;
    request.year = m_year;
    request.groupCode = scopeGroup();
    auto doc = m_document->decision(request);
    if (doc && m_loaded)
        doc->texts = m_texts; // what the form shows, also while a field is being typed in
    if (doc && doc->texts.annexCharts)
        DecisionCharts::attach(*doc);
    return doc;
}

bool DecisionTab::isEditable() const
{
    return m_editable;
}

QWidget *DecisionTab::editor(const QString &objectName) const
{
    for (const auto &field : m_fields) {
        if (field->editor->objectName() == objectName)
            return field->editor;
    }
    return nullptr;
}

void DecisionTab::reload()
{
    // Loading a decision ranks every group of the year: done when the tab is seen, not on each navigation.
    if (!isVisible()) {
        m_reloadStale = true;
        m_loaded = false; // until then the stored texts of the new period, never the form's of the old one
        m_editable = false;
        return;
    }
    m_reloadStale = false;
    m_loaded = false;
    m_editable = false;
    QString state;
    m_documentError.clear();
    std::optional<DecisionDocument> loaded; // the decision as drawn, for the list of its problems and the preview
    if (!m_periodError.isEmpty()) {
        m_documentError = ReadFailure::ofPeriod(m_periodError);
        state = m_documentError;
    } else if (m_year == 0) {
        state = tr("There is no period for this group yet: no decision to print.");
    } else if (const auto texts = m_document->decisionTexts(m_year, scopeGroup()); !texts) {
        m_documentError = failureText(texts.error());
        state = m_documentError;
    } else {
        m_texts = *texts;
        m_loaded = true;
        QStringList finals;
        QStringList open; // the groups whose periods are not final yet
        bool known = true; // every period of the decision could be read
        const auto groups = m_document->groups();
        known = known && groups;
        for (const UnitGroup &g : groups ? *groups : QList<UnitGroup>()) {
            if (!scopeGroup().isEmpty() && g.code != scopeGroup())
                continue;
            const auto p = m_document->period(m_year, g.code);
            known = known && p;
            if (p && *p && (*p)->isFinal())
                finals.append(tr("%1: decision %2 of %3")
                                  .arg(g.name, (*p)->decisionNumber,
                                      QLocale().toString((*p)->decisionDate, QLocale::ShortFormat)));
            else if (p && *p)
                open.append(g.name.isEmpty() ? g.code : g.name);
        }
        m_editable = known && finals.isEmpty() && m_document->mayChangeStructure();
        auto doc = document();
        if (doc)
            loaded = std::move(*doc);
        // Only a refusal of the whole year as one decision (BadData) means the groups were published apart; a read
        // that failed is said as it is.
        if (!doc && doc.error().kind == Error::Kind::BadData && scopeGroup().isEmpty() && !m_groupCode.isEmpty()) {
            // Each group of that year was published in a decision of its own: show the group's.
            const QSignalBlocker blocker(m_scope);
            m_scope->setCurrentIndex(1);
            reload();
            m_state->setText(tr("The groups of %1 were published in separate decisions: this is the decision of "
                                "group %2. %3")
                                 .arg(m_year)
                                 .arg(m_document->groupName(m_groupCode), m_state->text()));
            return;
        } else if (!doc) {
            m_documentError = failureText(doc.error()); // nothing is printed or exported from it
            state = m_documentError;
        } else if (!finals.isEmpty() && !open.isEmpty())
            // A decision of several groups is final when all of them are: until then it prints as a draft.
            state = tr("Draft until every group is final: printed with the mark “DỰ THẢO” and without a number. Still "
                       "open: %1. Final: %2. The texts are locked with the final groups; the open groups' texts are "
                       "edited with “%3”.")
                        .arg(open.join(u"; "_s), finals.join(u"; "_s), m_scope->itemText(1));
        else if (!finals.isEmpty())
            state = tr("Issued – the texts can no longer be changed (%1).").arg(finals.join(u"; "_s));
        else if (m_document->isReadOnly())
            state = tr("The file is read-only: the texts can be printed but not changed.");
        else if (!m_document->mayChangeStructure())
            state = m_document->structureLockedReason();
        else
            state = tr("Draft: printed with the mark “DỰ THẢO”; the number and date stay blank until the period is "
                       "finalised (Period > Finalise).");
    }
    m_state->setText(state);
    // A final decision lists nothing: it was checked when it was finalised.
    const bool listed = m_loaded && m_documentError.isEmpty() && loaded && loaded->draft;
    showProblems(listed ? &*loaded : nullptr);
    fillForm();
    const std::pair seen {m_year, scopeGroup()};
    m_previewFromStart = seen != m_previewShows; // another decision: its first page, not the page seen last
    m_previewShows = seen;
    schedulePreview();
    if (m_loaded && m_documentError.isEmpty())
        m_reloaded = std::move(loaded);
}

void DecisionTab::fillForm()
{
    m_filling = true;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const auto &field = m_fields[i];
        // A field still being typed in keeps its text when the texts are read again (another program wrote
        // another field): it is written when it is left, onto the texts the file then holds.
        if (int(i) != m_pendingField || !m_loaded || !m_editable)
            field->show(m_loaded ? m_texts : DecisionTexts());
        field->editor->setEnabled(m_loaded && m_editable);
    }
    m_filling = false;
    m_defaultsButton->setEnabled(m_loaded && m_editable && m_documentError.isEmpty());
    // A decision that cannot be drawn from the file (its bands, scores or texts not readable) is never printed.
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton})
        b->setEnabled(m_loaded && m_documentError.isEmpty());
    m_printAction->setEnabled(m_loaded && m_documentError.isEmpty());
    m_failure->setFailure(m_documentError);
}

void DecisionTab::showProblems(const DecisionDocument *doc)
{
    m_problemList = doc ? DecisionReadiness::problems(*doc, DecisionReadiness::Scope::Texts) : QStringList();
    m_problemsArea->setVisible(doc != nullptr);
    if (!doc) {
        m_problems->clear();
        return;
    }
    if (m_problemList.isEmpty()) {
        m_problems->setText(tr("Nothing in the texts or the results stands in the way of finalising: no blank is left, "
                               "every unit has all its scores and a class, and the criteria add up."));
        return;
    }
    QString html = u"<b>"_s + tr("Before this decision can be finalised (Period > Finalise), correct:").toHtmlEscaped()
        + u"</b><ul>"_s;
    for (const QString &problem : std::as_const(m_problemList))
        html += u"<li>"_s + problem.toHtmlEscaped() + u"</li>"_s;
    m_problems->setText(html + u"</ul>"_s);
}

QString DecisionTab::failureText(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Corrupt:
    case Error::Kind::Locked:
    case Error::Kind::Io:
    case Error::Kind::CannotOpen:
        return ReadFailure::ofPeriod(error.text());
    default:
        return error.text();
    }
}

QString DecisionTab::failure() const
{
    return m_failure->failure();
}

void DecisionTab::commitPending()
{
    m_typingTimer->stop();
    if (m_pendingField >= 0)
        commit(m_pendingField);
}

void DecisionTab::commit(int field)
{
    if (field == m_pendingField) {
        m_pendingField = -1;
        m_typingTimer->stop();
    }
    if (m_filling || !m_loaded || !m_editable || field < 0 || field >= int(m_fields.size()))
        return;
    const Field &edited = *m_fields[std::size_t(field)];
    if (edited.refusal) {
        if (const QString why = edited.refusal(editorText(edited.editor)); !why.isEmpty()) {
            Messages::warning(this, tr("Decision texts"), why + u' ' + tr("The field keeps what it held."));
            fillForm();
            return;
        }
    }
    DecisionTexts next = m_texts;
    m_fields[std::size_t(field)]->take(next);
    if (next == m_texts)
        return;
    // The field goes onto the texts the file holds now: another program may have changed other fields since the
    // form was filled, and those are not to be written back as the form showed them.
    const auto stored = m_document->decisionTexts(m_year, scopeGroup());
    if (!stored) {
        static_cast<void>(m_document->refuse(stored.error())); // never written over texts that cannot be read
        fillForm();
        return;
    }
    DecisionTexts before = *stored;
    next = before;
    m_fields[std::size_t(field)]->take(next);
    m_texts = next; // the write's change notice reloads the form from the file
    if (!SetDecisionTextsCommand::apply(
            m_document, m_year, scopeGroup(), before, next, field, m_fields[std::size_t(field)]->name)) {
        m_texts = before; // refused (the message was shown): the form shows what the file holds
        fillForm();
    }
    schedulePreview();
}

void DecisionTab::restoreDefaults()
{
    const auto doc = document();
    if (!doc || !m_editable)
        return;
    if (!Messages::confirm(this, tr("Restore the default texts"),
            tr("Replace every text of the %1 decision with the default wording? Undo brings the present texts "
               "back.")
                .arg(m_year),
            tr("Restore")))
        return;
    DecisionContext context = DecisionDocument::contextFor(doc->year, doc->annexes, doc->texts.province);
    context.city = doc->texts.city;
    const DecisionTexts defaults = DecisionTexts::defaults(context);
    const auto stored = m_document->decisionTexts(m_year, scopeGroup());
    if (!stored) {
        static_cast<void>(m_document->refuse(stored.error()));
        return;
    }
    const DecisionTexts before = *stored; // what Undo brings back: the file's, not the form's
    m_texts = defaults;
    if (!SetDecisionTextsCommand::apply(m_document, m_year, scopeGroup(), before, defaults, AllFields, tr("texts")))
        m_texts = before;
    fillForm();
    schedulePreview();
}

void DecisionTab::schedulePreview()
{
    m_reloaded.reset();
    m_previewStale = true;
    if (isVisible())
        m_previewTimer->start();
}

void DecisionTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_preview) {
        // The preview costs time when a file opens: it is made the first time it is needed.
        m_preview = new DecisionPreview(this);
        m_preview->setObjectName(u"decisionPreview"_s);
        connect(
            m_preview, &DecisionPreview::failed, this, [this](const QString &message) { m_state->setText(message); });
        m_previewBox->layout()->addWidget(m_preview);
        m_failure->raise();
        m_split->setSizes({560, 640});
        m_previewStale = true;
    }
    if (m_reloadStale)
        reload();
    if (m_previewStale)
        m_previewTimer->start(0);
}

int DecisionTab::previewPageCount() const
{
    return m_preview && !m_previewStale ? m_preview->pageCount() : 0; // a preview to be drawn again is not counted
}

void DecisionTab::drawPreview()
{
    m_previewStale = false;
    if (!m_preview)
        return;
    // Read and ranked here (the file's connection belongs to this thread), once for a reload and its preview; laid
    // out and drawn by the preview's worker.
    if (m_reloaded) {
        m_paintFailed = false;
        m_preview->draw(*std::exchange(m_reloaded, std::nullopt));
        if (std::exchange(m_previewFromStart, false))
            m_preview->setCurrentPage(1);
        return;
    }
    const auto doc = document();
    if (!doc) {
        // Drawn from nothing: the failure is shown over the preview, and nothing can be printed.
        m_paintFailed = true;
        m_documentError = failureText(doc.error());
        m_state->setText(m_documentError);
        fillForm();
        return;
    }
    if (std::exchange(m_paintFailed, false)) {
        reload(); // readable again: the buttons and the state follow, and it draws the preview again
        return;
    }
    showProblems(doc->draft ? &*doc : nullptr); // after each edit, as the preview follows it
    m_preview->draw(*doc);
    if (std::exchange(m_previewFromStart, false))
        m_preview->setCurrentPage(1);
}

namespace {
// A printer at work keeps its page layout, except when it prints to a PDF file.
DecisionPrint::Sheets sheetsOf(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat ? DecisionPrint::Sheets::DeviceTurns
                                                         : DecisionPrint::Sheets::KeptPortrait;
}
} // namespace

void DecisionTab::paint(QPrinter *printer)
{
    const auto doc = document();
    if (!doc) {
        // Drawn from nothing: the failure is shown over the blank page, and nothing can be printed.
        m_paintFailed = true;
        m_documentError = failureText(doc.error());
        m_state->setText(m_documentError);
        fillForm();
        return;
    }
    if (std::exchange(m_paintFailed, false))
        QTimer::singleShot(0, this, &DecisionTab::reload); // readable again: the buttons and the state follow
    showProblems(doc->draft ? &*doc : nullptr); // after each edit, as the preview follows it
    // The preview's printer has begun when it asks for pages: it keeps its layout.
    if (const auto painted = DecisionPrint::render(*doc, printer, DecisionPrint::Sheets::KeptPortrait); !painted)
        m_state->setText(painted.error().text());
}

Status DecisionTab::exportPdf(const QString &path)
{
    if (const Status own = Database::refuseOwnFile(m_document->path(), path); !own)
        return own;
    commitPending();
    const auto doc = document();
    if (!doc)
        return doc.error();
    return DecisionPrint::writePdf(*doc, path);
}

void DecisionTab::exportPdfWithDialog()
{
    const QString scope = scopeGroup().isEmpty() ? QString() : u"-"_s + scopeGroup();
    const QString path = Messages::saveFileName(this, tr("Export the decision as PDF"), tr("PDF document (*.pdf)"),
        tr("decision-%1%2.pdf").arg(m_year).arg(scope));
    if (path.isEmpty())
        return;
    if (const Status s = exportPdf(path); !s)
        Messages::warning(this, tr("Export the decision as PDF"), s.error().text());
}

void DecisionTab::printWithDialog()
{
    commitPending();
    const auto doc = document();
    if (!doc) {
        Messages::warning(this, tr("Print the decision"), failureText(doc.error()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->documentTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the decision"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto painted = DecisionPrint::render(*doc, &printer, sheetsOf(printer)); !painted)
        Messages::warning(this, tr("Print the decision"), painted.error().text());
}

void DecisionTab::printPreview()
{
    commitPending();
    if (const auto doc = document(); !doc) {
        Messages::warning(this, tr("Print preview of the decision"), failureText(doc.error()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview of the decision"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &DecisionTab::paint);
    dialog.resize(1000, 800);
    dialog.exec();
}

} // namespace parindex
