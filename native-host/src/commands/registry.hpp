#pragma once
// One registration function per command file; registry.cpp calls them all.

namespace onward::commands {

class Host;

void register_hello(Host& host);
void register_classify(Host& host);
void register_email_ingest(Host& host);
void register_email_assign(Host& host);
void register_applications_list(Host& host);
void register_application_get(Host& host);
void register_application_create(Host& host);
void register_application_update(Host& host);
void register_next_steps(Host& host);
void register_step_complete(Host& host);
void register_step_skip(Host& host);
void register_step_snooze(Host& host);
void register_draft_reply(Host& host);
void register_draft_connection_note(Host& host);
void register_linkedin_log(Host& host);
void register_settings_get(Host& host);
void register_settings_set(Host& host);
void register_export(Host& host);
void register_import(Host& host);
void register_forget_everything(Host& host);
void register_watch_add(Host& host);
void register_watch_list(Host& host);
void register_watch_remove(Host& host);
void register_watch_update(Host& host);
void register_watch_report_error(Host& host);
void register_watch_suggest(Host& host);
void register_postings_ingest(Host& host);

} // namespace onward::commands
