#include "chartstyle.h"

#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex::chartstyle {

QColor classColor(ClassCode code)
{
    switch (code) {
    case ClassCode::Excellent:
        return QColor(0x1a, 0x96, 0x41);
    case ClassCode::Good:
        return QColor(0x8c, 0xc8, 0x4b);
    case ClassCode::Fair:
        return QColor(0xe6, 0xb4, 0x22);
    case ClassCode::Average:
        return QColor(0xf0, 0x7f, 0x3c);
    case ClassCode::Weak:
        return QColor(0xd7, 0x19, 0x1c);
    }
    return Qt::gray;
}

QColor classBackground(ClassCode code)
{
    QColor c = classColor(code);
    c.setAlphaF(0.10f);
    return c;
}

QColor unitColor(qsizetype i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
        QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79)};
    return colors[i % std::size(colors)];
}

QColor areaColor(qsizetype i)
{
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1),
        QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f)};
    return colors[i % std::size(colors)];
}

QColor statisticColor()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor otherUnitColor()
{
    return QColor(0xc4, 0xc4, 0xc4);
}

QLocale numberLocale(const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

QString number(Fixed value, const QLocale &locale)
{
    return value.toString(numberLocale(locale), 2);
}

QString wrapped(const QString &text, int width)
{
    QStringList lines;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= width)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    if (lines.size() <= 1)
        return text;
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

QChart *newChart(const QString &title, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(numberLocale(locale));
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setTitle(title);
    return chart;
}

QValueAxis *yearAxis(const QList<int> &years, const QString &title)
{
    const int first = years.isEmpty() ? 0 : *std::min_element(years.cbegin(), years.cend());
    const int last = years.isEmpty() ? 0 : *std::max_element(years.cbegin(), years.cend());
    auto *axis = new QValueAxis;
    axis->setRange(first - 0.5, last + 0.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(first);
    axis->setTickInterval(1);
    axis->setMinorTickCount(0);
    // "%d" makes the labels vanish when numbers are localised (Qt 6.4); "%.0f" with group separators off
    // writes 2024, not 2.024.
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(title);
    return axis;
}

QValueAxis *valueAxis(qreal min, qreal max, qreal anchor, qreal step, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(anchor);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(title);
    return axis;
}

void addSeries(QChart *chart, QAbstractSeries *series, const QList<QAbstractAxis *> &axes)
{
    chart->addSeries(series);
    for (QAbstractAxis *axis : axes)
        series->attachAxis(axis);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QList<QList<QPointF>> unbrokenRuns(const QList<std::optional<QPointF>> &points)
{
    QList<QList<QPointF>> runs;
    bool open = false;
    for (const std::optional<QPointF> &p : points) {
        if (!p) {
            open = false;
            continue;
        }
        if (!open)
            runs.append(QList<QPointF>());
        runs.last().append(*p);
        open = true;
    }
    return runs;
}

QList<QLineSeries *> addBrokenLine(QChart *chart, const QList<std::optional<QPointF>> &points, const QString &name,
    const QString &objectName, const QPen &pen, qreal markerSize, const QList<QAbstractAxis *> &axes)
{
    QList<QLineSeries *> lines;
    for (const QList<QPointF> &run : unbrokenRuns(points)) {
        auto *line = new QLineSeries;
        line->setObjectName(objectName);
        line->setName(name);
        line->setPen(pen);
        line->setColor(pen.color());
        // A run of one year is a lone marker; markers also show where each year's value is.
        line->setPointsVisible(markerSize > 0 || run.size() == 1);
        line->setMarkerSize(std::max<qreal>(markerSize, 6));
        line->append(run);
        addSeries(chart, line, axes);
        if (!lines.isEmpty())
            hideFromLegend(chart, line);
        lines.append(line);
    }
    return lines;
}

} // namespace parindex::chartstyle
