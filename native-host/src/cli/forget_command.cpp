// forget-everything [--yes]: deletes everything Onward remembers, after a confirmation.
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "core/error.hpp"
#include "steps/portable.hpp"
#include "store/database.hpp"

#include <string>

namespace onward::cli {

void add_forget_command(CLI::App& app, CliContext& ctx)
{
    auto* sub = app.add_subcommand("forget-everything", "Delete every application, email, contact and setting");
    auto yes = std::make_shared<bool>(false);
    sub->add_flag("--yes", *yes, "Do not ask for confirmation");
    sub->callback([&ctx, yes] {
        if (!store_exists(ctx)) {
            ctx.out << "There is nothing to forget: no database at " << ctx.database_path().string() << ".\n";
            return;
        }
        if (!*yes) {
            ctx.err << "This deletes everything Onward remembers in " << ctx.database_path().string()
                    << ". Type 'yes' to go on: ";
            std::string answer;
            std::getline(ctx.in, answer);
            if (answer != "yes") {
                ctx.err << "Nothing was deleted.\n";
                ctx.exit_code = 1;
                return;
            }
        }
        auto db = store::Database::open(ctx.database_path());
        const auto result = steps::forget_everything(*db);
        if (ctx.json_output)
            ctx.out << result.dump(2) << '\n';
        else
            ctx.out << "Everything is forgotten (" << result["deleted"]["applications"].get<std::int64_t>()
                    << " applications, " << result["deleted"]["emails"].get<std::int64_t>() << " emails).\n";
    });
}

} // namespace onward::cli
