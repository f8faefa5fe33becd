#pragma once

#include "storage/serveraddress.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace parindex {

// File › Connect to server…: the address of a council's PostgreSQL store, from a saved connection profile or typed,
// and the login's password. Profiles keep the address only (in the settings, under "servers/"); the password is
// used for this session (in memory) or, when asked, kept in libpq's own password file (~/.pgpass), never in our
// settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The address as filled in; an error naming the field when it is not one.
    Result<ServerAddress> address() const;
    QString password() const;

    // The saved profiles' names, and the address of one.
    static QStringList profiles();
    static std::optional<ServerAddress> profile(const QString &name);

    // Checks the fields, saves the profile, keeps the password as asked; stays open with the reason otherwise.
    void accept() override;

    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *sslBox() const { return m_ssl; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void showProfile(const QString &name);
    void removeProfile();
    void updatePreview();

    QComboBox *m_profile;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QComboBox *m_ssl;
    QCheckBox *m_remember;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_remove;
    QString m_unsavedProfile; // a profile that could not be saved, told once: Connect again goes on without it
};

} // namespace parindex
