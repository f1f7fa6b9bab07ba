// done ID STEP and skip ID STEP: mark a step of an application done or skipped.
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

namespace onward::cli {

namespace {

struct StepMark {
    const char* subcommand;  // "done"
    const char* description; // for help
    const char* protocol_cmd; // "step.complete"
    const char* past;        // "done", as in "'Respond graciously' is done for #3"
};

void add_step_mark_command(CLI::App& app, CliContext& ctx, const StepMark& mark)
{
    auto* sub = app.add_subcommand(mark.subcommand, mark.description);
    auto id = std::make_shared<std::int64_t>(0);
    auto step = std::make_shared<std::string>();
    sub->add_option("ID", *id, "The application's id (see 'list' or 'next')")->required()->check(CLI::PositiveNumber);
    sub->add_option("STEP", *step, "respond, connect, watch, move_on or follow_up")->required();
    sub->callback([&ctx, id, step, mark] {
        if (!store_exists(ctx)) throw not_found("There is no application " + std::to_string(*id) + " (no database yet).");
        nlohmann::json args{{"application_id", *id}, {"step", *step}};
        const auto a = run_store_command(ctx, mark.protocol_cmd, args);
        if (ctx.json_output) {
            ctx.out << a.dump(2) << '\n';
            return;
        }
        std::string title = *step;
        for (const auto& s : a["steps"])
            if (s["step"] == *step) title = s["title"];
        ctx.out << "'" << title << "' is " << mark.past << " for #" << *id << " " << a["company"].get<std::string>()
                << ".\n";
        if (a["next_step"].is_object())
            ctx.out << "Next: " << a["next_step"]["title"].get<std::string>() << " (due "
                    << due_text(a["next_step"]["due"], ctx) << ").\n";
        else
            ctx.out << "Nothing more to do for it right now.\n";
    });
}

} // namespace

void add_done_command(CLI::App& app, CliContext& ctx)
{
    add_step_mark_command(app, ctx, {"done", "Mark a step of an application done", "step.complete", "done"});
}

void add_skip_command(CLI::App& app, CliContext& ctx)
{
    add_step_mark_command(app, ctx, {"skip", "Skip a step of an application", "step.skip", "skipped"});
}

} // namespace onward::cli
