// SPDX-License-Identifier: GPL-3.0-or-later
// A 100-person icon array for talking with a patient about one risk: of 100 people like this
// patient, how many have the event over the horizon.
#pragma once

#include <QWidget>

namespace precis::ui {

class IconArray : public QWidget
{
    Q_OBJECT
public:
    explicit IconArray(QWidget *parent = nullptr);

    /// `affected` people of 100 drawn filled (0..100); the rest outlined.
    void setAffected(int affected);
    [[nodiscard]] int affected() const { return m_affected; }
    [[nodiscard]] QSize sizeHint() const override { return {340, 300}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 180}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return width * 9 / 10; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_affected = 0;
};

} // namespace precis::ui
