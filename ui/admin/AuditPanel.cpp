// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AuditPanel.h"

#include "ui/PaddedItemDelegate.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/AuditTableModel.h"
#include "ui/admin/TaskRunner.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace precis::ui {

AuditPanel::AuditPanel(TaskRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("auditPanel"));
    m_model = new AuditTableModel(this);
    m_proxy = new AuditFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserComboBox"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_patient = new QLineEdit(this);
    m_patient->setObjectName(QStringLiteral("auditPatientEdit"));
    m_patient->setAccessibleName(tr("Filter by patient ID"));
    m_patient->setPlaceholderText(tr("any"));
    m_patient->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), this));
    m_patient->setMaximumWidth(90);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditToDateEdit"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    // Four-digit years, whatever the locale's short format.
    const QString dateFormat = QLocale()
                                   .dateFormat(QLocale::ShortFormat)
                                   .replace(QStringLiteral("yyyy"), QStringLiteral("yy"))
                                   .replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    m_from->setDisplayFormat(dateFormat);
    m_to->setDisplayFormat(dateFormat);
    auto *reset = new QPushButton(tr("&Show All"), this);
    reset->setObjectName(QStringLiteral("auditResetFiltersButton"));
    reset->setToolTip(tr("Clear every filter"));

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    filters->setVerticalSpacing(6);
    auto addFilter = [&](int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, 0, column * 2);
        filters->addWidget(field, 0, column * 2 + 1);
    };
    addFilter(0, tr("Us&er"), m_user);
    addFilter(1, tr("A&ction"), m_action);
    addFilter(2, tr("Patient &ID"), m_patient);
    addFilter(3, tr("&From"), m_from);
    addFilter(4, tr("T&o"), m_to);
    filters->addWidget(reset, 0, 10);
    filters->setColumnStretch(11, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::SeqColumn, 60);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::UserColumn, 120);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::ActionColumn, 180);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::PatientColumn, 110);
    m_table->setItemDelegate(new PaddedItemDelegate(m_table));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    auto *refresh = new QPushButton(tr("Re&load"), this);
    refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    refresh->setToolTip(tr("Read the audit trail again"));
    auto *verifyButton = new QPushButton(tr("Ve&rify Chain"), this);
    verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    verifyButton->setToolTip(tr("Check every row of the hash chain"));

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditVerifyResultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_anchor = new QLabel(this);
    m_anchor->setObjectName(QStringLiteral("auditAnchorLabel"));
    m_anchor->setAccessibleName(tr("Head of the audit chain"));
    m_anchor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_anchor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_anchor->setWordWrap(false);
    m_anchor->hide();
    m_anchorCaption = new QLabel(tr("Head now"), this);
    m_anchorCaption->setObjectName(QStringLiteral("auditAnchorCaptionLabel"));
    m_anchorCaption->setBuddy(m_anchor);
    m_anchorCaption->hide();
    m_copyAnchor = new QPushButton(tr("Cop&y Head"), this);
    m_copyAnchor->setObjectName(QStringLiteral("auditCopyAnchorButton"));
    m_copyAnchor->setToolTip(tr("Copy the head (row count and hash) to write it down elsewhere"));
    m_copyAnchor->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(refresh);
    bottom->addWidget(verifyButton);
    auto *anchorRow = new QHBoxLayout;
    anchorRow->addWidget(m_anchorCaption);
    anchorRow->addWidget(m_anchor, 1);
    anchorRow->addWidget(m_copyAnchor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_result);
    layout->addLayout(anchorRow);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilters);
    connect(m_patient, &QLineEdit::textChanged, this, &AuditPanel::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPanel::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPanel::applyFilters);
    connect(reset, &QPushButton::clicked, this, &AuditPanel::resetFilters);
    connect(refresh, &QPushButton::clicked, this, &AuditPanel::reload);
    connect(verifyButton, &QPushButton::clicked, this, &AuditPanel::verify);
    connect(m_copyAnchor, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_anchor->property("anchor").toString());
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditPanel::updateCount);
    updateCount();
}

void AuditPanel::setSession(Session *session)
{
    m_session = session;
    m_loaded = false;
    m_model->clear();
    m_result->hide();
    m_anchor->hide();
    m_anchorCaption->hide();
    m_copyAnchor->hide();
    m_anchor->setProperty("anchor", QString());
    fillFilterChoices();
    resetFilters();
    if (session != nullptr && isVisible())
        reload();
}

void AuditPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session != nullptr && !m_loaded)
        reload();
}

void AuditPanel::reload()
{
    if (m_session == nullptr)
        return;
    Session *session = m_session;
    m_loaded = true;
    auto rows = m_runner.run<Result<std::vector<store::AuditEntry>>>(
        this, tr("Reading the audit trail."), [session] { return session->auditTrail(); });
    if (!rows || m_session == nullptr)
        return;
    if (!*rows) {
        m_model->clear();
        showResult(AdminText::error(rows->error()), true);
        return;
    }
    setEntries(std::move(**rows));
}

void AuditPanel::setEntries(std::vector<store::AuditEntry> entries)
{
    const QString user = m_user->currentData().toString();
    const QString action = m_action->currentData().toString();
    const bool fromOpen = m_from->date() <= m_from->minimumDate();
    const bool toOpen = m_to->date() >= m_to->maximumDate();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_model->setEntries(std::move(entries));
    fillFilterChoices();
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    setDateBounds();
    m_from->setDate(fromOpen ? m_from->minimumDate() : from);
    m_to->setDate(toOpen ? m_to->maximumDate() : to);
    applyFilters();
    // The newest rows are what an administrator usually looks for.
    m_table->scrollToBottom();
}

void AuditPanel::setDateBounds()
{
    // From the oldest row to the newest (or today), so that the calendar offers only days the
    // trail covers.
    QDate first = QDate::currentDate();
    QDate last = QDate::currentDate();
    const auto &entries = m_model->entries();
    if (!entries.empty()) {
        const QDate a = AuditTableModel::localTime(entries.front()).date();
        const QDate b = AuditTableModel::localTime(entries.back()).date();
        if (a.isValid())
            first = qMin(a, last);
        if (b.isValid())
            last = qMax(b, last);
    }
    m_from->setDateRange(first, last);
    m_to->setDateRange(first, last);
}

void AuditPanel::fillFilterChoices()
{
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockAction(m_action);
    m_user->clear();
    m_action->clear();
    m_user->addItem(tr("All users"), QString());
    m_action->addItem(tr("All actions"), QString());
    std::set<QString> users;
    std::set<QString> seen;
    for (const store::AuditEntry &e : m_model->entries()) {
        users.insert(e.user);
        seen.insert(e.action);
    }
    for (const QString &u : users)
        m_user->addItem(u, u);
    // Known actions in their usual order, then any the trail holds that this version does not
    // know (a newer Precis wrote them).
    QStringList actions = AdminText::knownActions();
    for (const QString &a : seen) {
        if (!actions.contains(a))
            actions << a;
    }
    for (const QString &a : actions)
        m_action->addItem(AdminText::action(a), a);
}

void AuditPanel::resetFilters()
{
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockPatient(m_patient);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_user->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_patient->clear();
    setDateBounds();
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->maximumDate());
    applyFilters();
}

void AuditPanel::applyFilters()
{
    m_proxy->setUser(m_user->currentData().toString());
    m_proxy->setAction(m_action->currentData().toString());
    bool ok = false;
    const qint64 patient = m_patient->text().toLongLong(&ok);
    m_proxy->setPatient(ok ? std::optional<qint64>(patient) : std::nullopt);
    // The ends of the range are open when they sit at the oldest and newest row, so that rows
    // with an unreadable time are shown until a date is chosen.
    const bool fromOpen = m_from->date() <= m_from->minimumDate();
    const bool toOpen = m_to->date() >= m_to->maximumDate();
    m_proxy->setDateRange(fromOpen ? QDate() : m_from->date(), toOpen ? QDate() : m_to->date());
    updateCount();
}

void AuditPanel::updateCount()
{
    //: %1 rows shown, %2 rows in the trail
    m_count->setText(
        tr("Showing %1 of %2 rows.")
            .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
}

void AuditPanel::showResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setProperty("adminError", error);
    m_result->setProperty("adminStatus", !error);
    // Re-polish so that the style sheet follows the changed properties.
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_result->show();
}

void AuditPanel::verify()
{
    if (m_session == nullptr)
        return;
    Session *session = m_session;
    auto checked
        = m_runner.run<Result<AuditCheck>>(this,
                                           tr("Verifying every row of the audit chain."),
                                           [session] { return session->verifyAuditTrail(); });
    if (!checked || m_session == nullptr)
        return;
    m_anchor->hide();
    m_anchorCaption->hide();
    m_copyAnchor->hide();
    m_anchor->setProperty("anchor", QString());
    bool broken = true;
    if (!*checked) {
        m_result->setText(AdminText::error(checked->error()));
    } else {
        const store::AuditVerification &v = (*checked)->verification;
        broken = !v.intact;
        if (v.intact) {
            m_result->setText(tr("The audit chain is intact: %Ln row(s) verified. Write the head "
                                 "below down outside this computer: a later check that no "
                                 "longer finds it reveals that the vault was rolled back.",
                                 nullptr,
                                 static_cast<int>(v.rowCount)));
            if (!(*checked)->anchor.isEmpty()) {
                m_anchor->setText((*checked)->anchor);
                m_anchor->setProperty("anchor", (*checked)->anchor);
                m_anchor->show();
                m_anchorCaption->show();
                m_copyAnchor->show();
            }
        } else if (v.firstBadSeq > 0 && v.firstBadSeq <= v.rowCount) {
            m_result->setText(tr("The audit chain is broken at row %1: a row was changed, removed "
                                 "or reordered. Keep this vault as it is, restore a backup to a "
                                 "new file for comparison, and report it.")
                                  .arg(v.firstBadSeq));
        } else {
            m_result->setText(tr("The audit chain's head does not match its rows: rows at the end "
                                 "were removed, or the head record was changed. Keep this vault "
                                 "as it is and report it."));
        }
    }
    showResult(m_result->text(), broken);
    if (*checked && !(*checked)->entries.empty())
        setEntries(std::move((*checked)->entries));
    else
        reload();
}

} // namespace precis::ui
