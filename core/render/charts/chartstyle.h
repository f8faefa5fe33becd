#pragma once

#include "model/classbands.h"
#include "model/fixed.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtGui/QColor>
#include <QtGui/QPen>

namespace parindex::chartstyle {

// The look shared by every chart: colours, the number format, axes that every kind uses.

QColor classColor(ClassCode code);
QColor classBackground(ClassCode code); // a light tint for the bands behind lines
QColor unitColor(qsizetype i); // ten colours that stay apart, then again
QColor areaColor(qsizetype i);
QColor statisticColor(); // group average and median lines
QColor otherUnitColor(); // units that are not highlighted

// The locale's number format without group separators (91,92 in Vietnamese, 91.92 in English).
QLocale numberLocale(const QLocale &locale);
QString number(Fixed value, const QLocale &locale); // two decimals
// A label broken into lines of about `width` characters at spaces, as the rich text Qt Charts' axes and
// legends accept ("<br>" between escaped lines); a text that fits stays plain.
QString wrapped(const QString &text, int width);

// A light-themed chart without animations (they do not print), numbers in the locale's format.
QChart *newChart(const QString &title, const QLocale &locale);

// Years as integer ticks only: dynamic ticks every 1 from the first year, half a year of room each side.
QValueAxis *yearAxis(const QList<int> &years, const QString &title);
// Ticks every `step` from `anchor`, integer labels.
QValueAxis *valueAxis(qreal min, qreal max, qreal anchor, qreal step, const QString &title);

// Adds a series to the chart, attached to the given axes (already added to the chart).
void addSeries(QChart *chart, QAbstractSeries *series, const QList<QAbstractAxis *> &axes);
// A series that is drawn but has no entry in the legend.
void hideFromLegend(QChart *chart, QAbstractSeries *series);

// The unbroken runs of a line: a missing value ends one run, so that a gap is drawn as a gap, never as 0.
QList<QList<QPointF>> unbrokenRuns(const QList<std::optional<QPointF>> &points);
// One line per run, all named `objectName`, in one pen; only the first has a legend entry (`name`).
QList<QLineSeries *> addBrokenLine(QChart *chart, const QList<std::optional<QPointF>> &points, const QString &name,
    const QString &objectName, const QPen &pen, qreal markerSize, const QList<QAbstractAxis *> &axes);

} // namespace parindex::chartstyle
