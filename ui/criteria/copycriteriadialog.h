#pragma once

#include "model/period.h"

#include <QtWidgets/QDialog>

#include <optional>

class QListWidget;

namespace parindex {

class DeskDocument;

// Chooses the earlier year of the same group whose criteria tree and bands are copied into a period.
class CopyCriteriaDialog : public QDialog
{
    Q_OBJECT
public:
    CopyCriteriaDialog(DeskDocument *document, const Period &target, QWidget *parent = nullptr);

    // The earlier periods of the target's group that have criteria, latest first.
    static QList<Period> sources(const DeskDocument *document, const Period &target);
    std::optional<Period> chosen() const;

private:
    QList<Period> m_sources;
    QListWidget *m_list;
};

} // namespace parindex
