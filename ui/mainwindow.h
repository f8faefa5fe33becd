#pragma once

#include <QtWidgets/QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTranslator;
class QUndoGroup;

namespace parindex {

class ChartsTab;
class CriteriaTab;
class DecisionTab;
class DeskDocument;
class HelpWindow;
class Navigator;
class RankingTab;
class ReadFailure;
class ScoresTab;

// The desk: File / Edit / Period / Settings menus, the navigator (group, year, unit) and the tabs.
// Opening a file takes a lock beside it; a second window on the same file is read-only with a banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool createFile(const QString &path, bool demo);
    void closeFile();
    // The first-run assistant: a province's file from nothing (`path` proposed when given); opens what it created.
    bool newProvince(const QString &path = {});
    // The user manual, at the section of the tab on screen (F1).
    void showManual();
    HelpWindow *helpWindow() const { return m_help; }

    DeskDocument *document() const { return m_document.get(); }
    Navigator *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    CriteriaTab *criteriaTab() const { return m_criteria; }
    ScoresTab *scoresTab() const { return m_scores; }
    RankingTab *rankingTab() const { return m_ranking; }
    ChartsTab *chartsTab() const { return m_charts; }
    DecisionTab *decisionTab() const { return m_decision; }

    // Finalise the navigator's period with a decision number and date (after a confirmation), or reopen it
    // for a correction with a reason that goes to the audit log. Public so that tests can drive them.
    bool finalizeCurrentPeriod(const QString &decisionNumber, const QDate &decisionDate);
    bool reopenCurrentPeriod();

    static QStringList recentFiles();

    // The program's name as people read it, in the window's language (window title, About, dialogs).
    static QString programName();
    // The language of the windows to come: the translator, the locale of numbers (also in the messages of core,
    // Fixed::setMessageLocale) and the program's display name. `language` is "vi" or "en".
    static void applyLanguage(const QString &language, QTranslator *translator);
    // `wanted` moved and shrunk as little as possible to lie within `available` (a screen's available geometry).
    static QRect fitOnScreen(const QRect &wanted, const QRect &available);
    // Keeps the window's size, position and maximised state, and what it shows of the open file (group, year,
    // tab, unit), for the next window: after a restart or a language switch.
    void rememberWindow();

signals:
    // The user chose another language: the application rebuilds the window in it, on the same file.
    void languageChangeRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setDocument(std::unique_ptr<DeskDocument> document);
    void updateState();
    void rememberRecent(const QString &path);
    void refreshRecentMenu();
    void newFile(bool demo);
    void openWithDialog();
    // File › Connect to server…: a council's store on PostgreSQL, from a saved profile.
    void connectToServer();
    void backUp();
    enum class Transfer { Scores, Survey, Export };
    void openTransfer(Transfer transfer); // the import and export dialogs, for the navigator's period
    void newPeriod();
    void finalizeWithDialog();
    void showPeriod(qint64 periodId);
    void restoreWindow();
    void rememberView(); // what the window shows of the open file, kept per file
    void restoreView();

    std::unique_ptr<DeskDocument> m_document;
    QUndoGroup *m_undoGroup;
    Navigator *m_navigator;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QLabel *m_emptyState;
    QWidget *m_startScreen;
    HelpWindow *m_help = nullptr;
    ReadFailure *m_tabsFailure;
    CriteriaTab *m_criteria = nullptr;
    ScoresTab *m_scores = nullptr;
    RankingTab *m_ranking = nullptr;
    ChartsTab *m_charts = nullptr;
    DecisionTab *m_decision = nullptr;
    QLabel *m_fileLabel;
    QLabel *m_stateLabel;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions; // enabled only with an open file
    QAction *m_finalizeAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_newPeriodAction = nullptr;
    bool m_settingsUnsaved = false; // the settings file cannot be written, and the status bar said so
};

} // namespace parindex
