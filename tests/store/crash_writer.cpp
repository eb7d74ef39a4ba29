// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_vaultcrash: a writer that the test kills with SIGKILL at random instants.
//   crash_writer insert VAULT   - commits batches of synthetic patients, printing the running
//                                 patient total after each COMMIT returned
//   crash_writer rotate VAULT   - rotates the data key over and over, printing after each
//   crash_writer restore VAULT A B - restores backup A, then B, then A ... over VAULT, printing
//                                 "restored N" after each restore returned
// Test passwords are fixed here (test-only helper; precis-cli never takes secrets from argv).
#include "core/store/Backup.h"
#include "core/store/DemoCohort.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"

#include <QCoreApplication>

#include <cstdio>

using namespace precis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("restore")) {
        if (argc != 5)
            return 1;
        const QString backups[]
            = {QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4])};
        std::printf("ready\n");
        std::fflush(stdout);
        for (int i = 1;; ++i) {
            if (auto r = store::restoreVault(
                    backups[i % 2],
                    path,
                    QStringLiteral("admin"),
                    security::SecretBytes::fromUtf8(QStringLiteral("crash test admin password")));
                !r) {
                std::fprintf(stderr, "restore: %s\n", qPrintable(r.error().message()));
                return 3;
            }
            std::printf("restored %d\n", i);
            std::fflush(stdout);
        }
    }
    if (argc != 3)
        return 1;
    const bool rotate = mode == QLatin1String("rotate");
    auto vault = store::Vault::unlock(
        path,
        rotate ? QStringLiteral("admin") : QStringLiteral("nurse"),
        security::SecretBytes::fromUtf8(rotate ? QStringLiteral("crash test admin password")
                                               : QStringLiteral("crash test nurse password")));
    if (!vault) {
        std::fprintf(stderr, "unlock: %s\n", qPrintable(vault.error().message()));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 1;; ++i) {
        if (rotate) {
            if (auto r = store::rotateDataKey(**vault); !r) {
                std::fprintf(stderr, "rotate: %s\n", qPrintable(r.error().message()));
                return 3;
            }
            std::printf("rotated %d\n", i);
        } else {
            store::DemoOptions o;
            o.patients = 1 + i % 4;
            o.observationsPerPatient = 3;
            auto r = store::generateSyntheticPatients(**vault, o);
            if (!r) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(r.error().message()));
                return 3;
            }
            std::printf("committed %d\n", i);
        }
        std::fflush(stdout);
    }
}
