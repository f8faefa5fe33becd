#pragma once

#include "model/textsearch.h"

#include <QtCore/QHash>
#include <QtCore/QSortFilterProxyModel>

namespace parindex {

// Keeps the rows whose text holds every word typed, without accents or case (TextSearch): "tuong" keeps
// "UBND huyện Tường Vân". The text of a row is its filterKeyColumn() read in each of searchRoles() (a name and
// a code, say). Whatever QSortFilterProxyModel's own filter asks must hold too.
class SearchFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchFilter(QObject *parent = nullptr);

    void setSearchText(const QString &typed);
    QString searchText() const { return m_typed; }
    void setSearchRoles(const QList<int> &roles);
    QList<int> searchRoles() const { return m_roles; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_typed;
    SearchQuery m_query;
    QList<int> m_roles {Qt::DisplayRole};
    mutable QHash<QString, QString> m_folded; // names fold once, not on every key typed
};

} // namespace parindex
