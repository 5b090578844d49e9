// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: quiet Qt logging and a check that aborts (libFuzzer then saves the input).

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Userdesk::Fuzz {

/// Installs a message handler that drops Qt debug/info/warning output (the code under test logs on every bad
/// input) but still prints critical and fatal messages. Call once from LLVMFuzzerInitialize.
void quietLogging();

/// Prints "fuzz check failed: <what>" with `detail` and aborts, so libFuzzer records the input as a crash.
[[noreturn]] void fail(const char *what, const QString &detail = {});

} // namespace Userdesk::Fuzz

#define USERDESK_FUZZ_CHECK(condition, detail)                                                                         \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::Userdesk::Fuzz::fail(#condition, detail);                                                                \
    } while (false)
