// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/apiresponse.h"

namespace Userdesk {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    QByteArray out;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (!out.isEmpty())
                out += '\n';
            out += value;
        }
    }
    return out;
}

} // namespace Userdesk
