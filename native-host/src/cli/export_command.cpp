// export [--csv] [-o FILE]: everything as one JSON document (or the applications as CSV).
#include "boards/portable_watches.hpp"
#include "cli/app.hpp"
#include "cli/store_commands.hpp"
#include "core/error.hpp"
#include "steps/portable.hpp"
#include "store/database.hpp"

#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace onward::cli {

namespace {

// The export holds private data: the file is created readable by its owner only.
void write_private_file(const std::string& path, const std::string& text)
{
#ifndef _WIN32
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw Error(ErrorCode::internal, "Cannot write " + path + ".");
    ::close(fd);
#endif
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) throw Error(ErrorCode::internal, "Cannot write " + path + ".");
}

} // namespace

void add_export_command(CLI::App& app, CliContext& ctx)
{
    auto* sub = app.add_subcommand("export", "Write everything Onward remembers as JSON (or the applications as CSV)");
    auto csv = std::make_shared<bool>(false);
    auto output = std::make_shared<std::string>();
    sub->add_flag("--csv", *csv, "Write the applications as CSV instead of the full JSON document");
    sub->add_option("-o,--output", *output, "Write to this file instead of the terminal");
    sub->callback([&ctx, csv, output] {
        std::string text;
        // No size limit here (unlike a browser reply): read the store directly.
        if (!store_exists(ctx)) {
            text = *csv ? "id,company,role,status,applied_at,rejected_at,last_activity_at,next_step,next_step_due,url,notes\r\n"
                        : nlohmann::json{{"format", steps::export_format}, {"version", steps::export_version},
                                         {"exported_at", format_iso8601(ctx.clock())}, {"settings", nlohmann::json::object()},
                                         {"applications", nlohmann::json::array()}, {"unassigned_emails", nlohmann::json::array()}}
                                  .dump(2) + "\n";
        } else {
            auto db = store::Database::open(ctx.database_path());
            text = *csv ? steps::export_csv(db->sql(), ctx.clock()) : boards::export_everything(db->sql(), ctx.clock()).dump(2) + "\n";
        }
        if (output->empty() || *output == "-")
            ctx.out << text;
        else {
            write_private_file(*output, text);
            ctx.err << "Wrote " << *output << ".\n";
        }
    });
}

} // namespace onward::cli
