#include "connectionsdialog.h"
#include "connectioncheck.h"
#include "connectionlistmodel.h"
#include "httpdirectusclient.h"
#include "profilestore.h"
#include "theme.h"
#include "tokenstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncstudio {

namespace {

struct TagColor
{
    const char *name;
    const char *hex;
};

// Names for tr() are marked below; the hex values are what the profile stores.
constexpr TagColor TagColors[] = {
    {QT_TRANSLATE_NOOP("syncstudio::ConnectionsDialog", "Green"), "#22a06b"},
    {QT_TRANSLATE_NOOP("syncstudio::ConnectionsDialog", "Blue"), "#1f6feb"},
    {QT_TRANSLATE_NOOP("syncstudio::ConnectionsDialog", "Orange"), "#e8730c"},
    {QT_TRANSLATE_NOOP("syncstudio::ConnectionsDialog", "Red"), "#d93f3f"},
    {QT_TRANSLATE_NOOP("syncstudio::ConnectionsDialog", "Purple"), "#8250df"},
    {QT_TRANSLATE_NOOP("syncstudio::ConnectionsDialog", "Grey"), "#6e7781"},
};

} // namespace

ConnectionsDialog::ConnectionsDialog(ProfileStore *store, TokenStore *keyring, TokenStore *fallback,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keyring(keyring)
    , m_fallback(fallback)
    , m_model(new ConnectionListModel(false, this))
{
    setWindowTitle(tr("Connections"));
    buildUi();
    m_model->setProfiles(m_store->profiles());
    if (m_model->rowCount() > 0)
        selectProfile(m_model->profiles().first().id);
    else
        addProfile();
    if (m_keyring && !m_keyring->isPersistent())
        showKeyringNotice(tr("no keyring service in use"));
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::buildUi()
{
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setMinimumWidth(200);
    m_addButton = new QPushButton(tr("&Add"), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const auto profile = m_model->profileAt(current.row());
                    profile && profile->id != m_current.id) {
                    m_currentIsNew = false;
                    loadForm(*profile);
                }
            });

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    m_keyringNotice = new QLabel(this);
    m_keyringNotice->setObjectName(QStringLiteral("keyringNotice"));
    m_keyringNotice->setWordWrap(true);
    m_keyringNotice->setVisible(false);
    m_keyringNotice->setFrameShape(QFrame::StyledPanel);
    m_keyringNotice->setContentsMargins(8, 6, 8, 6);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://cms.example.com"));
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionsDialog::validateUrl);
    m_urlWarning = new QLabel(this);
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setVisible(false);

    m_authKind = new QComboBox(this);
    m_authKind->addItem(tr("Static token"));
    m_authKind->addItem(tr("Email and password"));
    connect(m_authKind, &QComboBox::currentIndexChanged, this,
            &ConnectionsDialog::updateAuthFields);
    m_tokenLabel = new QLabel(this);
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_emailLabel = new QLabel(tr("&Email:"), this);
    m_email = new QLineEdit(this);
    m_emailLabel->setBuddy(m_email);

    m_color = new QComboBox(this);
    for (const TagColor &tag : TagColors)
        m_color->addItem(Theme::tagIcon(QColor(QLatin1String(tag.hex))), tr(tag.name),
                         QString::fromLatin1(tag.hex));
    m_protected = new QCheckBox(tr("&Protected (production): a push needs the name typed"), this);
    m_allowUntested = new QCheckBox(tr("Allow Directus versions not tested with this app"), this);

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testCurrent);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_urlWarning);
    form->addRow(tr("&Sign in with:"), m_authKind);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(m_emailLabel, m_email);
    form->addRow(tr("&Colour tag:"), m_color);
    form->addRow(QString(), m_protected);
    form->addRow(QString(), m_allowUntested);
    form->addRow(QString(), new QWidget(this));
    form->addRow(testRow);

    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(m_keyringNotice);
    formColumn->addLayout(form);
    formColumn->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn);
    columns->addLayout(formColumn, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::saveCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    updateAuthFields();
}

void ConnectionsDialog::selectProfile(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row));
    m_currentIsNew = false;
    loadForm(m_model->profiles().at(row));
}

void ConnectionsDialog::addProfile()
{
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_currentIsNew = true;
    ConnectionProfile profile = ConnectionProfile::create(QString(), QUrl());
    profile.color = QString::fromLatin1(TagColors[0].hex);
    loadForm(profile);
    m_name->setFocus();
}

void ConnectionsDialog::loadForm(const ConnectionProfile &profile)
{
    m_current = profile;
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_authKind->setCurrentIndex(profile.authKind == Credentials::Kind::Password ? 1 : 0);
    m_email->setText(profile.email);
    m_token->clear();
    m_token->setPlaceholderText(m_currentIsNew ? QString() : tr("Unchanged (kept in the keyring)"));
    int colorIndex = m_color->findData(profile.color, Qt::UserRole, Qt::MatchFixedString);
    if (colorIndex < 0 && !profile.color.isEmpty()) {
        m_color->addItem(Theme::tagIcon(QColor(profile.color)), profile.color, profile.color);
        colorIndex = m_color->count() - 1;
    }
    m_color->setCurrentIndex(qMax(0, colorIndex));
    m_protected->setChecked(profile.isProtected);
    m_allowUntested->setChecked(profile.allowUntestedVersion);
    m_testResult->clear();
    m_removeButton->setEnabled(!m_currentIsNew);
    updateAuthFields();
    validateUrl();
}

void ConnectionsDialog::updateAuthFields()
{
    const bool password = m_authKind->currentIndex() == 1;
    m_tokenLabel->setText(password ? tr("&Password:") : tr("&Token:"));
    m_tokenLabel->setBuddy(m_token);
    m_emailLabel->setVisible(password);
    m_email->setVisible(password);
}

void ConnectionsDialog::validateUrl()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        m_urlWarning->setVisible(false);
        return;
    }
    QString error;
    const QUrl url = ConnectionUrl::normalise(text, &error);
    const Theme theme = Theme::current();
    if (!url.isValid() || !error.isEmpty()) {
        m_urlWarning->setText(error);
        m_urlWarning->setStyleSheet(
            QStringLiteral("color: %1").arg(theme.statusColor(DiffStatus::OnlyRight).name()));
        m_urlWarning->setVisible(true);
    } else if (ConnectionUrl::isInsecureRemote(url)) {
        m_urlWarning->setText(tr("Plain http to another machine: the token travels unencrypted. "
                                 "Use https unless this network is trusted."));
        m_urlWarning->setStyleSheet(
            QStringLiteral("color: %1").arg(theme.statusColor(DiffStatus::Changed).name()));
        m_urlWarning->setVisible(true);
    } else {
        m_urlWarning->setVisible(false);
    }
}

std::optional<ConnectionProfile> ConnectionsDialog::formProfile()
{
    ConnectionProfile profile = m_current;
    profile.name = m_name->text().trimmed();
    if (profile.name.isEmpty()) {
        showTestResult(false, tr("Give the connection a name."));
        m_name->setFocus();
        return std::nullopt;
    }
    QString error;
    profile.url = ConnectionUrl::normalise(m_url->text().trimmed(), &error);
    if (!profile.url.isValid() || !error.isEmpty()) {
        showTestResult(false,
                       error.isEmpty() ? tr("Enter the URL of the Directus instance.") : error);
        m_url->setFocus();
        return std::nullopt;
    }
    const bool password = m_authKind->currentIndex() == 1;
    profile.authKind = password ? Credentials::Kind::Password : Credentials::Kind::StaticToken;
    profile.email = password ? m_email->text().trimmed() : QString();
    if (password && profile.email.isEmpty()) {
        showTestResult(false, tr("Enter the email address to sign in with."));
        m_email->setFocus();
        return std::nullopt;
    }
    profile.color = m_color->currentData().toString();
    profile.isProtected = m_protected->isChecked();
    profile.allowUntestedVersion = m_allowUntested->isChecked();
    return profile;
}

bool ConnectionsDialog::saveCurrent()
{
    const std::optional<ConnectionProfile> profile = formProfile();
    if (!profile)
        return false;
    if (m_currentIsNew && m_token->text().isEmpty()) {
        showTestResult(false, m_authKind->currentIndex() == 1
                                  ? tr("Enter the password.")
                                  : tr("Enter the static token of an admin user."));
        m_token->setFocus();
        return false;
    }
    if (!confirmInsecure(profile->url))
        return false;
    QString error;
    if (!m_store->save(*profile, &error)) {
        showTestResult(false, error);
        return false;
    }
    if (!m_token->text().isEmpty())
        storeSecret(*profile, m_token->text());
    m_currentIsNew = false;
    m_current = *profile;
    const int row = m_model->upsert(*profile);
    m_list->setCurrentIndex(m_model->index(row));
    m_removeButton->setEnabled(true);
    m_token->clear();
    m_token->setPlaceholderText(tr("Unchanged (kept in the keyring)"));
    showTestResult(true, tr("Saved “%1”.").arg(profile->name));
    emit profilesChanged();
    return true;
}

void ConnectionsDialog::storeSecret(const ConnectionProfile &profile, const QString &secret)
{
    const QString key = profile.secretKey();
    const auto toFallback = [this, key, secret](const QString &reason) {
        showKeyringNotice(reason);
        if (m_fallback)
            m_fallback->write(key, secret, this, [](const TokenStore::Result &) {});
    };
    if (!m_keyring) {
        toFallback(tr("no keyring service in use"));
        return;
    }
    m_keyring->write(key, secret, this, [toFallback](const TokenStore::Result &result) {
        if (!result.ok())
            toFallback(result.message);
    });
}

void ConnectionsDialog::showKeyringNotice(const QString &reason)
{
    const Theme theme = Theme::current();
    m_keyringNotice->setStyleSheet(
        QStringLiteral("background: %1;").arg(theme.statusFill(DiffStatus::Changed).name()));
    m_keyringNotice->setText(
        tr("The system keyring is not available, so secrets are kept in memory for this session "
           "only: you will be asked for them again after a restart. (%1)")
            .arg(reason));
    m_keyringNotice->setVisible(true);
}

void ConnectionsDialog::removeCurrent()
{
    if (m_currentIsNew)
        return;
    const ConnectionProfile profile = m_current;
    m_store->remove(profile.id);
    if (m_keyring)
        m_keyring->remove(profile.secretKey(), this, [](const TokenStore::Result &) {});
    if (m_fallback)
        m_fallback->remove(profile.secretKey(), this, [](const TokenStore::Result &) {});
    m_model->removeProfile(profile.id);
    emit profilesChanged();
    if (m_model->rowCount() > 0)
        selectProfile(m_model->profiles().first().id);
    else
        addProfile();
}

void ConnectionsDialog::testCurrent()
{
    const std::optional<ConnectionProfile> profile = formProfile();
    if (!profile || !confirmInsecure(profile->url))
        return;
    if (!m_token->text().isEmpty()) {
        runCheck(*profile, m_token->text());
        return;
    }
    if (m_currentIsNew || !m_keyring) {
        showTestResult(false, tr("Enter the token or password first."));
        return;
    }
    setBusy(true);
    showTestResult(true, tr("Reading the secret from the keyring…"));
    const ConnectionProfile copy = *profile;
    m_keyring->read(copy.secretKey(), this, [this, copy](const TokenStore::Result &result) {
        if (result.ok()) {
            runCheck(copy, result.secret);
            return;
        }
        if (!m_fallback) {
            setBusy(false);
            showTestResult(false, result.message);
            return;
        }
        m_fallback->read(copy.secretKey(), this, [this, copy](const TokenStore::Result &memory) {
            if (memory.ok()) {
                runCheck(copy, memory.secret);
            } else {
                setBusy(false);
                showTestResult(false, tr("No secret is stored for this "
                                         "connection: enter it again."));
            }
        });
    });
}

void ConnectionsDialog::runCheck(const ConnectionProfile &profile, const QString &secret)
{
    delete m_check;
    delete m_client;
    m_client = new HttpDirectusClient(profile.url, profile.credentials(secret), this);
    m_check = new ConnectionCheck(m_client, profile.allowUntestedVersion, this);
    setBusy(true);
    showTestResult(true, tr("Testing %1…").arg(profile.url.toDisplayString()));
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheckResult &result) {
        setBusy(false);
        showTestResult(result.ok(), result.ok() ? result.summary() : result.message);
    });
    m_check->start();
}

bool ConnectionsDialog::confirmInsecure(const QUrl &url)
{
    // The label under the URL already warns; a token is only sent (or stored to be sent
    // later) once the user said yes for this URL.
    if (!ConnectionUrl::isInsecureRemote(url) || m_confirmedInsecure.contains(url))
        return true;
    const bool send =
        m_confirmInsecure
            ? m_confirmInsecure(url)
            : QMessageBox::warning(
                  this, tr("Unencrypted connection"),
                  tr("%1 is plain http to another machine: the token or password travels "
                     "unencrypted and anyone on the network path can read it.\n\nUse it anyway?")
                      .arg(url.toDisplayString()),
                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    if (!send) {
        showTestResult(false, tr("Nothing was sent: use https, or confirm plain http on a "
                                 "trusted network."));
        return false;
    }
    m_confirmedInsecure.insert(url);
    return true;
}

void ConnectionsDialog::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
}

void ConnectionsDialog::showTestResult(bool ok, const QString &text)
{
    const Theme theme = Theme::current();
    const QColor color = theme.statusColor(ok ? DiffStatus::OnlyLeft : DiffStatus::OnlyRight);
    m_testResult->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
    m_testResult->setText(text);
}

} // namespace syncstudio
