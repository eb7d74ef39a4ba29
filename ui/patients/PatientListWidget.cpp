// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/patients/PatientListWidget.h"

#include "ui/Format.h"
#include "ui/PaddedItemDelegate.h"
#include "ui/patients/PatientFilterProxyModel.h"
#include "ui/patients/PatientTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace precis::ui {

PatientListWidget::PatientListWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("patientListWidget"));
    m_model = new PatientTableModel(this);
    m_model->setObjectName(QStringLiteral("patientTableModel"));
    m_proxy = new PatientFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("patientFilterProxyModel"));
    m_proxy->setSourceModel(m_model);

    auto *title = new QLabel(tr("Patients"), this);
    title->setObjectName(QStringLiteral("patientListTitleLabel"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("patientCountLabel"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_count, 0, Qt::AlignBottom);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name, record number or date of birth (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patients"));
    m_search->installEventFilter(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("patientTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PatientTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->installEventFilter(this);
    m_view->setItemDelegate(new PaddedItemDelegate(m_view));
    sizeColumns();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("patientEmptyLabel"));
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &PatientListWidget::focusSearch);
    addAction(findAction);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
        if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT patientActivated(index.data(PatientTableModel::PatientIdRole).toLongLong());
    });
    updateCount();
}

void PatientListWidget::setPatients(std::vector<store::PatientSummary> patients)
{
    m_model->setPatients(std::move(patients));
    m_stack->setCurrentWidget(m_view);
    updateCount();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void PatientListWidget::showLoadError(const QString &message)
{
    m_model->clear();
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    m_count->clear();
}

void PatientListWidget::clear()
{
    m_search->clear();
    m_proxy->setSearchText({});
    m_model->clear();
    m_empty->clear();
    updateCount();
}

void PatientListWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool PatientListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        // Keyboard-first: arrows move through the results without leaving the search field,
        // Enter opens the current row, Escape clears the search.
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            m_view->setFocus();
            QCoreApplication::sendEvent(m_view, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_view->currentIndex().isValid())
                Q_EMIT m_view->activated(m_view->currentIndex());
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_view && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientListWidget::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_proxy->searchText().trimmed().isEmpty())
        m_count->setText(tr("%n patient(s)", nullptr, total));
    else
        //: %1 matching patients, %n all patients
        m_count->setText(tr("%1 of %n patient(s)", nullptr, total).arg(shown));
    if (total > 0 && shown == 0) {
        m_empty->setText(tr("No patient matches \u201c%1\u201d.").arg(m_search->text().trimmed()));
        m_stack->setCurrentWidget(m_empty);
    } else if (total > 0) {
        m_stack->setCurrentWidget(m_view);
    }
}

void PatientListWidget::sizeColumns()
{
    const QFontMetrics fm(m_view->font());
    const int pad = 44; // cell padding plus the sort indicator
    auto widthFor = [&](const QString &sample, int column) {
        const QString title
            = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + pad;
    };
    m_preferredWidths = {
        widthFor(QStringLiteral("MRN-0000000"), PatientTableModel::RecordNumberColumn),
        // Wide enough for long double-barrelled names.
        widthFor(QStringLiteral("Schulze-Wittenberg, Anna-Katharina"),
                 PatientTableModel::NameColumn),
        widthFor(QStringLiteral("00.00.0000"), PatientTableModel::DateOfBirthColumn),
        widthFor(QStringLiteral("000"), PatientTableModel::AgeColumn),
        widthFor(Format::sex(QStringLiteral("unknown")), PatientTableModel::SexColumn),
    };
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    distributeColumns();
}

void PatientListWidget::distributeColumns()
{
    // On a wide screen the spare width is shared out (the name column gets the largest part,
    // no column grows beyond twice its preferred width) so that a row does not end a third of
    // the way across; the last column takes what is left.
    static constexpr std::array<double, 5> share{0.15, 0.45, 0.15, 0.0, 0.25};
    const int available = m_view->viewport()->width();
    int preferred = 0;
    for (const int w : m_preferredWidths)
        preferred += w;
    const int spare = std::max(0, available - preferred);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c + 1 < static_cast<int>(m_preferredWidths.size()); ++c) {
        const int base = m_preferredWidths[static_cast<std::size_t>(c)];
        const int grown = base + static_cast<int>(spare * share[static_cast<std::size_t>(c)]);
        header->resizeSection(c, std::min(grown, 2 * base));
    }
}

bool PatientListWidget::event(QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show
        || event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(
            this, &PatientListWidget::distributeColumns, Qt::QueuedConnection);
    return QWidget::event(event);
}

} // namespace precis::ui
