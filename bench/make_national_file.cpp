// Writes the national-scale file: make_national_file OUT [UNITS [YEARS]] (defaults 3321 communes, 10 years).
#include "nationalfile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTextStream>

using namespace parindex;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << u"usage: make_national_file OUT [UNITS [YEARS]]\n"_s;
        return 1;
    }
    bench::NationalFileSpec spec;
    if (args.size() > 2)
        spec.units = args[2].toInt();
    if (args.size() > 3)
        spec.years = args[3].toInt();
    QElapsedTimer t;
    t.start();
    if (const Status s = bench::writeNationalFile(args[1], spec); !s) {
        err << s.error().text() << u'\n';
        return 3;
    }
    err << u"%1: %2 units x %3 years written in %4 s\n"_s.arg(args[1])
               .arg(spec.units)
               .arg(spec.years)
               .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1);
    return 0;
}
