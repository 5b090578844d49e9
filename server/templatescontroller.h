// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/projectapicontroller.h"

namespace Userdesk::Server {

/// The project's SMTP settings and custom e-mail templates in the project API (Appwrite 1.9.5,
/// Modules/Project/Http/Project/SMTP and Templates/Email), with the console paths they replaced. This server sends
/// no mail: the SMTP settings are kept and shown (the password never), a connection test is not made, and the
/// custom templates shape what the outbox receives (sendEmail() in controller.h).
class TemplatesController : public ProjectApiBase
{
public:
    using ProjectApiBase::ProjectApiBase;
    void registerRoutes(Router &r) override;

    void updateSmtp(Ctx &ctx);
    void createSmtpTest(Ctx &ctx);
    void listTemplates(Ctx &ctx);
    void getTemplate(Ctx &ctx);
    void updateTemplate(Ctx &ctx);
};

/// Appwrite's e-mail template IDs (app/config/locale/templates.php): verification, magicSession, recovery,
/// invitation, mfaChallenge, sessionAlert, otpSession.
const QStringList &emailTemplateIds();
/// The `emailTemplate` model of `templateId` in `locale` of `project`: the stored custom one with Appwrite's default
/// subject and message (English) for what it leaves out.
QJsonObject emailTemplateJson(const ProjectRecord &project, const QString &templateId, const QString &locale);

} // namespace Userdesk::Server
