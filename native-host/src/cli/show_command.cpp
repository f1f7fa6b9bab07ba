// show ID: one application with its steps and history.
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "cli/table.hpp"
#include "core/error.hpp"

namespace onward::cli {

void add_show_command(CLI::App& app, CliContext& ctx)
{
    auto* show = app.add_subcommand("show", "Show one application: its steps, contacts and history");
    auto id = std::make_shared<std::int64_t>(0);
    show->add_option("ID", *id, "The application's id (see 'list')")->required()->check(CLI::PositiveNumber);
    show->callback([&ctx, id] {
        if (!store_exists(ctx)) throw not_found("There is no application " + std::to_string(*id) + " (no database yet).");
        const auto a = run_store_command(ctx, "application.get", {{"id", *id}});
        if (ctx.json_output) {
            ctx.out << a.dump(2) << '\n';
            return;
        }
        ctx.out << "#" << a["id"].get<std::int64_t>() << "  " << a["company"].get<std::string>();
        if (!a["role"].get<std::string>().empty()) ctx.out << " — " << a["role"].get<std::string>();
        ctx.out << "\nStatus: " << a["status"].get<std::string>();
        if (!a["applied_at"].is_null()) ctx.out << " · applied " << day_of(a["applied_at"]);
        if (!a["rejected_at"].is_null()) ctx.out << " · rejected " << day_of(a["rejected_at"]);
        ctx.out << " · last news " << day_of(a["last_activity_at"]) << '\n';
        if (!a["url"].get<std::string>().empty()) ctx.out << "Link: " << a["url"].get<std::string>() << '\n';
        if (!a["notes"].get<std::string>().empty()) ctx.out << "Notes: " << a["notes"].get<std::string>() << '\n';
        if (a["next_step"].is_object())
            ctx.out << "\nNext: " << a["next_step"]["title"].get<std::string>() << " — "
                    << a["next_step"]["reason"].get<std::string>() << '\n';
        if (!a["steps"].empty()) {
            ctx.out << "\nSteps\n";
            Table steps({"Step", "Title", "State", "Due", "When"});
            for (const auto& s : a["steps"])
                steps.add_row({s["step"], s["title"], s["state"], day_of(s["due"]),
                               s["state"] == "snoozed" ? "until " + day_of(s["until"]) : day_of(s["at"])});
            steps.print(ctx.out);
        }
        if (!a["contacts"].empty()) {
            ctx.out << "\nContacts\n";
            Table contacts({"Name", "Email", "Profile", "Via"});
            for (const auto& c : a["contacts"]) contacts.add_row({c["name"], c["email"], c["profile_url"], c["relation"]});
            contacts.print(ctx.out);
        }
        if (!a["events"].empty()) {
            ctx.out << "\nHistory\n";
            Table events({"When", "What", "Detail"});
            for (const auto& e : a["events"]) {
                std::string detail;
                for (const auto& [key, value] : e["detail"].items())
                    detail += (detail.empty() ? "" : ", ") + key + ": " + (value.is_string() ? value.get<std::string>() : value.dump());
                events.add_row({day_of(e["at"]), e["kind"], detail});
            }
            events.print(ctx.out);
        }
    });
}

} // namespace onward::cli
