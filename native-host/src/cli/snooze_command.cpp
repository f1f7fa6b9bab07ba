// snooze ID STEP UNTIL: hide a step of an application until a date.
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

namespace onward::cli {

void add_snooze_command(CLI::App& app, CliContext& ctx)
{
    auto* sub = app.add_subcommand("snooze", "Hide a step of an application until a date");
    auto id = std::make_shared<std::int64_t>(0);
    auto step = std::make_shared<std::string>();
    sub->add_option("ID", *id, "The application's id (see 'list' or 'next')")->required()->check(CLI::PositiveNumber);
    sub->add_option("STEP", *step, "respond, connect, watch, move_on or follow_up")->required();
    auto until = std::make_shared<std::string>();
    sub->add_option("UNTIL", *until, "Until when: a date (2026-04-01) or a date and time in ISO 8601")->required();
    sub->callback([&ctx, id, step, until] {
        if (!store_exists(ctx)) throw not_found("There is no application " + std::to_string(*id) + " (no database yet).");
        nlohmann::json args{{"application_id", *id}, {"step", *step}};
        const auto when = parse_iso8601(*until);
        if (!when) throw invalid_args("UNTIL must be a date like 2026-04-01 or 2026-04-01T09:00:00Z, not '" + *until + "'.");
        args["until"] = format_iso8601(*when);
        const auto a = run_store_command(ctx, "step.snooze", args);
        if (ctx.json_output) {
            ctx.out << a.dump(2) << '\n';
            return;
        }
        std::string title = *step;
        for (const auto& s : a["steps"])
            if (s["step"] == *step) title = s["title"];
        ctx.out << "'" << title << "' is snoozed for #" << *id << " " << a["company"].get<std::string>()
                << " until " << day_of(args["until"]) << ".\n";
        if (a["next_step"].is_object())
            ctx.out << "Next: " << a["next_step"]["title"].get<std::string>() << " (due " << due_text(a["next_step"]["due"], ctx) << ").\n";
        else
            ctx.out << "Nothing more to do for it right now.\n";
    });
}

} // namespace onward::cli
