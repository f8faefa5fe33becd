#pragma once

#include "desk/newprovince.h"

#include <QtWidgets/QWizard>

namespace parindex {

// The first-run assistant: a province's file from nothing (its name, first year, groups, units from a spreadsheet
// and each group's criteria from a spreadsheet or another file's year), so that nobody starts from the demo and
// deletes. Every page reads and checks what it is given at once (NewProvince's readers, their problems naming row
// and column); nothing is written before Create, and then the whole file at once.
class NewProvinceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProvincePage, GroupsPage, UnitsPage, CriteriaPage, SummaryPage };

    // `folder`: where the file is proposed (the user's documents folder, say); empty proposes none.
    explicit NewProvinceWizard(const QString &folder = {}, QWidget *parent = nullptr);

    ProvincePlan &plan() { return m_plan; }
    const ProvincePlan &plan() const { return m_plan; }
    QString filePath() const;
    void setFilePath(const QString &path);
    // The file Create made; empty until then.
    QString createdPath() const { return m_created; }

    void accept() override;

private:
    ProvincePlan m_plan;
    QString m_created;
};

} // namespace parindex
