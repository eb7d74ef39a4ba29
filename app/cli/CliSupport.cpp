// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "core/store/SelfTest.h"

#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <openssl/crypto.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace precis::cli {

ParsedArgs
parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    ParsedArgs out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--password-stdin")) {
            out.passwordStdin = true;
        } else if (a.startsWith(QLatin1String("--")) && flagOptions.contains(a.mid(2))) {
            out.flags << a.mid(2);
        } else if (a.startsWith(QLatin1String("--"))) {
            const QString name = a.mid(2);
            if (!valueOptions.contains(name)) {
                out.error = QStringLiteral("unknown option %1").arg(a);
                return out;
            }
            if (i + 1 >= args.size()) {
                out.error = QStringLiteral("%1 needs a value").arg(a);
                return out;
            }
            out.options.insert(name, args[++i]);
        } else {
            out.positional << a;
        }
    }
    return out;
}

std::optional<security::SecretBytes> SecretReader::read(const QString &prompt)
{
    // Read into a fixed buffer that is wiped afterwards (std::getline would leave copies). It
    // holds 256 code points of 4 bytes each (the policy's longest password, issue #8 D15) many
    // times over; a longer line is refused whole, never split into two secrets.
    char buf[4096];
    std::memset(buf, 0, sizeof buf);
    FILE *in = stdin;
    FILE *tty = nullptr;
    termios saved{};
    bool echoOff = false;
    if (!m_fromStdin) {
        tty = std::fopen("/dev/tty", "r+");
        if (!tty) {
            QTextStream(stderr) << "precis-cli: no terminal to ask for a secret; use "
                                   "--password-stdin\n";
            return std::nullopt;
        }
        in = tty;
        std::fprintf(tty, "%s: ", prompt.toLocal8Bit().constData());
        std::fflush(tty);
        if (tcgetattr(fileno(tty), &saved) == 0) {
            termios noEcho = saved;
            noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            echoOff = tcsetattr(fileno(tty), TCSAFLUSH, &noEcho) == 0;
        }
    }
    const bool ok = std::fgets(buf, sizeof buf, in) != nullptr;
    if (tty) {
        if (echoOff)
            tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        std::fputc('\n', tty);
        std::fclose(tty);
    }
    if (!ok) {
        OPENSSL_cleanse(buf, sizeof buf);
        QTextStream(stderr) << "precis-cli: no secret given for: " << prompt << "\n";
        return std::nullopt;
    }
    std::size_t n = std::strlen(buf);
    if (n == sizeof buf - 1 && buf[n - 1] != '\n') {
        // The line goes on: drop the rest of it, so that it is not read as the next secret.
        for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in)) {
        }
        OPENSSL_cleanse(buf, sizeof buf);
        QTextStream(stderr) << "precis-cli: secret too long (more than " << sizeof buf - 2
                            << " bytes) for: " << prompt << "\n";
        return std::nullopt;
    }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    QString text = QString::fromUtf8(buf, static_cast<qsizetype>(n));
    OPENSSL_cleanse(buf, sizeof buf);
    security::SecretBytes secret = security::SecretBytes::fromUtf8(text);
    text.fill(QChar(0));
    return secret;
}

int report(const Error &error)
{
    QString line = error.detail;
    if (!error.value.isEmpty() && error.code != ErrorCode::Damaged)
        line += QStringLiteral(" (%1)").arg(error.value);
    QTextStream(stderr) << "precis-cli: " << line << "\n";
    switch (error.code) {
    case ErrorCode::Authentication:
    case ErrorCode::Permission:
        return ExitDenied;
    case ErrorCode::Damaged:
        return ExitDamaged;
    default:
        return ExitError;
    }
}

int usage(const QString &message)
{
    QTextStream(stderr) << "precis-cli: " << message << " (see precis-cli --help)\n";
    return ExitError;
}

bool selfTest()
{
    if (auto r = store::startupSelfTest(); !r) {
        report(r.error());
        return false;
    }
    return true;
}

Session signIn(const QString &path, const ParsedArgs &a, SecretReader &secrets)
{
    Session s;
    const QString name = a.option(QStringLiteral("as"));
    if (name.isEmpty()) {
        s.exitCode = usage(QStringLiteral("--as NAME is required"));
        return s;
    }
    auto password = secrets.read(QStringLiteral("Password for %1").arg(name));
    if (!password) {
        s.exitCode = ExitError;
        return s;
    }
    auto v = store::Vault::unlock(path, name, std::move(*password));
    if (!v) {
        s.exitCode = report(v.error());
        return s;
    }
    s.vault = std::move(*v);
    return s;
}

} // namespace precis::cli
