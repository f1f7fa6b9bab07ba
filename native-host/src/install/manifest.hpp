#pragma once
// Host manifests: rendered from the templates in manifests/ (compiled in), and checked back.

#include "install/browsers.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace onward::install {

// The ids the manifests name. Chromium ids default to the ones the host was built to accept.
struct ManifestIds {
    std::vector<std::string> chromium_extension_ids; // bare ids: "fpmjnchfpmlceeolkgghjcdannejclhf"
    std::vector<std::string> firefox_addon_ids;      // "onward@onward.org"
};
ManifestIds default_ids();

// True for a well-formed Chromium extension id: 32 letters a..p.
bool is_chromium_extension_id(std::string_view id) noexcept;
// True when the host binary was built to serve this id (build_info's allow-list).
bool host_accepts_chromium_id(std::string_view id) noexcept;

// The manifest text for `family`, pointing at `host_path` (absolute, as the browser sees it).
// Throws onward::Error(internal) if a template does not render to a JSON object.
std::string render_manifest(Family family, const std::string& host_path, const ManifestIds& ids);

// What is wrong with a manifest's content, one sentence each; empty when it is fine.
// Checks: an object, name, type, an absolute path, and the ids for the family.
std::vector<std::string> manifest_content_problems(const nlohmann::json& manifest, Family family, Platform platform,
                                                   const ManifestIds& expected);

} // namespace onward::install
