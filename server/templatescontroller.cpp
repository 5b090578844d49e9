// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP settings and custom e-mail templates of the project API (Appwrite 1.9.6: Modules/Project/Http/Project/SMTP,
// Templates/Email). Templates are kept in the project's `templates` as `email.<templateId>-<locale>`.
#include "server/templatescontroller.h"

#include "protocol/validators.h"
#include "server/outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// Appwrite's language codes (app/config/locale/codes.php), which a template's locale must be one of.
const QStringList &localeCodes()
{
    static const QStringList codes = u"af ar-ae ar-bh ar-dz ar-eg ar-iq ar-jo ar-kw ar-lb ar-ly ar-ma ar-om ar-qa ar-sa "
                                     "ar-sy ar-tn ar-ye as az be bg bh bn bs ca cs cy da de de-at de-ch de-li de-lu el en "
                                     "en-au en-bz en-ca en-gb en-ie en-jm en-nz en-tt en-us en-za eo es es-ar es-bo es-cl "
                                     "es-co es-cr es-do es-ec es-gt es-hn es-mx es-ni es-pa es-pe es-pr es-py es-sv es-uy "
                                     "es-ve et eu fa fi fo fr fr-be fr-ca fr-ch fr-lu ga gd he hi hr hu id is it it-ch ja "
                                     "ji ko ku lt lv mk ml ms mt nb ne nl nl-be nn no pa pl pt pt-br rm ro ro-md ru ru-md "
                                     "sb sk sl sq sr sv sv-fi th tn tr ts ua ur ve vi xh zh-cn zh-hk zh-sg zh-tw zu"_s
                                             .split(u' ');
    return codes;
}

/// Appwrite's default subject and message of each template in English (its en.json and the .tpl files, rendered as
/// its Templates/Email/Get.php does), from the resource email-templates-en.json.
const QJsonObject &defaults()
{
    static const QJsonObject all = [] {
        QFile file(u":/userdesk-server/email-templates-en.json"_s);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return all;
}

/// The `locale` parameter: one of the codes, in any case (a non-strict WhiteList); "" is English.
QString localeParam(const Ctx &ctx)
{
    const QString locale = ctx.optString(u"locale"_s, looseWhitelistRule(localeCodes())).value_or(QString());
    return locale.isEmpty() ? u"en"_s : locale;
}

QString templateKey(const QString &templateId, const QString &locale)
{
    return u"email."_s + templateId + u'-' + locale;
}

/// Path arguments of the console paths (`…/templates/email/:templateId/:locale`) are parameters too.
void pathArgsAsParams(Ctx &ctx)
{
    for (const char16_t *name : { u"templateId", u"locale" }) {
        const QString key = QString::fromUtf16(name);
        if (ctx.pathArgs.contains(key))
            ctx.params.insert(key, ctx.arg(key));
    }
}

/// The model as a format below 1.9.2 reads it (response filter V23): `type`, `replyTo`, no `replyToName`.
QJsonObject shaped(QJsonObject model, const Ctx &ctx)
{
    if (ctx.shape.emailTemplateLegacyNames) {
        model.insert(u"type"_s, model.take(u"templateId"_s));
        model.insert(u"replyTo"_s, model.take(u"replyToEmail"_s));
        model.remove(u"replyToName"_s);
    }
    return model;
}

} // namespace

const QStringList &emailTemplateIds()
{
    static const QStringList ids{ u"verification"_s, u"magicSession"_s, u"recovery"_s,  u"invitation"_s,
                                  u"mfaChallenge"_s, u"sessionAlert"_s, u"otpSession"_s };
    return ids;
}

QJsonObject emailTemplateJson(const ProjectRecord &project, const QString &templateId, const QString &locale)
{
    const QJsonObject stored =
            project.data.value(u"templates"_s).toObject().value(templateKey(templateId, locale)).toObject();
    const QJsonObject fallback = defaults().value(templateId).toObject();
    auto text = [&](const char16_t *key) { return stored.value(QString::fromUtf16(key)).toString(); };
    auto orDefault = [&](const char16_t *key) {
        const QJsonValue value = stored.value(QString::fromUtf16(key));
        return value.isString() ? value.toString() : fallback.value(QString::fromUtf16(key)).toString();
    };
    return QJsonObject{ { u"templateId"_s, templateId },
                        { u"locale"_s, locale },
                        { u"message"_s, orDefault(u"message") },
                        { u"senderName"_s, text(u"senderName") },
                        { u"senderEmail"_s, text(u"senderEmail") },
                        { u"replyToEmail"_s, stored.contains(u"replyToEmail"_s) ? text(u"replyToEmail") : text(u"replyTo") },
                        { u"replyToName"_s, text(u"replyToName") },
                        { u"subject"_s, orDefault(u"subject") } };
}

void TemplatesController::registerRoutes(Router &r)
{
    using C = TemplatesController;
    const RouteOptions since{ .uncheckedArgs = { u"templateId"_s, u"locale"_s }, .since = u"1.9.5"_s };
    RouteOptions list = since;
    list.totalParam = true;
    r.add("PATCH", "/v1/project/smtp", "project.write", this, &C::updateSmtp, since);
    r.add("PATCH", "/v1/projects/:projectId/smtp", "project.write", this, &C::updateSmtp, since);
    r.add("POST", "/v1/project/smtp/tests", "project.write", this, &C::createSmtpTest, since);
    r.add("POST", "/v1/projects/:projectId/smtp/tests", "project.write", this, &C::createSmtpTest, since);
    r.add("GET", "/v1/project/templates/email", "templates.read", this, &C::listTemplates, list);
    r.add("GET", "/v1/project/templates/email/:templateId", "templates.read", this, &C::getTemplate, since);
    r.add("GET", "/v1/projects/:projectId/templates/email/:templateId/:locale", "templates.read", this,
          &C::getTemplate, since);
    r.add("PATCH", "/v1/project/templates/email", "templates.write", this, &C::updateTemplate, since);
    r.add("PATCH", "/v1/projects/:projectId/templates/email", "templates.write", this, &C::updateTemplate, since);
    r.add("PATCH", "/v1/projects/:projectId/templates/email/:templateId/:locale", "templates.write", this,
          &C::updateTemplate, since);
}

void TemplatesController::updateSmtp(Ctx &ctx)
{
    legacyParam(ctx, u"replyTo"_s, u"replyToEmail"_s);
    QJsonObject changes;
    if (auto host = ctx.optString(u"host"_s, hostnameRule()))
        changes.insert(u"host"_s, *host);
    if (ctx.has(u"port"_s)) {
        const QJsonValue port = ctx.params.value(u"port"_s);
        const double value = port.toDouble(0.5);
        if (!port.isDouble() || value != static_cast<double>(static_cast<qint64>(value)) || value < -2147483648.0
            || value > 2147483647.0)
            throw HttpError::invalidParam(u"port"_s, u"Value must be a valid integer"_s);
        changes.insert(u"port"_s, port);
    }
    for (const char16_t *name : { u"username", u"password", u"senderName", u"replyToName" }) {
        const QString key = QString::fromUtf16(name);
        if (auto value = ctx.optString(key, textRule(256, 0)))
            changes.insert(key, *value);
    }
    for (const char16_t *name : { u"senderEmail", u"replyToEmail" }) {
        const QString key = QString::fromUtf16(name);
        if (auto value = ctx.optString(key, emailRule(true)))
            changes.insert(key, *value);
    }
    if (auto secure = ctx.optString(u"secure"_s, whitelistRule({ u"tls"_s, u"ssl"_s })))
        changes.insert(u"secure"_s, *secure);
    const std::optional<bool> enabled = ctx.optBoolean(u"enabled"_s, false);
    if (enabled)
        changes.insert(u"enabled"_s, *enabled);
    const ProjectRecord stored = update(ctx, [&](ProjectRecord &p) {
        QJsonObject smtp = p.data.value(u"smtp"_s).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            smtp.insert(it.key(), it.value());
        if (!smtp.contains(u"replyToEmail"_s))
            smtp.insert(u"replyToEmail"_s, smtp.value(u"replyTo"_s).toString());
        if (smtp.value(u"enabled"_s).toBool(false)) {
            for (const char16_t *name : { u"host", u"port", u"senderEmail" }) {
                const QJsonValue value = smtp.value(QString::fromUtf16(name));
                if (value.toString().isEmpty() && value.toInteger() == 0)
                    throw HttpError::missingParam(QString::fromUtf16(name));
            }
        }
        // Appwrite tries to connect and, with `enabled` left out, turns SMTP on when it could. This server cannot
        // reach a mail server: settings with a host and a port count as reachable.
        if (!enabled && !smtp.value(u"senderEmail"_s).toString().isEmpty()
            && !smtp.value(u"host"_s).toString().isEmpty() && smtp.value(u"port"_s).toInteger() != 0)
            smtp.insert(u"enabled"_s, true);
        p.data.insert(u"smtp"_s, smtp);
    });
    answerProject(ctx, stored);
}

void TemplatesController::createSmtpTest(Ctx &ctx)
{
    const QStringList emails = ctx.stringArray(u"emails"_s, emailRule(), 10);
    const QJsonObject smtp = target(ctx).data.value(u"smtp"_s).toObject();
    auto refuse = [](const QString &message) { throw HttpError(u"general_argument_invalid"_s, message); };
    if (!smtp.value(u"enabled"_s).toBool(false))
        refuse(u"SMTP must be enabled on the project to send a test email."_s);
    if (smtp.value(u"senderEmail"_s).toString().isEmpty())
        refuse(u"SMTP sender email must be configured on the project to send a test email."_s);
    if (smtp.value(u"host"_s).toString().isEmpty())
        refuse(u"SMTP host must be configured on the project to send a test email."_s);
    if (smtp.value(u"port"_s).toInteger() == 0)
        refuse(u"SMTP port must be configured on the project to send a test email."_s);
    if (ctx.outbox) {
        for (const QString &to : emails)
            ctx.outbox->send(u"email"_s, to,
                             { { u"project"_s, ctx.project.id }, { u"template"_s, u"smtpTest"_s },
                               { u"subject"_s, u"Custom SMTP email sample"_s },
                               { u"text"_s, u"A test of the SMTP settings of %1 (%2:%3)."_s.arg(
                                                    ctx.project.name, smtp.value(u"host"_s).toString(),
                                                    QString::number(smtp.value(u"port"_s).toInteger())) } });
    }
    ctx.noContent();
}

void TemplatesController::listTemplates(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    const ProjectRecord project = target(ctx);
    const QJsonObject stored = project.data.value(u"templates"_s).toObject();
    QJsonArray all;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!it.key().startsWith(u"email."))
            continue;
        const QString rest = it.key().mid(6);
        const qsizetype dash = rest.indexOf(u'-');
        if (dash < 0)
            continue;
        all.append(emailTemplateJson(project, rest.left(dash), rest.mid(dash + 1)));
    }
    ctx.json(200, listJson(ctx.total(all.size()), u"templates"_s, pageOf(all, queries)));
}

void TemplatesController::getTemplate(Ctx &ctx)
{
    pathArgsAsParams(ctx);
    legacyParam(ctx, u"type"_s, u"templateId"_s);
    const QString templateId = ctx.string(u"templateId"_s, whitelistRule(emailTemplateIds()));
    const QString locale = localeParam(ctx);
    ctx.json(200, shaped(emailTemplateJson(target(ctx), templateId, locale), ctx));
}

void TemplatesController::updateTemplate(Ctx &ctx)
{
    pathArgsAsParams(ctx);
    legacyParam(ctx, u"type"_s, u"templateId"_s);
    legacyParam(ctx, u"replyTo"_s, u"replyToEmail"_s);
    const QString templateId = ctx.string(u"templateId"_s, whitelistRule(emailTemplateIds()));
    const QString locale = localeParam(ctx);
    QJsonObject changes;
    if (auto subject = ctx.optString(u"subject"_s, textRule(255, 1)))
        changes.insert(u"subject"_s, *subject);
    if (auto message = ctx.optString(u"message"_s, textRule(10485760, 1)))
        changes.insert(u"message"_s, *message);
    for (const char16_t *name : { u"senderName", u"replyToName" }) {
        const QString key = QString::fromUtf16(name);
        if (auto value = ctx.optString(key, textRule(255, 0)))
            changes.insert(key, *value);
    }
    for (const char16_t *name : { u"senderEmail", u"replyToEmail" }) {
        const QString key = QString::fromUtf16(name);
        if (auto value = ctx.optString(key, emailRule(true)))
            changes.insert(key, *value);
    }
    const ProjectRecord stored = update(ctx, [&](ProjectRecord &p) {
        if (!p.data.value(u"smtp"_s).toObject().value(u"enabled"_s).toBool(false))
            throw HttpError(u"general_argument_invalid"_s,
                            u"SMTP must be enabled on the project to configure custom email templates."_s);
        QJsonObject templates = p.data.value(u"templates"_s).toObject();
        QJsonObject one = templates.value(templateKey(templateId, locale)).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            one.insert(it.key(), it.value());
        for (const char16_t *required : { u"subject", u"message" }) {
            if (one.value(QString::fromUtf16(required)).toString().isEmpty())
                throw HttpError::missingParam(QString::fromUtf16(required));
        }
        templates.insert(templateKey(templateId, locale), one);
        p.data.insert(u"templates"_s, templates);
    });
    ctx.json(200, shaped(emailTemplateJson(stored, templateId, locale), ctx));
}

} // namespace Userdesk::Server
