// next: the steps to take now, soonest first, each with its reason.
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "cli/table.hpp"

namespace onward::cli {

void add_next_command(CLI::App& app, CliContext& ctx)
{
    auto* next = app.add_subcommand("next", "Show the next step for each application, soonest first");
    next->callback([&ctx] {
        nlohmann::json result{{"steps", nlohmann::json::array()}, {"total", 0}};
        if (store_exists(ctx)) result = run_store_command(ctx, "next_steps");
        if (ctx.json_output) {
            ctx.out << result.dump(2) << '\n';
            return;
        }
        if (result["steps"].empty()) {
            ctx.out << "Nothing to do right now.\n";
            return;
        }
        Table table({"ID", "Company", "Role", "Next step", "Due"});
        for (const auto& s : result["steps"])
            table.add_row({std::to_string(s["application_id"].get<std::int64_t>()), s["company"], s["role"],
                           s["title"].get<std::string>() + " (" + s["step"].get<std::string>() + ")",
                           due_text(s["due"], ctx)});
        table.print(ctx.out);
        ctx.out << '\n';
        for (const auto& s : result["steps"])
            ctx.out << "  " << s["application_id"].get<std::int64_t>() << ": " << s["reason"].get<std::string>() << '\n';
        ctx.out << "\nMark one with 'onward-host done ID STEP' (or skip, snooze ID STEP UNTIL).\n";
    });
}

} // namespace onward::cli
