// install, uninstall, doctor: register onward-host with the browsers, undo it, and check it.
#include "cli/app.hpp"
#include "core/error.hpp"
#include "install/doctor.hpp"
#include "install/installer.hpp"

#include <nlohmann/json.hpp>

#include <memory>

namespace onward::cli {

namespace {

using namespace onward::install;
using json = nlohmann::json;

struct ScopeOptions {
    bool user = false;
    bool system = false;
    std::string browsers;
    std::string root;
    Scope scope() const { return system ? Scope::system : Scope::user; }
};

void add_scope_options(CLI::App* cmd, ScopeOptions& o, const char* browser_help)
{
    auto* user = cmd->add_flag("--user", o.user, "For the current user (the default)");
    auto* system = cmd->add_flag("--system", o.system, "For every user of this computer (needs root or administrator)");
    user->excludes(system);
    cmd->add_option("--browser", o.browsers, browser_help)->type_name("NAME[,NAME...]|all");
    cmd->add_option("--root", o.root, "Read and write every file under DIR (staging for packages and tests)")->type_name("DIR");
}

Environment make_environment(const CliContext& ctx, const std::string& root)
{
    Environment env;
    env.env = ctx.env;
    env.root = root;
    return env;
}

std::string browser_names(const std::vector<const Browser*>& list)
{
    std::string out;
    for (const auto* b : list) out += (out.empty() ? "" : ", ") + std::string(b->name);
    return out;
}

void run_install(CliContext& ctx, const ScopeOptions& o, const std::vector<std::string>& extension_ids,
                 const std::string& host_path_flag)
{
    const auto env = make_environment(ctx, o.root);
    InstallOptions options;
    options.scope = o.scope();
    if (!extension_ids.empty()) options.ids.chromium_extension_ids = extension_ids;
    options.host_path = host_path_flag.empty() ? current_executable_path(ctx.program_path, ctx.env) : host_path_flag;
    if (o.browsers.empty()) {
        options.browsers = detect_browsers(env);
        if (options.browsers.empty()) {
            ctx.err << "onward-host: no supported browser found on this computer. Name one with --browser "
                       "(for example --browser chromium,firefox), or use --browser all.\n";
            ctx.exit_code = 1;
            return;
        }
    } else {
        options.browsers = parse_browser_list(o.browsers);
    }
    auto registry = system_registry();
    InstallReport report;
    try {
        report = install::install(options, env, registry.get());
    } catch (const Error& e) {
        if (options.scope == Scope::system && e.code() == ErrorCode::internal)
            throw Error(e.code(), std::string(e.what()) + " (system-wide installs need root: try sudo)");
        throw;
    }
    if (ctx.json_output) {
        json written = json::array();
        for (const auto& w : report.written) {
            json names = json::array();
            for (const auto* b : w.browsers) names.push_back(b->id);
            json j{{"browsers", names}, {"manifest", w.location.manifest_path}};
            if (w.location.registry_key) j["registry_key"] = describe(*w.location.registry_key);
            if (w.location.flatpak_wrapper) j["wrapper"] = *w.location.flatpak_wrapper;
            written.push_back(j);
        }
        ctx.out << json{{"scope", to_string(options.scope)}, {"host", options.host_path}, {"written", written},
                        {"skipped", report.skipped}, {"warnings", report.warnings}, {"record", report.record_path}}
                       .dump(2)
                << '\n';
        return;
    }
    for (const auto& w : report.written) {
        ctx.out << "Registered for " << browser_names(w.browsers) << " (" << to_string(options.scope) << "): " << w.location.manifest_path << '\n';
        if (w.location.registry_key) ctx.out << "  registry: " << describe(*w.location.registry_key) << '\n';
        if (w.location.flatpak_wrapper) ctx.out << "  Flatpak wrapper: " << *w.location.flatpak_wrapper << '\n';
    }
    for (const auto& s : report.skipped) ctx.out << "Skipped " << s << '\n';
    for (const auto& w : report.warnings) ctx.err << "onward-host: warning: " << w << '\n';
    ctx.out << "Host: " << options.host_path << "\nRecord of what was written: " << report.record_path
            << "\nCheck with: onward-host doctor\n";
}

void run_uninstall(CliContext& ctx, const ScopeOptions& o)
{
    const auto env = make_environment(ctx, o.root);
    std::vector<const Browser*> browsers;
    if (!o.browsers.empty() && o.browsers != "all") browsers = parse_browser_list(o.browsers);
    auto registry = system_registry();
    const auto report = uninstall(o.scope(), browsers, env, registry.get());
    if (ctx.json_output) {
        ctx.out << json{{"scope", to_string(o.scope())}, {"removed", report.removed}, {"kept", report.kept},
                        {"had_record", report.had_record}}
                       .dump(2)
                << '\n';
        return;
    }
    for (const auto& r : report.removed) ctx.out << "Removed " << r << '\n';
    for (const auto& k : report.kept) ctx.out << "Left alone " << k << '\n';
    if (report.removed.empty() && report.kept.empty())
        ctx.out << "Nothing to remove: Onward is not registered " << (o.scope() == Scope::user ? "for this user" : "system-wide")
                << (o.scope() == Scope::system && !report.had_record ? " by onward-host install (a package's manifests go with the package)" : "")
                << ".\n";
    ctx.out << "Your Onward data is kept. To delete it: onward-host forget-everything, or remove " << ctx.database_path().string() << '\n';
}

void run_doctor_command(CliContext& ctx, const std::string& root)
{
    const auto env = make_environment(ctx, root);
    auto registry = system_registry();
    const auto report = run_doctor(env, registry.get(), default_ids(),
                                   [](const std::string& host, Family family, const std::string& manifest, const ManifestIds& ids) {
                                       return probe_host(host, family, manifest, ids);
                                   });
    if (ctx.json_output)
        ctx.out << report.to_json().dump(2) << '\n';
    else
        ctx.out << format_report(report);
    ctx.exit_code = report.ok() ? 0 : 1;
}

} // namespace

void add_install_commands(CLI::App& app, CliContext& ctx)
{
    // CLI11 keeps pointers to these; they live as long as the App (run_cli's scope) via shared_ptr captures.
    auto install_opts = std::make_shared<ScopeOptions>();
    auto extension_ids = std::make_shared<std::vector<std::string>>();
    auto host_path = std::make_shared<std::string>();
    auto* install_cmd = app.add_subcommand("install", "Register onward-host with your browsers (writes their host manifests)");
    add_scope_options(install_cmd, *install_opts,
                      "Browsers to register for: ids from `onward-host doctor`/docs/install.md, or all (default: those found)");
    install_cmd->add_option("--extension-id", *extension_ids, "Chromium-family extension id to allow (repeatable; default: the built-in ids)")
        ->type_name("ID");
    install_cmd->add_option("--host-path", *host_path, "Path of onward-host to write into the manifests (default: this program)")
        ->type_name("PATH");
    install_cmd->callback([&ctx, install_opts, extension_ids, host_path] { run_install(ctx, *install_opts, *extension_ids, *host_path); });

    auto uninstall_opts = std::make_shared<ScopeOptions>();
    auto* uninstall_cmd = app.add_subcommand("uninstall", "Remove exactly what `install` wrote (your data is kept)");
    add_scope_options(uninstall_cmd, *uninstall_opts, "Browsers to unregister (default: every one install recorded)");
    uninstall_cmd->callback([&ctx, uninstall_opts] { run_uninstall(ctx, *uninstall_opts); });

    auto doctor_root = std::make_shared<std::string>();
    auto* doctor_cmd = app.add_subcommand("doctor", "Check that browsers can start onward-host, and say how to fix what is wrong");
    doctor_cmd->add_option("--root", *doctor_root, "Read every file under DIR (staging)")->type_name("DIR");
    doctor_cmd->callback([&ctx, doctor_root] { run_doctor_command(ctx, *doctor_root); });
}

} // namespace onward::cli
