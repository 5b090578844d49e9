// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class UserJsonTab;
}

namespace Userdesk {

/// The JSON tab of the user detail: the whole user, read-only, with its password hash and the hash's secret
/// parameters hidden, and a button that copies it.
class UserJsonTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserJsonTab)

public:
    explicit UserJsonTab(QWidget *parent = nullptr);
    ~UserJsonTab() override;

    void setUser(const User &user);
    /// The JSON shown (and copied): the user with secrets redacted.
    static QJsonObject redactedJson(const User &user);

private:
    std::unique_ptr<Ui::UserJsonTab> m_ui;
};

} // namespace Userdesk
