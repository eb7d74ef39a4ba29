// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPainter;
class QPrinter;
class QPushButton;
class QTimer;

namespace precis::ui {

/// Shows a new recovery key once, large and in a fixed-width font so that it can be copied by
/// hand, with "Copy" (marked concealed for clipboard managers and cleared after a minute or when
/// the dialog closes) and "Print..." (when Qt Print Support is built in).
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString &key, const QString &vaultName, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;

    [[nodiscard]] QString key() const { return m_key; }
    /// Whether this build can print (Qt Print Support found at configure time).
    [[nodiscard]] static bool canPrint();
    /// The printed page: title, vault, date, the key in large fixed-width groups, what it does.
    static void render(QPainter &painter,
                       const QRect &page,
                       const QString &key,
                       const QString &vaultName,
                       const QDateTime &created);
#ifdef PRECIS_HAVE_PRINTSUPPORT
    /// Renders the page on `printer` (the Print... button after its print dialog).
    void printTo(QPrinter &printer) const;
#endif

private:
    void copy();
    void print();
    void clearClipboard();

    QString m_key;
    QString m_vaultName;
    QDateTime m_created;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clearTimer = nullptr;
};

} // namespace precis::ui
