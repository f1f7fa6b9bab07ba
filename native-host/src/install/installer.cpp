#include "install/installer.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <system_error>

#if defined(_WIN32)
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif
#if defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

namespace onward::install {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr int record_version = 1;

Error io_error(const std::string& what, const std::string& path, const std::error_code& ec = {})
{
    return Error(ErrorCode::internal, what + " " + path + (ec ? ": " + ec.message() : std::string()));
}

std::string read_text(const std::string& path)
{
    std::ifstream in(fs::path(path), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Creates the folder of `file` and its missing parents; returns the ones it created (outermost first).
std::vector<std::string> create_parent_dirs(const std::string& file, const Environment& env)
{
    std::vector<fs::path> missing;
    for (auto dir = fs::path(env.on_disk(file)).parent_path(); !dir.empty() && !fs::exists(dir); dir = dir.parent_path()) {
        missing.push_back(dir);
        if (dir == dir.parent_path()) break;
    }
    std::reverse(missing.begin(), missing.end());
    std::vector<std::string> created;
    for (const auto& dir : missing) {
        std::error_code ec;
        if (!fs::create_directory(dir, ec) && ec) throw io_error("cannot create the folder", dir.string(), ec);
        fs::permissions(dir, fs::perms(0755), ec);
        created.push_back(dir.string());
    }
    return created;
}

// The created folders in the record are on-disk paths; remove them deepest first while empty.
void remove_empty_dirs(std::vector<std::string> dirs)
{
    std::sort(dirs.begin(), dirs.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (fs::is_directory(dir, ec) && fs::is_empty(dir, ec)) fs::remove(dir, ec);
    }
}

std::string shell_quote(const std::string& text)
{
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string flatpak_wrapper_text(const std::string& host_path)
{
    return "#!/bin/sh\n"
           "# Written by onward-host install. Flatpak browsers start native helpers inside their sandbox;\n"
           "# this asks the host system to run the real onward-host. It needs the browser to be allowed to\n"
           "# talk to org.freedesktop.Flatpak: flatpak override --user --talk-name=org.freedesktop.Flatpak <app id>\n"
           "exec flatpak-spawn --host " +
           shell_quote(host_path) + " \"$@\"\n";
}

json key_to_json(const RegistryKey& key)
{
    return {{"hive", key.hive == Hive::current_user ? "HKCU" : "HKLM"},
            {"key", key.path},
            {"view", key.view == RegistryView::view64 ? 64 : 32}};
}

RegistryKey key_from_json(const json& j)
{
    return {j.at("hive").get<std::string>() == "HKCU" ? Hive::current_user : Hive::local_machine,
            j.at("key").get<std::string>(), j.at("view").get<int>() == 64 ? RegistryView::view64 : RegistryView::view32};
}

json load_record(const std::string& path, const Environment& env)
{
    const auto disk = env.on_disk(path);
    if (path.empty() || !fs::exists(disk)) return json();
    auto record = json::parse(read_text(disk), nullptr, false);
    if (!record.is_object() || !record.value("entries", json()).is_array())
        throw Error(ErrorCode::internal, "the install record " + disk + " is damaged; delete it and run install again");
    return record;
}

bool is_onward_manifest(const std::string& disk_path)
{
    const auto manifest = json::parse(read_text(disk_path), nullptr, false);
    return manifest.is_object() && manifest.value("name", "") == host_name;
}

} // namespace

void write_file_atomically(const std::string& path, const std::string& text, unsigned mode)
{
    const fs::path target(path);
    std::random_device seed;
    const auto temp = target.parent_path() / (target.filename().string() + ".tmp-" + std::to_string(seed()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw io_error("cannot write", temp.string());
        }
    }
    std::error_code ec;
    fs::permissions(temp, static_cast<fs::perms>(mode), ec);
#if !defined(_WIN32)
    // Durable before it becomes visible: a crash leaves either the old file or the new one.
    if (const int fd = ::open(temp.c_str(), O_RDONLY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw io_error("cannot replace", path, ec);
    }
}

std::string current_executable_path(const std::string& argv0, const store::EnvLookup& env)
{
    std::error_code ec;
#if defined(_WIN32)
    std::wstring buffer(32768, L'\0');
    const auto n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (n > 0) return fs::path(buffer.substr(0, n)).string();
#elif defined(__APPLE__)
    char buffer[4096];
    std::uint32_t size = sizeof(buffer);
    if (_NSGetExecutablePath(buffer, &size) == 0) {
        const auto real = fs::canonical(buffer, ec);
        if (!ec) return real.string();
    }
#else
    const auto self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && self.is_absolute()) return self.string();
#endif
    if (argv0.find('/') != std::string::npos) {
        const auto real = fs::canonical(argv0, ec);
        if (!ec) return real.string();
    }
    if (const auto path = env("PATH")) {
        std::stringstream dirs(*path);
        for (std::string dir; std::getline(dirs, dir, ':');) {
            const auto candidate = fs::path(dir) / argv0;
            if (!dir.empty() && fs::is_regular_file(candidate, ec)) return fs::canonical(candidate, ec).string();
        }
    }
    return argv0;
}

std::string record_path(Scope scope, const Environment& env)
{
    const auto dir = env.onward_dir(scope);
    return dir ? env.join(*dir, "install-record.json") : std::string();
}

InstallReport install(const InstallOptions& options, const Environment& env, Registry* registry)
{
    if (options.host_path.empty()) throw invalid_args("the path of onward-host is unknown; pass --host-path");
    if (env.platform == Platform::windows && registry == nullptr)
        throw Error(ErrorCode::internal, "installing for Windows needs the registry");
    InstallReport report;
    for (const auto& id : options.ids.chromium_extension_ids) {
        if (!is_chromium_extension_id(id)) throw invalid_args("'" + id + "' is not a Chromium extension id (32 letters a to p)");
        if (!host_accepts_chromium_id(id))
            report.warnings.push_back("extension id " + id +
                                      " is written into the manifests, but this onward-host was not built to accept it "
                                      "(set ONWARD_CHROMIUM_EXTENSION_IDS when building), so it will refuse that extension");
    }

    // Plan: one write per manifest path; browsers that share a path share the write.
    std::vector<Written> plan;
    for (const auto* browser : options.browsers) {
        auto location = locate(*browser, options.scope, env);
        if (!location) {
            report.skipped.push_back(std::string(browser->name) + ": no " + std::string(to_string(options.scope)) +
                                     "-wide location on " + std::string(to_string(env.platform)));
            continue;
        }
        auto same = std::find_if(plan.begin(), plan.end(),
                                 [&](const Written& w) { return w.location.manifest_path == location->manifest_path; });
        if (same != plan.end()) {
            if (same->location.browser->family != browser->family)
                throw Error(ErrorCode::internal, "two browser families share " + location->manifest_path);
            same->browsers.push_back(browser);
        } else {
            plan.push_back({{browser}, *location});
        }
    }
    if (plan.empty()) {
        std::string why;
        for (const auto& s : report.skipped) why += "; " + s;
        throw invalid_args("nothing to install" + why);
    }

    const auto record_file = record_path(options.scope, env);
    if (record_file.empty()) throw invalid_args("cannot place the install record: HOME (or %LOCALAPPDATA%) is not set");
    auto record = load_record(record_file, env);
    if (record.is_null()) {
        record = {{"version", record_version}, {"entries", json::array()}, {"created_dirs", json::array()}};
        record["created_dirs"] = create_parent_dirs(record_file, env);
    }
    record["host_path"] = options.host_path;
    auto& entries = record["entries"];

    for (const auto& item : plan) {
        const auto& loc = item.location;
        const auto family = loc.browser->family;
        auto created = create_parent_dirs(loc.manifest_path, env);
        std::string manifest_target = options.host_path;
        if (loc.flatpak_wrapper) {
            write_file_atomically(env.on_disk(*loc.flatpak_wrapper), flatpak_wrapper_text(options.host_path), 0755);
            manifest_target = *loc.flatpak_wrapper;
        }
        write_file_atomically(env.on_disk(loc.manifest_path), render_manifest(family, manifest_target, options.ids), 0644);
        if (loc.registry_key) registry->set_default_value(*loc.registry_key, loc.manifest_path);

        for (const auto* browser : item.browsers) {
            // Re-installing replaces the browser's entry but keeps the folders it first created.
            json previous_dirs = json::array();
            for (auto it = entries.begin(); it != entries.end();) {
                if (it->value("browser", "") == browser->id) {
                    previous_dirs = it->value("created_dirs", json::array());
                    it = entries.erase(it);
                } else {
                    ++it;
                }
            }
            json entry{{"browser", browser->id}, {"family", to_string(family)}, {"manifest", loc.manifest_path}};
            for (const auto& dir : created) previous_dirs.push_back(dir);
            created.clear(); // the first browser of a shared write owns the folders it created
            entry["created_dirs"] = previous_dirs;
            if (loc.registry_key) entry["registry"] = key_to_json(*loc.registry_key);
            if (loc.flatpak_wrapper) entry["wrapper"] = *loc.flatpak_wrapper;
            entries.push_back(entry);
        }
        report.written.push_back(item);
    }
    write_file_atomically(env.on_disk(record_file), record.dump(2) + "\n", 0644);
    report.record_path = record_file;
    return report;
}

UninstallReport uninstall(Scope scope, const std::vector<const Browser*>& browsers, const Environment& env,
                          Registry* registry)
{
    UninstallReport report;
    const auto record_file = record_path(scope, env);
    auto record = load_record(record_file, env);
    const auto wanted = [&](std::string_view id) {
        return browsers.empty() ||
               std::any_of(browsers.begin(), browsers.end(), [&](const Browser* b) { return b->id == id; });
    };

    if (record.is_null()) {
        // No record: only user-level manifests that are unmistakably Onward's are removed. System-wide
        // ones without a record belong to a package (the .deb) and its package manager removes them.
        if (scope == Scope::system) return report;
        std::set<std::string> seen;
        for (const auto& browser : install::browsers()) {
            if (!wanted(browser.id)) continue;
            const auto loc = locate(browser, scope, env);
            if (!loc || !seen.insert(loc->manifest_path).second) continue;
            const auto disk = env.on_disk(loc->manifest_path);
            std::error_code ec;
            if (fs::exists(disk, ec) && is_onward_manifest(disk) && fs::remove(disk, ec)) report.removed.push_back(loc->manifest_path);
            if (loc->flatpak_wrapper && fs::remove(env.on_disk(*loc->flatpak_wrapper), ec))
                report.removed.push_back(*loc->flatpak_wrapper);
            if (loc->registry_key && registry != nullptr && registry->default_value(*loc->registry_key) == loc->manifest_path &&
                registry->delete_key(*loc->registry_key))
                report.removed.push_back(describe(*loc->registry_key));
        }
        return report;
    }
    report.had_record = true;

    auto& entries = record["entries"];
    json remaining = json::array();
    std::vector<json> leaving;
    for (const auto& entry : entries) (wanted(entry.value("browser", "")) ? leaving.push_back(entry) : remaining.push_back(entry));

    // A file or key shared with a browser that stays is kept; its folders move to that browser's entry.
    const auto still_used = [&](const std::string& manifest) {
        return std::any_of(remaining.begin(), remaining.end(), [&](const json& e) { return e.value("manifest", "") == manifest; });
    };
    std::set<std::string> done;
    std::vector<std::string> dirs_to_remove;
    for (const auto& entry : leaving) {
        const auto manifest = entry.value("manifest", "");
        if (still_used(manifest)) {
            for (auto& e : remaining)
                if (e.value("manifest", "") == manifest) {
                    for (const auto& d : entry.value("created_dirs", json::array())) e["created_dirs"].push_back(d);
                    break;
                }
            continue;
        }
        for (const auto& d : entry.value("created_dirs", json::array())) dirs_to_remove.push_back(d.get<std::string>());
        if (!done.insert(manifest).second) continue;
        const auto disk = env.on_disk(manifest);
        std::error_code ec;
        if (fs::exists(disk, ec)) {
            if (is_onward_manifest(disk) && fs::remove(disk, ec))
                report.removed.push_back(manifest);
            else
                report.kept.push_back(manifest + " (no longer Onward's manifest)");
        }
        if (entry.contains("wrapper")) {
            const auto wrapper = entry["wrapper"].get<std::string>();
            if (fs::remove(env.on_disk(wrapper), ec)) report.removed.push_back(wrapper);
        }
        if (entry.contains("registry") && registry != nullptr) {
            const auto key = key_from_json(entry["registry"]);
            const auto value = registry->default_value(key);
            if (value == manifest) {
                if (registry->delete_key(key)) report.removed.push_back(describe(key));
            } else if (value) {
                report.kept.push_back(describe(key) + " (now names " + *value + ")");
            }
        }
    }
    remove_empty_dirs(dirs_to_remove);

    if (remaining.empty()) {
        std::error_code ec;
        fs::remove(env.on_disk(record_file), ec);
        std::vector<std::string> record_dirs;
        for (const auto& d : record.value("created_dirs", json::array())) record_dirs.push_back(d.get<std::string>());
        remove_empty_dirs(record_dirs);
    } else {
        record["entries"] = remaining;
        write_file_atomically(env.on_disk(record_file), record.dump(2) + "\n", 0644);
    }
    return report;
}

} // namespace onward::install
