// Lever Postings API: GET https://api.lever.co/v0/postings/{site}?mode=json (EU: api.eu.lever.co)
// A bare list: [{"id": "uuid", "text": "title", "categories": {"location": "...", "allLocations": [...],
//   "commitment": "...", "team": "...", "department": "..."}, "country": "US", "workplaceType": "remote",
//   "createdAt": 1589410000000, "hostedUrl": "https://jobs.lever.co/...", "applyUrl": "...", ...}]
// A site that does not exist answers 404 {"ok": false, "error": "Document not found"}.
#include "boards/payload.hpp"
#include "boards/providers.hpp"
#include "core/error.hpp"

namespace onward::boards {

std::vector<Posting> parse_lever(const json& root)
{
    using namespace payload;
    const std::string base = payload::root;
    if (root.is_object() && root.contains("ok") && root["ok"] == false)
        throw invalid_args(base + " is Lever's error answer, not a list of postings.");
    const auto& list = require_array(root, base);
    std::vector<Posting> out;
    out.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto path = item_path(base, i);
        const auto& job = require_object(list[i], path);
        Posting p;
        p.id = require_id_in(job, path, "id");
        p.title = clip(require_string_in(job, path, "text"));
        std::string location;
        if (const auto* categories = object_in(job, path, "categories")) {
            const auto cpath = path + ".categories";
            location = string_in(*categories, cpath, "location").value_or("");
            if (const auto* all = array_in(*categories, cpath, "allLocations")) {
                for (std::size_t j = 0; j < all->size(); ++j) {
                    const auto& place = (*all)[j];
                    if (!place.is_string())
                        throw invalid_args(item_path(cpath + ".allLocations", j) +
                                           " must be text: the board's answer is not in the documented shape.");
                    const auto name = place.get<std::string>();
                    if (!name.empty() && name != location) location += (location.empty() ? "" : " / ") + name;
                }
            }
        }
        p.location = clip(location);
        p.url = https_or_empty(string_in(job, path, "hostedUrl"));
        const auto workplace = string_in(job, path, "workplaceType").value_or("");
        p.remote = workplace == "remote" || mentions_remote(p.location);
        p.published_at = millis_in(job, path, "createdAt");
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace onward::boards
