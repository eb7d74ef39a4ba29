// SPDX-License-Identifier: GPL-3.0-or-later
// For talking with the patient: the selected risk as 100 people and one plain sentence.
#pragma once

#include <QWidget>

class QLabel;

namespace precis::ui {

class IconArray;
struct DashboardState;

class TalkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TalkPanel(QWidget *parent = nullptr);
    void update(const DashboardState &state);
    [[nodiscard]] QString sentence() const;

private:
    IconArray *m_icons = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_basis = nullptr;
};

} // namespace precis::ui
