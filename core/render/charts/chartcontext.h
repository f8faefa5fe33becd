#pragma once

#include "model/classbands.h"

#include <QtCore/QLocale>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace parindex {

// What every chart states besides its numbers. Titles and axis labels are translated by the installed
// translator (tr); numbers follow `locale` (91,92 in Vietnamese).
struct ChartContext
{
    QLocale locale;
    QString groupName; // for the title, e.g. "Sở, ban, ngành"
    ClassBands bands = ClassBands::defaults(); // the class bands behind lines and as thresholds across bars

    // A document in a fixed language (the decision is Vietnamese whatever the program's language) gives its
    // own words; each one left empty is the translated text.
    struct Wording
    {
        QString title; // the whole title
        QString indexAxis; // "Chỉ số CCHC (%)"
        QString notRanked; // "%1 (không xếp hạng)", %1 the unit
        QMap<ClassCode, QString> classLabels; // the decision's own names of the classes
        bool classNamesOnTwoLines = false; // over the bands, for a chart too narrow for "Trung bình" on one line
    };
    Wording wording;

    // The group's name inside a sentence: "Các sở, ban, ngành cấp tỉnh" → "các sở, ban, ngành cấp tỉnh" (as
    // councils write "Chỉ số CCHC năm 2024 của các sở, ban, ngành cấp tỉnh"); an initialism such as "UBND …"
    // keeps its capitals.
    QString groupNameInSentence() const
    {
        if (groupName.size() < 2 || !groupName.at(0).isUpper() || !groupName.at(1).isLower())
            return groupName;
        return groupName.at(0).toLower() + groupName.mid(1);
    }

    QString classLabel(ClassCode code) const
    {
        const QString own = wording.classLabels.value(code);
        return own.isEmpty() ? ClassBands::label(code) : own;
    }
};

} // namespace parindex
