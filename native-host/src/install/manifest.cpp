#include "install/manifest.hpp"

#include "core/build_info.hpp"
#include "core/error.hpp"
#include "install/manifest_templates.hpp"

#include <algorithm>

namespace onward::install {

using json = nlohmann::json;

namespace {

void replace_all(std::string& text, std::string_view placeholder, const std::string& value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
}

bool contains(const json& array, const std::string& value)
{
    if (!array.is_array()) return false;
    return std::any_of(array.begin(), array.end(), [&](const json& v) { return v.is_string() && v.get<std::string>() == value; });
}

bool is_absolute_for(const std::string& path, Platform platform)
{
    if (platform == Platform::windows)
        return (path.size() >= 3 && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) || path.starts_with("\\\\");
    return path.starts_with('/');
}

} // namespace

ManifestIds default_ids()
{
    ManifestIds ids;
    for (const auto id : build_info::chromium_extension_ids)
        if (!id.empty()) ids.chromium_extension_ids.emplace_back(id);
    for (const auto id : build_info::firefox_addon_ids)
        if (!id.empty()) ids.firefox_addon_ids.emplace_back(id);
    return ids;
}

bool is_chromium_extension_id(std::string_view id) noexcept
{
    return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'p'; });
}

bool host_accepts_chromium_id(std::string_view id) noexcept
{
    return std::find(std::begin(build_info::chromium_extension_ids), std::end(build_info::chromium_extension_ids), id) !=
           std::end(build_info::chromium_extension_ids);
}

std::string render_manifest(Family family, const std::string& host_path, const ManifestIds& ids)
{
    std::string text(family == Family::chromium ? templates::chromium : templates::firefox);
    replace_all(text, "@ONWARD_HOST_PATH_JSON@", json(host_path).dump());
    json origins = json::array();
    for (const auto& id : ids.chromium_extension_ids) origins.push_back("chrome-extension://" + id + "/");
    replace_all(text, "@ONWARD_ALLOWED_ORIGINS_JSON@", origins.dump());
    replace_all(text, "@ONWARD_ALLOWED_EXTENSIONS_JSON@", json(ids.firefox_addon_ids).dump());
    // Parse back: a template that does not render to an object is a build bug, caught here.
    const auto parsed = json::parse(text, nullptr, false);
    if (!parsed.is_object() || parsed.value("name", "") != host_name)
        throw Error(ErrorCode::internal, "the host manifest template for " + std::string(to_string(family)) +
                                             " does not render to a manifest named " + std::string(host_name));
    return parsed.dump(2) + "\n";
}

std::vector<std::string> manifest_content_problems(const json& manifest, Family family, Platform platform,
                                                   const ManifestIds& expected)
{
    std::vector<std::string> problems;
    if (!manifest.is_object()) return {"it is not a JSON object"};
    if (manifest.value("name", json()) != json(std::string(host_name)))
        problems.push_back("its name is not " + std::string(host_name));
    if (manifest.value("type", json()) != json("stdio")) problems.push_back("its type is not \"stdio\"");
    const auto path = manifest.value("path", json());
    if (!path.is_string() || path.get<std::string>().empty())
        problems.push_back("it has no path");
    else if (!is_absolute_for(path.get<std::string>(), platform))
        problems.push_back("its path " + path.get<std::string>() + " is not absolute");
    if (family == Family::chromium) {
        const auto origins = manifest.value("allowed_origins", json());
        if (!origins.is_array() || origins.empty()) {
            problems.push_back("it has no allowed_origins");
        } else {
            for (const auto& id : expected.chromium_extension_ids)
                if (!contains(origins, "chrome-extension://" + id + "/"))
                    problems.push_back("allowed_origins does not name the Onward extension chrome-extension://" + id + "/");
            for (const auto& origin : origins) {
                const auto text = origin.is_string() ? origin.get<std::string>() : origin.dump();
                const bool ok = origin.is_string() && text.starts_with("chrome-extension://") && text.ends_with('/') &&
                                is_chromium_extension_id(std::string_view(text).substr(19, text.size() - 20));
                if (!ok) problems.push_back("allowed_origins holds " + text + ", which is not chrome-extension://<id>/");
            }
        }
        if (manifest.contains("allowed_extensions")) problems.push_back("it carries Firefox's allowed_extensions");
    } else {
        const auto extensions = manifest.value("allowed_extensions", json());
        if (!extensions.is_array() || extensions.empty())
            problems.push_back("it has no allowed_extensions");
        else
            for (const auto& id : expected.firefox_addon_ids)
                if (!contains(extensions, id)) problems.push_back("allowed_extensions does not name " + id);
        if (manifest.contains("allowed_origins")) problems.push_back("it carries Chromium's allowed_origins");
    }
    return problems;
}

} // namespace onward::install
