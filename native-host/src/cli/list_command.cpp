// list: applications, most recent news first.
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "cli/table.hpp"

namespace onward::cli {

void add_list_command(CLI::App& app, CliContext& ctx)
{
    auto* list = app.add_subcommand("list", "List applications, most recent news first");
    auto status = std::make_shared<std::vector<std::string>>();
    auto search = std::make_shared<std::string>();
    auto limit = std::make_shared<int>(100);
    auto offset = std::make_shared<int>(0);
    list->add_option("--status", *status, "Only these statuses (applied, interviewing, offer, rejected, ghosted, withdrawn, archived)");
    list->add_option("--search", *search, "Only companies or roles containing this text");
    list->add_option("--limit", *limit, "At most this many (1-500)")->check(CLI::Range(1, 500));
    list->add_option("--offset", *offset, "Skip this many")->check(CLI::NonNegativeNumber);
    list->callback([&ctx, status, search, limit, offset] {
        nlohmann::json args{{"limit", *limit}, {"offset", *offset}};
        if (!status->empty()) args["status"] = *status;
        if (!search->empty()) args["search"] = *search;
        nlohmann::json result{{"applications", nlohmann::json::array()}, {"total", 0}, {"next_offset", nullptr}};
        if (store_exists(ctx)) result = run_store_command(ctx, "applications.list", args);
        if (ctx.json_output) {
            ctx.out << result.dump(2) << '\n';
            return;
        }
        if (result["applications"].empty()) {
            ctx.out << "No applications" << (status->empty() && search->empty() ? " yet" : " match") << ".\n";
            return;
        }
        Table table({"ID", "Company", "Role", "Status", "Last news", "Next step"});
        for (const auto& a : result["applications"]) {
            const auto& next = a["next_step"];
            table.add_row({std::to_string(a["id"].get<std::int64_t>()), a["company"], a["role"], a["status"],
                           day_of(a["last_activity_at"]), next.is_object() ? next["title"].get<std::string>() : ""});
        }
        table.print(ctx.out);
        if (!result["next_offset"].is_null())
            ctx.out << "\nShowing " << result["applications"].size() << " of " << result["total"].get<std::int64_t>()
                    << "; more with --offset " << result["next_offset"].get<std::int64_t>() << ".\n";
    });
}

} // namespace onward::cli
