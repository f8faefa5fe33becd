#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QString>

#include <optional>

namespace parindex {

// Draft while criteria are set, appraising while scores come in, final once the decision is issued.
enum class PeriodStatus { Draft, Appraising, Final };

QString periodStatusCode(PeriodStatus status);
std::optional<PeriodStatus> periodStatusFromCode(QStringView code);

class PeriodText
{
    Q_DECLARE_TR_FUNCTIONS(PeriodText)
public:
    static QString statusLabel(PeriodStatus status);
};

// One year of one group: its criteria, bands and scores hang from it.
struct Period
{
    qint64 id = 0;
    int year = 0;
    QString groupCode;
    PeriodStatus status = PeriodStatus::Draft;
    QString decisionNumber;
    QDate decisionDate;

    bool isFinal() const { return status == PeriodStatus::Final; }
    bool operator==(const Period &) const = default;
};

} // namespace parindex
