// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userjsontab.h"
#include "ui_userjsontab.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Userdesk {

UserJsonTab::UserJsonTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserJsonTab>())
{
    m_ui->setupUi(this);
    // The name a screen reader gives the view (it has no label of its own).
    m_ui->rawJsonPlainTextEdit->setAccessibleName(tr("The user as JSON"));
    connect(m_ui->copyJsonPushButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->rawJsonPlainTextEdit->toPlainText()); });
}

UserJsonTab::~UserJsonTab() = default;

void UserJsonTab::setUser(const User &user)
{
    m_ui->rawJsonPlainTextEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(redactedJson(user)).toJson(QJsonDocument::Indented)));
}

QJsonObject UserJsonTab::redactedJson(const User &user)
{
    QJsonObject json = user.toJson();
    const QString hidden = tr("(hidden)");
    if (json.value(u"password"_s).isString())
        json.insert(u"password"_s, hidden);
    if (json.value(u"hashOptions"_s).isObject()) {
        QJsonObject options = json.value(u"hashOptions"_s).toObject();
        for (const QString &key : { u"salt"_s, u"saltSeparator"_s, u"signerKey"_s, u"passwordSalt"_s }) {
            if (options.contains(key))
                options.insert(key, hidden);
        }
        json.insert(u"hashOptions"_s, options);
    }
    return json;
}

} // namespace Userdesk
