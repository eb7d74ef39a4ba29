// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/TaskRunner.h"

#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

namespace precis::ui {

namespace {

/// The busy indicator: a label and an indeterminate bar. It cannot be closed by the user or by
/// the window's lock (reject() is ignored); the runner hides it when the task has returned.
class BusyDialog final : public QDialog
{
public:
    BusyDialog(const QString &label, QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("adminBusyDialog"));
        setWindowTitle(TaskRunner::tr("In Progress"));
        setWindowModality(Qt::ApplicationModal);
        setWindowFlag(Qt::WindowCloseButtonHint, false);
        auto *text = new QLabel(label, this);
        text->setObjectName(QStringLiteral("adminBusyLabel"));
        text->setWordWrap(true);
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("adminBusyProgressBar"));
        bar->setRange(0, 0);
        bar->setTextVisible(false);
        bar->setAccessibleName(label);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(24, 20, 24, 20);
        layout->setSpacing(12);
        layout->addWidget(text);
        layout->addWidget(bar);
        setMinimumWidth(420);
    }
    void reject() override {}
};

} // namespace

TaskRunner::TaskRunner(QObject *parent) : QObject(parent) {}

TaskRunner::~TaskRunner()
{
    finish();
}

void TaskRunner::finish()
{
    if (m_thread == nullptr)
        return;
    m_finishing = true;
    m_thread->wait();
}

bool TaskRunner::runErased(QWidget *parent, const QString &label, std::function<void()> work)
{
    if (m_thread != nullptr)
        return false;
    m_finishing = false;
    BusyDialog busy(label, parent);
    QEventLoop loop;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread->start();
    // Only now: a receiver that locks the vault at once must find a started thread to wait for.
    Q_EMIT busyChanged(true);
    busy.show();
    loop.exec();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    busy.hide();
    Q_EMIT busyChanged(false);
    return !m_finishing;
}

} // namespace precis::ui
