// import FILE: takes back an export; a bad file changes nothing.
#include "boards/portable_watches.hpp"
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "core/error.hpp"
#include "steps/portable.hpp"
#include "store/database.hpp"

#include <fstream>
#include <sstream>

namespace onward::cli {

void add_import_command(CLI::App& app, CliContext& ctx)
{
    auto* sub = app.add_subcommand("import", "Add what an export file holds (everything is checked before anything is written)");
    auto file = std::make_shared<std::string>();
    sub->add_option("FILE", *file, "An export written by 'onward-host export' ('-' reads standard input)")->required();
    sub->callback([&ctx, file] {
        std::stringstream text;
        if (*file == "-")
            text << ctx.in.rdbuf();
        else {
            std::ifstream in(*file, std::ios::binary);
            if (!in) throw invalid_args("Cannot read " + *file + ".");
            text << in.rdbuf();
        }
        const auto data = nlohmann::json::parse(text.str(), nullptr, false);
        if (data.is_discarded()) throw invalid_args(*file + " is not JSON; nothing was imported.");
        auto db = store::Database::open(ctx.database_path());
        const auto counts = boards::import_everything(*db, data, ctx.clock());
        if (ctx.json_output) {
            ctx.out << counts.dump(2) << '\n';
            return;
        }
        const auto& added = counts["added"];
        ctx.out << "Imported " << added["applications"].get<std::int64_t>() << " applications, "
                << added["emails"].get<std::int64_t>() << " emails, " << added["events"].get<std::int64_t>()
                << " events, " << added["contacts"].get<std::int64_t>() << " contacts.\n";
        const auto& skipped = counts["skipped"];
        if (skipped["applications"].get<std::int64_t>() + skipped["emails"].get<std::int64_t>() > 0)
            ctx.out << "Already here, skipped: " << skipped["applications"].get<std::int64_t>() << " applications, "
                    << skipped["emails"].get<std::int64_t>() << " emails.\n";
    });
}

} // namespace onward::cli
