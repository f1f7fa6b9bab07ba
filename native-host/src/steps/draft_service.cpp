// draft_reply / draft_connection_note: the facts of one application, handed to the pure drafts.
#include "core/error.hpp"
#include "steps/drafts.hpp"
#include "steps/settings.hpp"
#include "steps/tracker.hpp"

#include <algorithm>

namespace onward::steps {

namespace {

std::string pick_language(const store::Application& app, const Settings& settings, const std::optional<std::string>& lang)
{
    if (lang) return *lang;
    const auto& langs = settings.languages;
    if (!app.lang.empty() && std::find(langs.begin(), langs.end(), app.lang) != langs.end()) return app.lang;
    return langs.empty() ? "en" : langs.front();
}

struct Facts {
    store::Application app;
    Settings settings;
    std::string rejection_contact, rejection_subject, linkedin_contact, sender_contact;
};

Facts facts_of(SQLite::Database& sql, std::int64_t application_id)
{
    auto app = store::find_application(sql, application_id);
    if (!app) throw not_found("There is no application " + std::to_string(application_id) + ".");
    Facts f{*app, load_settings(sql), {}, {}, {}, {}};
    for (const auto& e : store::emails_of(sql, application_id)) // oldest first: the latest wins
        if (e.label == "rejection") {
            f.rejection_subject = e.subject;
            if (!e.contact_name.empty()) f.rejection_contact = e.contact_name;
        }
    for (const auto& c : store::contacts_of(sql, application_id)) {
        if (c.relation == "linkedin" && !c.name.empty()) f.linkedin_contact = c.name;
        if (c.relation == "sender" && !c.name.empty()) f.sender_contact = c.name;
    }
    return f;
}

} // namespace

json draft_reply(SQLite::Database& sql, std::int64_t application_id, const std::optional<std::string>& tone,
                 const std::optional<std::string>& lang)
{
    const auto f = facts_of(sql, application_id);
    DraftInput in;
    in.company = f.app.company;
    in.role = f.app.role;
    in.contact_name = !f.rejection_contact.empty() ? f.rejection_contact : f.sender_contact;
    in.lang = pick_language(f.app, f.settings, lang);
    in.tone = tone.value_or("warm");
    in.your_name = f.settings.your_name;
    in.original_subject = f.rejection_subject;
    const auto draft = reply_draft(in);
    return {{"subject", draft.subject}, {"body", draft.body}, {"lang", in.lang}, {"tone", in.tone}};
}

json draft_connection_note(SQLite::Database& sql, std::int64_t application_id, const std::optional<std::string>& lang)
{
    const auto f = facts_of(sql, application_id);
    DraftInput in;
    in.company = f.app.company;
    in.role = f.app.role;
    in.contact_name = !f.linkedin_contact.empty() ? f.linkedin_contact : f.rejection_contact;
    in.lang = pick_language(f.app, f.settings, lang);
    const auto text = connection_note(in);
    return {{"text", text}, {"lang", in.lang}, {"length", count_characters(text)}, {"limit", connection_note_limit}};
}

} // namespace onward::steps
