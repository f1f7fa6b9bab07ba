// email.ingest: classify an email, remember what it says, put it on its application and answer
// with the next step. The same provider + message_id again changes nothing.
#include "classify/classifier.hpp"
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"
#include "core/error.hpp"
#include "steps/email_date.hpp"
#include "steps/tracker.hpp"

namespace onward::commands {

void register_email_ingest(Host& host)
{
    host.dispatcher().add("email.ingest", [&host](const json& args) {
        steps::IncomingEmail email;
        email.provider = require_string(args, "provider");
        email.message_id = require_string(args, "message_id");
        if (email.provider.empty() || email.message_id.empty())
            throw invalid_args("args.provider and args.message_id must not be empty.");
        email.thread_id = string_or(args, "thread_id", "");
        email.from = require_string(args, "from");
        email.subject = require_string(args, "subject");
        email.body = require_string(args, "body");
        email.url = string_or(args, "url", "");
        const auto date_text = require_string(args, "date");
        const auto date = steps::parse_email_date(date_text);
        if (!date)
            throw invalid_args("args.date must be a date in ISO 8601 (2026-11-03T09:00:00Z) or as in an email header "
                               "(Tue, 3 Nov 2026 10:00:00 +0100).");
        email.date = *date;
        const auto lang = optional_one_of(args, "lang", {"en", "de", "fr", "es", "nl"});

        auto& db = host.store();
        const auto r = classify::classify({email.subject, email.from, email.body, date_text, string_or(args, "to", ""),
                                           lang.value_or("")});
        steps::Classification c;
        c.label = std::string(classify::to_string(r.label));
        c.confidence = r.confidence;
        c.company = r.extracted.company;
        c.role = r.extracted.role;
        c.contact_name = r.extracted.contact.name;
        c.contact_email = r.extracted.contact.email;
        c.ats = r.extracted.ats;
        c.lang = r.lang;
        return steps::ingest_email(db, email, c, host.now());
    });
}

} // namespace onward::commands
