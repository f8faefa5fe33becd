#include "connectdialog.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr char ProfilesGroup[] = "servers";
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent),
      m_profile(new QComboBox(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_ssl(new QComboBox(this)),
      m_remember(new QCheckBox(
          tr("&Keep the password in libpq's password file (%1)").arg(QDir::toNativeSeparators(passwordFilePath())),
          this)),
      m_preview(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_remove(new QPushButton(tr("&Remove profile"), this))
{
    setWindowTitle(tr("Connect to a server"));
    auto *intro = new QLabel(tr("The council's PostgreSQL store: what each member may change is kept by the server. "
                                "The profile keeps the address, never the password."),
        this);
    intro->setWordWrap(true);
    m_profile->setEditable(true);
    m_profile->addItems(profiles());
    m_profile->setCurrentText(QString());
    m_profile->lineEdit()->setPlaceholderText(tr("e.g. Sở Nội vụ – máy chủ"));
    m_host->setPlaceholderText(u"db.sonoivu.gov.vn"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(u"thanhhoa"_s);
    m_password->setEchoMode(QLineEdit::Password);
    const QList<std::pair<QString, QString>> ssl = {{u"prefer"_s, tr("encrypted when the server offers it")},
        {u"require"_s, tr("always encrypted")}, {u"verify-full"_s, tr("encrypted, server certificate checked")},
        {u"disable"_s, tr("not encrypted (this computer only)")}};
    for (const auto &[mode, text] : ssl)
        m_ssl->addItem(text, mode);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(u"addressPreview"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a61b1b"_s);
    m_problem->hide();

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_remove);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, profileRow);
    row(tr("&Server:"), m_host);
    row(tr("P&ort:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&Login:"), m_login);
    row(tr("Pass&word:"), m_password);
    row(tr("&Encryption:"), m_ssl);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::textActivated, this, &ConnectDialog::showProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    for (QLineEdit *field : {m_host, m_database, m_login})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updatePreview);
    connect(m_ssl, &QComboBox::currentIndexChanged, this, &ConnectDialog::updatePreview);
    // The last profile used comes first.
    const QString last = QSettings().value(u"%1/last"_s.arg(QLatin1StringView(ProfilesGroup))).toString();
    if (profiles().contains(last)) {
        m_profile->setCurrentText(last);
        showProfile(last);
    }
    updatePreview();
    resize(560, sizeHint().height());
}

QStringList ConnectDialog::profiles()
{
    QSettings settings;
    settings.beginGroup(QLatin1StringView(ProfilesGroup));
    return settings.childGroups();
}

std::optional<ServerAddress> ConnectDialog::profile(const QString &name)
{
    if (!profiles().contains(name))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(QLatin1StringView(ProfilesGroup));
    const auto address = ServerAddress::parse(settings.value(name + u"/address"_s).toString());
    return address ? std::optional<ServerAddress>(*address) : std::nullopt;
}

void ConnectDialog::showProfile(const QString &name)
{
    const auto a = profile(name);
    if (!a)
        return;
    m_host->setText(a->host);
    m_port->setValue(a->port);
    m_database->setText(a->database);
    m_login->setText(a->user);
    const int ssl = m_ssl->findData(a->options.value(u"sslmode"_s, u"prefer"_s));
    m_ssl->setCurrentIndex(ssl >= 0 ? ssl : 0);
    m_password->clear();
    m_password->setFocus();
}

void ConnectDialog::removeProfile()
{
    const QString name = m_profile->currentText().trimmed();
    if (!profiles().contains(name))
        return;
    QSettings settings;
    settings.beginGroup(QLatin1StringView(ProfilesGroup));
    settings.remove(name);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_problem->setText(tr("The profile %1 could not be removed: %2 cannot be written.")
                               .arg(name, QDir::toNativeSeparators(settings.fileName())));
        m_problem->show();
        return;
    }
    m_profile->removeItem(m_profile->findText(name));
    m_profile->setCurrentText(QString());
}

Result<ServerAddress> ConnectDialog::address() const
{
    const auto missing = [](const QString &field) {
        return Error {Error::Kind::Usage, tr("Fill in the %1.").arg(field)};
    };
    if (m_host->text().trimmed().isEmpty())
        return missing(tr("server"));
    if (m_database->text().trimmed().isEmpty())
        return missing(tr("database"));
    if (m_login->text().trimmed().isEmpty())
        return missing(tr("login"));
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_login->text().trimmed();
    if (const QString ssl = m_ssl->currentData().toString(); ssl != u"prefer")
        a.options.insert(u"sslmode"_s, ssl);
    // What a profile keeps is what parse() takes back.
    return ServerAddress::parse(a.toString());
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::updatePreview()
{
    const auto a = address();
    m_preview->setText(a ? a->toString() : QString());
}

void ConnectDialog::accept()
{
    const auto a = address();
    if (!a) {
        m_problem->setText(a.error().message);
        m_problem->show();
        return;
    }
    if (!m_password->text().isEmpty()) {
        rememberSessionPassword(*a, m_password->text());
        if (m_remember->isChecked()) {
            if (const Status s = savePassword(*a, m_password->text()); !s) {
                m_problem->setText(s.error().message);
                m_problem->show();
                return;
            }
        }
    }
    const QString name = m_profile->currentText().trimmed().isEmpty()
        ? u"%1 – %2"_s.arg(a->database, a->host)
        : m_profile->currentText().trimmed().replace(u'/', u'-');
    QSettings settings;
    settings.beginGroup(QLatin1StringView(ProfilesGroup));
    settings.setValue(name + u"/address"_s, a->toString());
    settings.setValue(u"last"_s, name);
    settings.sync();
    // The profile is a convenience: one that cannot be saved is said, and the next Connect goes on without it.
    if (settings.status() != QSettings::NoError && m_unsavedProfile != name) {
        m_unsavedProfile = name;
        m_problem->setText(tr("The profile %1 could not be saved: %2 cannot be written. Press Connect again to connect "
                              "without saving it.")
                               .arg(name, QDir::toNativeSeparators(settings.fileName())));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace parindex
