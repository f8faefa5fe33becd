#include "newprovincewizard.h"

#include "render/decision/decisiontexts.h"

#include "filedialog.h"
#include "messages.h"
#include "yearbox.h"

#include <QtCore/QDate>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWizardPage>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using W = NewProvinceWizard;

const QString problemStyle = u"QLabel { color: #b00020; }"_s;

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(problemStyle);
    return label;
}

QString tableFilter()
{
    return NewProvinceWizard::tr("Spreadsheets (*.csv *.xlsx);;All files (*)");
}

QString groupLabel(const UnitGroup &g)
{
    return NewProvinceWizard::tr("%1 (%2)").arg(g.name, g.code);
}

// "132 criteria, 100 points in all"
QString treeSummary(const CriteriaTree &tree)
{
    Fixed total;
    for (qsizetype root : tree.roots())
        total = total + tree.at(root).maxPoints;
    return NewProvinceWizard::tr("%1 criteria, %2 points in all")
        .arg(QString::number(tree.size()), total.toString(QLocale()));
}

// A file chosen through our own dialog; empty when cancelled.
QString chooseFile(QWidget *parent, const QString &caption, const QString &filter, bool save)
{
    FileDialog dialog(parent, caption);
    dialog.setNameFilter(filter);
    if (save) {
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(u"parindex"_s);
    } else {
        dialog.setFileMode(QFileDialog::ExistingFile);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

// A line edit for a path with its Browse button; reading happens on editingFinished (Enter, Tab, or a choice).
struct PathRow
{
    QLineEdit *edit;
    QPushButton *browse;
    QHBoxLayout *layout;
};

PathRow pathRow(QWidget *parent, const QString &objectName)
{
    PathRow row {new QLineEdit(parent), new QPushButton(NewProvinceWizard::tr("Bro&wse…"), parent), new QHBoxLayout};
    row.edit->setObjectName(objectName);
    row.edit->setClearButtonEnabled(true);
    row.browse->setObjectName(objectName + u"Browse"_s);
    row.layout->addWidget(row.edit, 1);
    row.layout->addWidget(row.browse);
    return row;
}

// "ỦY BAN NHÂN DÂN TỈNH MINH HÒA": who issues the decisions, as the decision's heading prints it.
QString issuer(const QString &name, bool city)
{
    DecisionContext context;
    context.province = name.trimmed();
    context.city = city;
    return DecisionTexts::defaults(context).issuerTitle;
}

// --- 1. The province, the first year and the file ---------------------------------------------------------------

class ProvincePageWidget : public QWizardPage
{
public:
    ProvincePageWidget(W *wizard, const QString &folder)
        : m_wizard(wizard),
          m_folder(folder),
          m_name(new QLineEdit(this)),
          m_kind(new QComboBox(this)),
          m_heading(new QLabel(this)),
          m_year(new YearBox(this)),
          m_problem(problemLabel(this, u"provinceProblem"_s))
    {
        setObjectName(u"provincePage"_s);
        setTitle(NewProvinceWizard::tr("A new province"));
        setSubTitle(NewProvinceWizard::tr(
            "This assistant creates your province's file: its name, the groups of units, the units "
            "and the criteria of each group for the first year. Nothing is written before Create."));
        m_name->setObjectName(u"provinceName"_s);
        m_name->setPlaceholderText(NewProvinceWizard::tr("such as Minh Hòa"));
        m_kind->setObjectName(u"provinceKind"_s);
        m_kind->addItem(NewProvinceWizard::tr("Province (tỉnh)"), false);
        m_kind->addItem(NewProvinceWizard::tr("Centrally-run city (thành phố trực thuộc trung ương)"), true);
        m_heading->setObjectName(u"headingPreview"_s);
        m_heading->setWordWrap(true);
        m_year->setObjectName(u"firstYear"_s);
        m_year->setRange(1990, 2200);
        m_year->setValue(QDate::currentDate().year());
        const PathRow file = pathRow(this, u"filePath"_s);
        m_path = file.edit;

        auto *form = new QFormLayout;
        form->addRow(NewProvinceWizard::tr("&Kind:"), m_kind);
        form->addRow(NewProvinceWizard::tr("Na&me:"), m_name);
        form->addRow(QString(), m_heading);
        form->addRow(NewProvinceWizard::tr("&First year (kỳ đánh giá):"), m_year);
        auto *fileLabel = new QLabel(NewProvinceWizard::tr("F&ile:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, file.layout);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_problem);
        layout->addStretch(1);

        connect(m_name, &QLineEdit::textChanged, this, [this] {
            proposePath();
            update();
        });
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
            m_name->setPlaceholderText(
                isCity() ? NewProvinceWizard::tr("such as Hải Phòng") : NewProvinceWizard::tr("such as Minh Hòa"));
            update();
        });
        connect(m_year, &QSpinBox::valueChanged, this, [this] { update(); });
        connect(m_year, &YearBox::yearRefused, this, [this] { update(); });
        connect(m_path, &QLineEdit::textChanged, this, [this] { update(); });
        connect(file.browse, &QPushButton::clicked, this, [this] {
            const QString chosen = chooseFile(this, NewProvinceWizard::tr("Save the new province's file as"),
                NewProvinceWizard::tr("PAR Index files (*.parindex);;All files (*)"), true);
            if (chosen.isEmpty())
                return;
            m_path->setText(QDir::toNativeSeparators(chosen));
        });
        update();
    }

    bool isComplete() const override { return problem().isEmpty(); }
    bool validatePage() override
    {
        m_wizard->plan().province = m_name->text().trimmed();
        m_wizard->plan().city = isCity();
        m_wizard->plan().year = m_year->typedYear().value_or(0);
        return isComplete();
    }

private:
    bool isCity() const { return m_kind->currentData().toBool(); }

    // While the person has not chosen a path: a name from the province's, in the proposed folder.
    void proposePath()
    {
        if (m_folder.isEmpty() || (!m_path->text().isEmpty() && m_path->text() != m_proposed))
            return;
        QString base = m_name->text().trimmed().normalized(QString::NormalizationForm_D);
        base.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s));
        base.replace(u'đ', u'd').replace(u'Đ', u'D');
        base = base.toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
        base.remove(QRegularExpression(u"^-+|-+$"_s));
        m_proposed
            = base.isEmpty() ? QString() : QDir::toNativeSeparators(QDir(m_folder).filePath(base + u".parindex"_s));
        m_path->setText(m_proposed);
    }

    QString problem() const
    {
        if (const Status s = NewProvince::checkProvince(m_name->text(), isCity()); !s)
            return s.error().message;
        const auto year = m_year->typedYear();
        if (!year)
            return m_year->rangeMessage();
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty())
            return NewProvinceWizard::tr("Choose where the new file is saved.");
        const QFileInfo info(path);
        if (info.exists())
            return NewProvinceWizard::tr(
                "%1 already exists: choose a new name (an existing file is never overwritten).")
                .arg(QDir::toNativeSeparators(path));
        if (!info.absoluteDir().exists())
            return NewProvinceWizard::tr("The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
        return {};
    }

    void update()
    {
        const QString name = m_name->text().trimmed();
        m_heading->setText(name.isEmpty()
                ? QString()
                : NewProvinceWizard::tr("The decision is issued by: %1").arg(issuer(name, isCity())));
        m_problem->setText(problem());
        emit completeChanged();
    }

    W *m_wizard;
    QString m_folder;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_heading;
    YearBox *m_year;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem;
    QString m_proposed;
};

// --- 2. The groups (khối) ---------------------------------------------------------------------------------------

class GroupsPageWidget : public QWizardPage
{
public:
    explicit GroupsPageWidget(W *wizard)
        : m_wizard(wizard), m_table(new QTableWidget(0, 2, this)), m_problem(problemLabel(this, u"groupsProblem"_s))
    {
        setObjectName(u"groupsPage"_s);
        setTitle(NewProvinceWizard::tr("Groups of units"));
        setSubTitle(NewProvinceWizard::tr(
            "Units are ranked within their group (khối). Each group has a short code, used in files, "
            "and its name as the decision prints it. Edit, add or remove groups as your province "
            "ranks them."));
        m_table->setObjectName(u"groups"_s);
        m_table->setHorizontalHeaderLabels({NewProvinceWizard::tr("Code"), NewProvinceWizard::tr("Name")});
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_table->verticalHeader()->setVisible(true);
        auto *add = new QPushButton(NewProvinceWizard::tr("&Add a group"), this);
        add->setObjectName(u"addGroup"_s);
        auto *remove = new QPushButton(NewProvinceWizard::tr("&Remove the group"), this);
        remove->setObjectName(u"removeGroup"_s);
        auto *defaults = new QPushButton(NewProvinceWizard::tr("Restore the &defaults"), this);
        defaults->setObjectName(u"defaultGroups"_s);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        buttons->addWidget(defaults);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addLayout(buttons);
        layout->addWidget(m_problem);

        setGroups(NewProvince::defaultGroups());
        connect(m_table, &QTableWidget::itemChanged, this, [this] { update(); });
        connect(add, &QPushButton::clicked, this, [this] {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem);
            m_table->setItem(row, 1, new QTableWidgetItem);
            m_table->setCurrentCell(row, 0);
            m_table->editItem(m_table->item(row, 0));
            update();
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_table->currentRow() >= 0)
                m_table->removeRow(m_table->currentRow());
            update();
        });
        connect(defaults, &QPushButton::clicked, this,
            [this] { setGroups(NewProvince::defaultGroups(m_wizard->plan().city)); });
    }

    // The defaults follow the kind chosen on the first page while the person has not changed them.
    void initializePage() override
    {
        const bool city = m_wizard->plan().city;
        if (groups() == NewProvince::defaultGroups(!city))
            setGroups(NewProvince::defaultGroups(city));
    }

    QList<UnitGroup> groups() const
    {
        QList<UnitGroup> list;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const auto text = [&](int column) {
                const QTableWidgetItem *item = m_table->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            list.append({text(0), text(1), row});
        }
        return list;
    }

    bool isComplete() const override { return NewProvince::checkGroups(groups()).ok(); }
    bool validatePage() override
    {
        m_wizard->plan().groups = groups();
        return isComplete();
    }

private:
    void setGroups(const QList<UnitGroup> &groups)
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const UnitGroup &g : groups) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(g.code));
            m_table->setItem(row, 1, new QTableWidgetItem(g.name));
        }
        m_table->resizeColumnToContents(0);
        update();
    }

    void update()
    {
        const Status s = NewProvince::checkGroups(groups());
        m_problem->setText(s ? QString() : s.error().text());
        emit completeChanged();
    }

    W *m_wizard;
    QTableWidget *m_table;
    QLabel *m_problem;
};

// --- 3. The units, from a spreadsheet ---------------------------------------------------------------------------

class UnitsPageWidget : public QWizardPage
{
public:
    explicit UnitsPageWidget(W *wizard)
        : m_wizard(wizard),
          m_summary(new QLabel(this)),
          m_table(new QTableWidget(0, 3, this)),
          m_problems(new QListWidget(this))
    {
        setObjectName(u"unitsPage"_s);
        setTitle(NewProvinceWizard::tr("Units"));
        setSubTitle(NewProvinceWizard::tr(
            "The units of every group, from a spreadsheet (CSV, or Excel .xlsx: its first sheet) with "
            "the columns code, name and group, and if needed since_year, retired_year and ranked."));
        const PathRow file = pathRow(this, u"unitsPath"_s);
        m_path = file.edit;
        m_summary->setObjectName(u"unitsSummary"_s);
        m_summary->setWordWrap(true);
        m_table->setObjectName(u"units"_s);
        m_table->setHorizontalHeaderLabels(
            {NewProvinceWizard::tr("Code"), NewProvinceWizard::tr("Name"), NewProvinceWizard::tr("Group")});
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->verticalHeader()->setVisible(false);
        m_problems->setObjectName(u"unitsProblems"_s);
        m_problems->setWordWrap(true);
        m_problems->hide();

        auto *form = new QFormLayout;
        auto *fileLabel = new QLabel(NewProvinceWizard::tr("&Units file:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, file.layout);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_summary);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_problems, 1);

        connect(m_path, &QLineEdit::editingFinished, this, [this] { read(); });
        connect(m_path, &QLineEdit::textEdited, this, [this] {
            m_read = false;
            emit completeChanged();
        });
        connect(file.browse, &QPushButton::clicked, this, [this] {
            const QString chosen = chooseFile(this, NewProvinceWizard::tr("The units file"), tableFilter(), false);
            if (chosen.isEmpty())
                return;
            m_path->setText(QDir::toNativeSeparators(chosen));
            read();
        });
    }

    // The groups may have changed since the file was read: read it again against them.
    void initializePage() override
    {
        if (!m_path->text().trimmed().isEmpty())
            read();
        else
            show({}, NewProvinceWizard::tr("Choose the units file."));
    }
    bool isComplete() const override { return m_read; }

private:
    void read()
    {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty()) {
            show({}, NewProvinceWizard::tr("Choose the units file."));
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto units = NewProvince::readUnits(path, m_wizard->plan().groups);
        QApplication::restoreOverrideCursor();
        if (!units) {
            show(units.error().details, units.error().message);
            return;
        }
        m_wizard->plan().units = *units;
        m_wizard->plan().unitsPath = path;
        m_read = true;
        fillTable(*units);
        emit completeChanged();
    }

    // The problems instead of the table: each names its line (row) and column.
    void show(const QStringList &problems, const QString &message)
    {
        m_read = false;
        m_wizard->plan().units.clear();
        m_summary->setText(message);
        m_summary->setStyleSheet(problems.isEmpty() && !message.isEmpty() ? QString() : problemStyle);
        m_problems->clear();
        m_problems->addItems(problems);
        m_problems->setVisible(!problems.isEmpty());
        m_table->setVisible(problems.isEmpty());
        m_table->setRowCount(0);
        emit completeChanged();
    }

    void fillTable(const QList<Unit> &units)
    {
        QHash<QString, int> taking;
        const int year = m_wizard->plan().year;
        for (const Unit &u : units) {
            if (u.takesPartIn(year))
                ++taking[u.groupCode];
        }
        QStringList counts;
        for (const UnitGroup &g : std::as_const(m_wizard->plan().groups))
            counts.append(NewProvinceWizard::tr("%1: %2").arg(g.name).arg(taking.value(g.code)));
        m_summary->setStyleSheet(QString());
        m_summary->setText(NewProvinceWizard::tr("%1 units read; taking part in %2: %3.")
                               .arg(units.size())
                               .arg(year)
                               .arg(counts.join(u"; "_s)));
        m_problems->clear();
        m_problems->hide();
        m_table->show();
        m_table->setRowCount(int(units.size()));
        for (int row = 0; row < units.size(); ++row) {
            const Unit &u = units[row];
            m_table->setItem(row, 0, new QTableWidgetItem(u.code));
            m_table->setItem(row, 1, new QTableWidgetItem(u.name));
            m_table->setItem(row, 2, new QTableWidgetItem(u.groupCode));
        }
        m_table->resizeColumnToContents(0);
    }

    W *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_problems;
    bool m_read = false;
};

// --- 4. Each group's criteria -----------------------------------------------------------------------------------

class CriteriaPageWidget : public QWizardPage
{
public:
    explicit CriteriaPageWidget(W *wizard) : m_wizard(wizard), m_rows(new QWidget), m_problems(new QListWidget(this))
    {
        setObjectName(u"criteriaPage"_s);
        setTitle(NewProvinceWizard::tr("Criteria of each group"));
        setSubTitle(NewProvinceWizard::tr(
            "The bộ tiêu chí of each group for the first year: from a spreadsheet (the columns code, "
            "title, max_points, kind and rule), copied from a year of another PAR Index file (with its "
            "class thresholds), or built later on the Criteria tab."));
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_rows);
        m_list = new QVBoxLayout(m_rows);
        m_list->addStretch(1);
        m_problems->setObjectName(u"criteriaProblems"_s);
        m_problems->setWordWrap(true);
        m_problems->hide();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(scroll, 1);
        layout->addWidget(m_problems, 1);
    }

    void initializePage() override
    {
        // One row per group, keeping what was chosen for a group whose code is still there.
        qDeleteAll(m_boxes);
        m_boxes.clear();
        m_groups.clear();
        const QList<UnitGroup> groups = m_wizard->plan().groups;
        for (const UnitGroup &g : groups)
            addRow(g);
        update();
    }

    bool isComplete() const override
    {
        for (const Row &r : m_groups) {
            if (r.source->currentIndex() != int(GroupCriteria::Source::Later) && !r.loaded)
                return false;
        }
        return true;
    }
    bool validatePage() override
    {
        auto &criteria = m_wizard->plan().criteria;
        criteria.clear();
        for (const Row &r : std::as_const(m_groups)) {
            if (r.loaded)
                criteria.insert(r.group.code, r.criteria);
        }
        return isComplete();
    }

private:
    struct Row
    {
        UnitGroup group;
        QComboBox *source = nullptr;
        QLineEdit *path = nullptr;
        QPushButton *browse = nullptr;
        QComboBox *period = nullptr;
        QLabel *status = nullptr;
        bool loaded = false;
        GroupCriteria criteria;
        QStringList problems;
    };

    // A box per group: where its criteria come from, the file (and the other file's year), what was read.
    void addRow(const UnitGroup &group)
    {
        Row r;
        r.group = group;
        const QString code = group.code;
        auto *box = new QGroupBox(groupLabel(group), m_rows);
        m_boxes.append(box);
        r.source = new QComboBox(box);
        r.source->setObjectName(u"source_"_s + code);
        r.source->addItem(NewProvinceWizard::tr("Later, on the Criteria tab"));
        r.source->addItem(NewProvinceWizard::tr("From a spreadsheet"));
        r.source->addItem(NewProvinceWizard::tr("From another PAR Index file"));
        const PathRow file = pathRow(box, u"path_"_s + code);
        r.path = file.edit;
        r.browse = file.browse;
        r.browse->setText(NewProvinceWizard::tr("Browse…"));
        r.period = new QComboBox(box);
        r.period->setObjectName(u"period_"_s + code);
        r.status = new QLabel(box);
        r.status->setObjectName(u"status_"_s + code);
        r.status->setWordWrap(true);
        auto *grid = new QGridLayout(box);
        grid->addWidget(r.source, 0, 0);
        grid->addLayout(file.layout, 0, 1);
        grid->addWidget(r.period, 1, 1);
        grid->addWidget(r.status, 2, 0, 1, 2);
        grid->setColumnStretch(1, 1);
        m_list->insertWidget(m_list->count() - 1, box);

        // What was chosen before for this code comes back.
        const auto previous = m_kept.constFind(code);
        if (previous != m_kept.cend()) {
            r.source->setCurrentIndex(previous->source);
            r.path->setText(previous->path);
            r.loaded = previous->loaded;
            r.criteria = previous->criteria;
            r.problems = previous->problems;
        }
        m_groups.append(r);
        const qsizetype at = m_groups.size() - 1;
        if (previous != m_kept.cend() && previous->criteria.source == GroupCriteria::Source::OtherFile
            && !previous->path.isEmpty())
            fillPeriods(at, previous->criteria.year, previous->criteria.groupCode);
        showRow(at);

        connect(r.source, &QComboBox::currentIndexChanged, this, [this, code] {
            const qsizetype i = rowOf(code);
            m_groups[i].loaded = false;
            m_groups[i].problems.clear();
            m_groups[i].period->clear();
            if (!m_groups[i].path->text().trimmed().isEmpty())
                load(i);
            showRow(i);
            update();
        });
        connect(r.path, &QLineEdit::editingFinished, this, [this, code] { load(rowOf(code)); });
        connect(r.browse, &QPushButton::clicked, this, [this, code] {
            const qsizetype i = rowOf(code);
            const bool other = m_groups[i].source->currentIndex() == int(GroupCriteria::Source::OtherFile);
            const QString chosen = chooseFile(this, NewProvinceWizard::tr("Criteria of %1").arg(m_groups[i].group.name),
                other ? NewProvinceWizard::tr("PAR Index files (*.parindex *.sqlite *.db);;All files (*)")
                      : tableFilter(),
                false);
            if (chosen.isEmpty())
                return;
            m_groups[i].path->setText(QDir::toNativeSeparators(chosen));
            load(i);
        });
        connect(r.period, &QComboBox::activated, this, [this, code] { copyChosenPeriod(rowOf(code)); });
    }

    qsizetype rowOf(const QString &code) const
    {
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            if (m_groups[i].group.code == code)
                return i;
        }
        return -1;
    }

    void load(qsizetype i)
    {
        if (i < 0)
            return;
        Row &r = m_groups[i];
        r.loaded = false;
        r.problems.clear();
        const QString path = QDir::fromNativeSeparators(r.path->text().trimmed());
        const auto source = GroupCriteria::Source(r.source->currentIndex());
        if (path.isEmpty() || source == GroupCriteria::Source::Later) {
            showRow(i);
            update();
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (source == GroupCriteria::Source::Spreadsheet) {
            const auto tree = NewProvince::readCriteria(path);
            if (tree) {
                r.criteria = {source, path, 0, {}, *tree, std::nullopt};
                r.loaded = true;
            } else {
                r.problems = QStringList {tree.error().message} + tree.error().details;
            }
        } else {
            fillPeriods(i, 0, r.group.code);
            copyChosenPeriod(i);
        }
        QApplication::restoreOverrideCursor();
        showRow(i);
        update();
    }

    // The other file's years and groups; the newest year of the same group chosen, else the newest.
    void fillPeriods(qsizetype i, int year, const QString &groupCode)
    {
        Row &r = m_groups[i];
        r.period->clear();
        const auto periods = NewProvince::periodsIn(QDir::fromNativeSeparators(r.path->text().trimmed()));
        if (!periods) {
            r.problems = QStringList {periods.error().message} + periods.error().details;
            return;
        }
        QList<NewProvince::SourcePeriod> list = *periods;
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.year > b.year; });
        int chosen = -1;
        for (const NewProvince::SourcePeriod &p : list) {
            r.period->addItem(NewProvinceWizard::tr("%1, %2 (%3): %4 criteria")
                                  .arg(QString::number(p.year), p.groupName, p.groupCode, QString::number(p.criteria)),
                QVariantList {p.year, p.groupCode});
            const bool same = p.groupCode == groupCode && (year == 0 || p.year == year);
            if (chosen < 0 && same)
                chosen = r.period->count() - 1;
        }
        r.period->setCurrentIndex(std::max(chosen, 0));
    }

    void copyChosenPeriod(qsizetype i)
    {
        Row &r = m_groups[i];
        r.loaded = false;
        const QVariantList key = r.period->currentData().toList();
        if (key.size() == 2) {
            const auto copied = NewProvince::copyCriteria(
                QDir::fromNativeSeparators(r.path->text().trimmed()), key[0].toInt(), key[1].toString());
            if (copied) {
                r.criteria = *copied;
                r.loaded = true;
                r.problems.clear();
            } else {
                r.problems = QStringList {copied.error().message} + copied.error().details;
            }
        }
        showRow(i);
        update();
    }

    void showRow(qsizetype i)
    {
        Row &r = m_groups[i];
        const auto source = GroupCriteria::Source(r.source->currentIndex());
        r.path->setVisible(source != GroupCriteria::Source::Later);
        r.browse->setVisible(source != GroupCriteria::Source::Later);
        r.period->setVisible(source == GroupCriteria::Source::OtherFile && r.period->count() > 0);
        r.path->setPlaceholderText(source == GroupCriteria::Source::OtherFile
                ? NewProvinceWizard::tr("a .parindex file")
                : NewProvinceWizard::tr("a .csv or .xlsx file"));
        QString text;
        bool problem = false;
        if (source == GroupCriteria::Source::Later) {
            text = NewProvinceWizard::tr("Starts without criteria; add them on the Criteria tab.");
        } else if (r.loaded) {
            text = treeSummary(r.criteria.tree);
            const QStringList warnings = r.criteria.tree.warnings();
            if (!warnings.isEmpty())
                text
                    += u" – "_s + NewProvinceWizard::tr("%1 warning(s): %2").arg(warnings.size()).arg(warnings.first());
        } else if (!r.problems.isEmpty()) {
            text = r.problems.first();
            problem = true;
        } else {
            text = source == GroupCriteria::Source::OtherFile ? NewProvinceWizard::tr("Choose the file and its year.")
                                                              : NewProvinceWizard::tr("Choose the criteria file.");
        }
        r.status->setText(text);
        r.status->setStyleSheet(problem ? problemStyle : QString());
        m_kept[r.group.code] = {r.source->currentIndex(), r.path->text(), r.loaded, r.criteria, r.problems};
    }

    void update()
    {
        m_problems->clear();
        for (const Row &r : std::as_const(m_groups)) {
            for (qsizetype p = 1; p < r.problems.size(); ++p)
                m_problems->addItem(NewProvinceWizard::tr("%1: %2").arg(r.group.code, r.problems[p]));
        }
        m_problems->setVisible(m_problems->count() > 0);
        emit completeChanged();
    }

    W *m_wizard;
    QWidget *m_rows;
    QVBoxLayout *m_list = nullptr;
    QList<QGroupBox *> m_boxes;
    QListWidget *m_problems;
    QList<Row> m_groups;
    // What was chosen for a group, by its code, across visits of the page (its widgets are rebuilt).
    struct Kept
    {
        int source = 0;
        QString path;
        bool loaded = false;
        GroupCriteria criteria;
        QStringList problems;
    };
    QHash<QString, Kept> m_kept;
};

// --- 5. What will be created ------------------------------------------------------------------------------------

class SummaryPageWidget : public QWizardPage
{
public:
    explicit SummaryPageWidget(W *wizard) : m_wizard(wizard), m_text(new QLabel(this))
    {
        setObjectName(u"summaryPage"_s);
        setTitle(NewProvinceWizard::tr("Ready to create"));
        setSubTitle(NewProvinceWizard::tr(
            "Create writes the whole file at once. Cancel, or a problem while writing, leaves nothing "
            "behind."));
        m_text->setObjectName(u"summary"_s);
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::RichText);
        m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_text);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(scroll);
        setFinalPage(true);
    }

    void initializePage() override
    {
        const ProvincePlan &plan = m_wizard->plan();
        QHash<QString, int> taking;
        for (const Unit &u : plan.units) {
            if (u.takesPartIn(plan.year))
                ++taking[u.groupCode];
        }
        QString html = u"<p>"_s
            + NewProvinceWizard::tr("File: %1").arg(QDir::toNativeSeparators(m_wizard->filePath()).toHtmlEscaped())
            + u"<br>"_s
            + NewProvinceWizard::tr("Issuing body of the decisions: %1")
                  .arg(issuer(plan.province, plan.city).toHtmlEscaped())
            + u"<br>"_s + NewProvinceWizard::tr("First year: %1, in draft").arg(plan.year) + u"</p>"_s;
        html += u"<table cellspacing=0 cellpadding=4 border=1 style='border-collapse: collapse'><tr><th>"_s
            + NewProvinceWizard::tr("Group") + u"</th><th>"_s + NewProvinceWizard::tr("Units in %1").arg(plan.year)
            + u"</th><th>"_s + NewProvinceWizard::tr("Criteria") + u"</th></tr>"_s;
        for (const UnitGroup &g : plan.groups) {
            const auto c = plan.criteria.constFind(g.code);
            QString criteria = NewProvinceWizard::tr("none yet (the Criteria tab)");
            if (c != plan.criteria.cend()) {
                criteria = treeSummary(c->tree) + u", "_s
                    + (c->source == GroupCriteria::Source::OtherFile
                            ? NewProvinceWizard::tr("copied from %1, %2 %3")
                                  .arg(QFileInfo(c->path).fileName(), QString::number(c->year), c->groupCode)
                            : NewProvinceWizard::tr("from %1").arg(QFileInfo(c->path).fileName()));
            }
            html += u"<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>"_s.arg(
                groupLabel(g).toHtmlEscaped(), QString::number(taking.value(g.code)), criteria.toHtmlEscaped());
        }
        html += u"</table>"_s;
        m_text->setText(html);
    }

private:
    W *m_wizard;
    QLabel *m_text;
};
} // namespace

NewProvinceWizard::NewProvinceWizard(const QString &folder, QWidget *parent) : QWizard(parent)
{
    setObjectName(u"newProvinceWizard"_s);
    setWindowTitle(tr("New province"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Our own translated texts: Qt ships no Vietnamese for its buttons on every system.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(ProvincePage, new ProvincePageWidget(this, folder));
    setPage(GroupsPage, new GroupsPageWidget(this));
    setPage(UnitsPage, new UnitsPageWidget(this));
    setPage(CriteriaPage, new CriteriaPageWidget(this));
    setPage(SummaryPage, new SummaryPageWidget(this));
    resize(860, 600);
}

void NewProvinceWizard::setFilePath(const QString &path)
{
    if (auto *edit = findChild<QLineEdit *>(u"filePath"_s))
        edit->setText(QDir::toNativeSeparators(path));
}

QString NewProvinceWizard::filePath() const
{
    const auto *edit = findChild<QLineEdit *>(u"filePath"_s);
    return edit ? QDir::fromNativeSeparators(edit->text().trimmed()) : QString();
}

void NewProvinceWizard::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString path = filePath();
    const Status created = NewProvince::createFile(path, m_plan);
    QApplication::restoreOverrideCursor();
    if (!created) {
        Messages::warning(this, tr("Cannot create the file"), created.error().text());
        return;
    }
    m_created = path;
    QWizard::accept();
}

} // namespace parindex
