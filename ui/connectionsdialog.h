#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
QT_END_NAMESPACE

namespace syncstudio {

class ConnectionCheck;
class ConnectionListModel;
class DirectusClient;
class ProfileStore;
class TokenStore;

// Add, edit, test and remove connection profiles. Profiles go to the ProfileStore, secrets to
// the keyring TokenStore; when the keyring refuses, to the session's memory store, and the
// dialog says so. "Test" runs a ConnectionCheck and shows its summary in plain words.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    // None of the stores is owned; fallback keeps secrets for this session only.
    ConnectionsDialog(ProfileStore *store, TokenStore *keyring, TokenStore *fallback,
                      QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    ConnectionListModel *model() const { return m_model; }
    void selectProfile(const QString &id);
    // Starts editing a new, unsaved profile.
    void addProfile();
    QString currentId() const { return m_current.id; }

    // For tests and screenshots: the form's fields.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *urlWarning() const { return m_urlWarning; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *keyringNotice() const { return m_keyringNotice; }
    void showTestResult(bool ok, const QString &text);
    void showKeyringNotice(const QString &reason);

    // Asked before a token goes over plain http to another machine (first test or save of
    // such a URL); true sends it. Default: a warning message box. Tests replace it.
    using InsecureConfirmation = std::function<bool(const QUrl &url)>;
    void setInsecureConfirmation(InsecureConfirmation confirmation)
    {
        m_confirmInsecure = std::move(confirmation);
    }

    // Validates and stores the form. False (with the reason shown) when it cannot be saved.
    bool saveCurrent();
    void removeCurrent();
    void testCurrent();

signals:
    void profilesChanged();

private:
    void buildUi();
    void loadForm(const ConnectionProfile &profile);
    // The form as a profile; nullopt (with the reason shown) when it is invalid.
    std::optional<ConnectionProfile> formProfile();
    void updateAuthFields();
    void validateUrl();
    void storeSecret(const ConnectionProfile &profile, const QString &secret);
    void runCheck(const ConnectionProfile &profile, const QString &secret);
    void setBusy(bool busy);
    // False (with the reason shown) when the user does not want the token sent over plain
    // http to this URL; asks once per URL and dialog.
    bool confirmInsecure(const QUrl &url);

    ProfileStore *m_store = nullptr;
    QPointer<TokenStore> m_keyring;
    QPointer<TokenStore> m_fallback;
    ConnectionListModel *m_model = nullptr;
    ConnectionProfile m_current;
    bool m_currentIsNew = false;

    QListView *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_keyringNotice = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlWarning = nullptr;
    QComboBox *m_authKind = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_color = nullptr;
    QCheckBox *m_protected = nullptr;
    QCheckBox *m_allowUntested = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<DirectusClient> m_client;
    QPointer<ConnectionCheck> m_check;
    InsecureConfirmation m_confirmInsecure;
    QSet<QUrl> m_confirmedInsecure;
};

} // namespace syncstudio
