#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <memory>
#include <optional>

namespace parindex {

class Database;
struct RobustnessOptions;

// parindex-cli: parses the words of formats.md, calls core, prints results to stdout (or --out) and
// messages to stderr, and returns 0 done, 1 wrong usage, 2 bad data, 3 file cannot be opened or written
// (every write is checked through OutputFile, stdout included).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    explicit CommandLine(QStringList arguments);
    int run();

    enum Exit { Done = 0, WrongUsage = 1, BadData = 2, CannotOpen = 3 };
    static int exitCodeFor(const Error &error);

private:
    bool parse();
    void installTranslator();
    QString option(const QString &name) const { return m_options.value(name); }
    // The numbers of texts for people in --lang's locale (decimal comma in Vietnamese), without group separators.
    QLocale textLocale() const;
    bool has(const QString &name) const { return m_options.contains(name); }
    int usage(const QString &problem);
    int fail(const Error &error);
    // What a command that succeeded says on stderr (an import's changes of stored values); returns Done.
    int printNotes(const QStringList &notes);
    bool requireYearAndGroup(int &year, QString &group);
    Result<std::unique_ptr<Database>> openDatabase(bool writable);
    // Warns that what this computer saw of a file could not be recorded (AuditAnchors::remember).
    void warnUnrecorded(const std::optional<QString> &problem);
    int writeOutput(const QByteArray &bytes);
    int dispatch();
    // `import|export --year Y --group G FILE` of one of a period's tables.
    using PeriodImport = Status (*)(Database &, int, const QString &, const QString &, const QString &);
    using PeriodExport = Status (*)(const Database &, int, const QString &, const QString &);
    int periodFile(const QString &use, PeriodImport importFile, PeriodExport exportFile);

    int init();
    int units();
    int period();
    int roster();
    int criteria();
    int scores();
    int survey();
    int templateCommand();
    int rank();
    int trend(); // chartcommands.cpp
    int chart(); // chartcommands.cpp
    int decision(); // decisioncommand.cpp
    int notice(); // noticecommand.cpp
    int finalize();
    int check();
    int backup();
    int member(); // membercommand.cpp
    int evidence(); // evidencecommand.cpp
    int copy();
    int upgrade(); // upgradecommand.cpp
    int explain(); // explaincommand.cpp
    int robustness(); // robustnesscommand.cpp
    int robustnessChart(); // robustnesscommand.cpp: chart robustness
    // --weights, --scores, --draws, --seed into `options`; the exit status when they are refused.
    std::optional<int> robustnessOptions(RobustnessOptions &options);
    int summary(); // summarycommand.cpp
    int whatif(); // whatifcommand.cpp
    int impact(); // whatifcommand.cpp

    QStringList m_arguments;
    QStringList m_words; // command, sub-command, file
    QHash<QString, QString> m_options;
    QString m_parseProblem;
    QTextStream m_err;
    std::optional<QString> m_anchorProblem; // the file's audit log is not the one this computer saw last
    QString m_writtenPath; // the file a command opened to write, for AuditAnchors after it succeeded
};

} // namespace parindex
