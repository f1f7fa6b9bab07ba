// status: where the database is and what it holds. Never creates the database.
#include "cli/app.hpp"
#include "cli/table.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

namespace onward::cli {

void add_status_command(CLI::App& app, CliContext& ctx)
{
    auto* status = app.add_subcommand("status", "Show where the database is and what it holds");
    status->callback([&ctx] {
        const auto path = ctx.database_path();
        nlohmann::json report{{"database", path.string()}, {"exists", std::filesystem::exists(path)}};
        if (report["exists"]) {
            auto db = store::Database::open(path);
            report["schema_version"] = db->schema_version();
            report["journal_mode"] = db->sql().execAndGet("PRAGMA journal_mode").getString();
            report["size_bytes"] = std::filesystem::file_size(path);
            nlohmann::json tables = nlohmann::json::object();
            SQLite::Statement names(db->sql(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
            while (names.executeStep()) {
                const std::string name = names.getColumn(0).getString();
                tables[name] = db->sql().execAndGet("SELECT count(*) FROM \"" + name + "\"").getInt64();
            }
            report["rows"] = tables;
        }
        if (ctx.json_output) {
            ctx.out << report.dump(2) << '\n';
            return;
        }
        ctx.out << "Database: " << path.string() << '\n';
        if (!report["exists"]) {
            ctx.out << "No database yet: it is created the first time Onward records something.\n";
            return;
        }
        ctx.out << "Schema version: " << report["schema_version"].get<int>() << " (journal: "
                << report["journal_mode"].get<std::string>() << ", " << report["size_bytes"].get<std::uintmax_t>()
                << " bytes)\n\n";
        Table table({"What", "Rows"});
        for (const auto& [name, count] : report["rows"].items()) table.add_row({name, std::to_string(count.get<std::int64_t>())});
        table.print(ctx.out);
    });
}

} // namespace onward::cli
