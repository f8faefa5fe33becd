#include "searchfilter.h"

namespace parindex {

SearchFilter::SearchFilter(QObject *parent) : QSortFilterProxyModel(parent)
{ }

void SearchFilter::setSearchText(const QString &typed)
{
    if (typed == m_typed)
        return;
    m_typed = typed;
    m_query = SearchQuery(typed);
    invalidateFilter();
}

void SearchFilter::setSearchRoles(const QList<int> &roles)
{
    m_roles = roles;
    invalidateFilter();
}

bool SearchFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_query.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, qMax(0, filterKeyColumn()), sourceParent);
        QString text;
        for (int role : m_roles) {
            if (!text.isEmpty())
                text.append(u'\n'); // no word runs from one role into the next
            text.append(index.data(role).toString());
        }
        auto folded = m_folded.constFind(text);
        if (folded == m_folded.cend()) {
            if (m_folded.size() > 20000)
                m_folded.clear(); // names of files opened one after the other: never more than a roster's worth
            folded = m_folded.insert(text, TextSearch::folded(text));
        }
        if (!m_query.matchesFolded(*folded))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace parindex
