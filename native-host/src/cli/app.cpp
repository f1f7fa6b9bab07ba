#include "cli/app.hpp"

#include "core/build_info.hpp"
#include "core/error.hpp"

#include <SQLiteCpp/Exception.h>

#include <iostream>

namespace onward::cli {

namespace {

void add_help_and_version(CLI::App& app, CliContext& ctx)
{
    // The usage is captured before parsing: once `help` is selected, CLI11 would describe `help`.
    auto* help = app.add_subcommand("help", "Show this help");
    help->callback([&ctx] { ctx.out << ctx.usage; });

    auto* version = app.add_subcommand("version", "Print the version of onward-host");
    version->callback([&ctx] {
        if (ctx.json_output)
            ctx.out << R"({"name":"onward-host","version":")" << build_info::version
                    << R"(","protocol":)" << build_info::protocol << "}\n";
        else
            ctx.out << "onward-host " << build_info::version << " (protocol " << build_info::protocol << ")\n";
    });
}

bool has_subcommand(const CLI::App& app, const std::string& name)
{
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (sub->check_name(name)) return true;
    return false;
}

} // namespace

int run_cli(const std::vector<std::string>& args, CliContext& ctx)
{
    CLI::App app{"Onward's native helper: it classifies job emails, remembers your applications and\n"
                 "proposes the next step after a rejection. Browsers start it by themselves; these\n"
                 "subcommands use the same local database from a terminal.",
                 "onward-host"};
    app.set_help_flag("-h,--help", "Show this help");
    app.require_subcommand(1);
    app.fallthrough(); // global options may follow the subcommand: `onward-host status --db x.db`
    app.add_option("--db", ctx.db_flag, "Database file (overrides ONWARD_DB and the default location)");
    app.add_flag("--json", ctx.json_output, "Print JSON for machines instead of text for people");

    add_help_and_version(app, ctx);
    add_status_command(app, ctx);
    add_classify_command(app, ctx);
    add_next_command(app, ctx);
    add_list_command(app, ctx);
    add_show_command(app, ctx);
    add_done_command(app, ctx);
    add_skip_command(app, ctx);
    add_snooze_command(app, ctx);
    add_export_command(app, ctx);
    add_import_command(app, ctx);
    add_forget_command(app, ctx);
    add_install_commands(app, ctx);
    ctx.usage = app.help();

    // CLI11 reports an unknown first word as a missing subcommand; name it instead.
    if (!args.empty() && !args[0].starts_with('-') && !has_subcommand(app, args[0])) {
        ctx.err << "onward-host: unknown subcommand '" << args[0] << "'. Run 'onward-host help' for usage.\n";
        return 2;
    }

    // CLI11 wants argv-style input.
    std::vector<const char*> argv{"onward-host"};
    for (const auto& arg : args) argv.push_back(arg.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
        return ctx.exit_code;
    } catch (const CLI::CallForHelp&) {
        ctx.out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        ctx.out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::ParseError& e) {
        ctx.err << "onward-host: " << e.what() << ". Run 'onward-host help' for usage.\n";
        return 2;
    } catch (const Error& e) {
        ctx.err << "onward-host: " << e.what() << '\n';
        return e.code() == ErrorCode::invalid_args ? 2 : 1;
    } catch (const SQLite::Exception& e) {
        ctx.err << "onward-host: the database failed: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        ctx.err << "onward-host: " << e.what() << '\n';
        return 1;
    }
}

} // namespace onward::cli
