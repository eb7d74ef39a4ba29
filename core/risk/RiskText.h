// SPDX-License-Identifier: GPL-3.0-or-later
// User-visible texts of the risk engine as translatable templates. Core returns English (the
// CLI prints it byte for byte); every such text is also kept as its source template, marked
// with QT_TRANSLATE_NOOP in the context "precis::risk::RiskText", and its arguments, so that
// ui/ can show it in the user's language with QCoreApplication::translate() without ever
// reading the English text.
#pragma once

#include "core/common/TextTemplate.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace precis::risk {

/// The translation context of every text marked in core/risk (lupdate needs the literal in
/// each QT_TRANSLATE_NOOP, so this constant is for the code that translates).
inline constexpr char kRiskTextContext[] = "precis::risk::RiskText";

/// core/common/TextTemplate.h: shared with core/genomics's call notes.
using precis::fillTemplate;

/// A message as its English template (a string literal marked with
/// QT_TRANSLATE_NOOP("precis::risk::RiskText", ...), so it lives as long as the program) and
/// its arguments: field tokens, codes and numbers as the CLI writes them.
struct Message
{
    const char *source = nullptr;
    QStringList args;

    /// The English text, exactly as the CLI prints it.
    [[nodiscard]] QString english() const;
};

/// Messages in English (shared QStringList, cheap to copy) with their templates, same order.
struct Messages
{
    QStringList texts;
    std::vector<Message> sources;

    void append(Message message)
    {
        texts.append(message.english());
        sources.push_back(std::move(message));
    }
    [[nodiscard]] bool isEmpty() const { return texts.isEmpty(); }
};

/// `message` as the only one of a list.
[[nodiscard]] inline Messages oneMessage(Message message)
{
    Messages messages;
    messages.append(std::move(message));
    return messages;
}

} // namespace precis::risk
