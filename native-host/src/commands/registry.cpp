#include "commands/registry.hpp"

#include "commands/host.hpp"

namespace onward::commands {

void register_all_commands(Host& host)
{
    register_hello(host);
    register_classify(host);
    register_email_ingest(host);
    register_email_assign(host);
    register_applications_list(host);
    register_application_get(host);
    register_application_create(host);
    register_application_update(host);
    register_next_steps(host);
    register_step_complete(host);
    register_step_skip(host);
    register_step_snooze(host);
    register_draft_reply(host);
    register_draft_connection_note(host);
    register_linkedin_log(host);
    register_settings_get(host);
    register_settings_set(host);
    register_export(host);
    register_import(host);
    register_forget_everything(host);
    register_watch_add(host);
    register_watch_list(host);
    register_watch_remove(host);
    register_watch_update(host);
    register_watch_report_error(host);
    register_watch_suggest(host);
    register_postings_ingest(host);
}

} // namespace onward::commands
