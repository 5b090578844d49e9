// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace Userdesk::RowVectors {

// Per-source-row arrays that may cover only the first rows of the source follow its removals with these: the values
// of the remaining rows keep their order.

/// Removes rows first..last (inclusive) from `v`, or cuts it at `first` when it does not reach past `last`.
template<class Vector> void eraseRows(Vector &v, int first, int last)
{
    if (std::size_t(last) < v.size())
        v.erase(v.begin() + first, v.begin() + last + 1);
    else
        v.resize(std::min(v.size(), std::size_t(first)));
}

/// Removes every row `r` with removed[r] set, in one pass.
template<class Vector> void compactRows(Vector &v, const std::vector<char> &removed)
{
    std::size_t write = 0;
    for (std::size_t r = 0; r < v.size(); ++r) {
        if (r < removed.size() && removed[r])
            continue;
        if (write != r)
            v[write] = std::move(v[r]);
        ++write;
    }
    v.resize(write);
}

} // namespace Userdesk::RowVectors
