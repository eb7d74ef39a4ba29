// SPDX-License-Identifier: GPL-3.0-or-later
// precis: the desktop application. Wiring only; screens live in ui/.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Precis"));
    QLabel label(QApplication::translate("main", "Precis"));
    label.show();
    return QApplication::exec();
}
