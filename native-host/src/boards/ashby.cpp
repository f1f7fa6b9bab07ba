// Ashby public posting API: GET https://api.ashbyhq.com/posting-api/job-board/{name}
// {"apiVersion": "1", "jobs": [{"id": "uuid", "title": "...", "department": "...", "team": "...",
//   "employmentType": "FullTime", "location": "Berlin", "secondaryLocations": [{"location": "...", "address": {...}}],
//   "isRemote": false, "workplaceType": "Hybrid", "publishedAt": "2021-04-30T16:21:55.393+00:00", "isListed": true,
//   "jobUrl": "https://jobs.ashbyhq.com/...", "applyUrl": "...", "descriptionHtml": "...", "descriptionPlain": "..."}]}
// Unlisted postings (isListed false) are left out, as the company's own board leaves them out.
#include "boards/payload.hpp"
#include "boards/providers.hpp"

namespace onward::boards {

std::vector<Posting> parse_ashby(const json& root)
{
    using namespace payload;
    return parse_jobs(root, "jobs", [](const json& job, const std::string& path) -> std::optional<Posting> {
        Posting p;
        p.id = require_id_in(job, path, "id");
        p.title = clip(require_string_in(job, path, "title"));
        std::string location = string_in(job, path, "location").value_or("");
        if (const auto* more = array_in(job, path, "secondaryLocations")) {
            for (std::size_t j = 0; j < more->size(); ++j) {
                const auto spath = item_path(path + ".secondaryLocations", j);
                const auto name = string_in(require_object((*more)[j], spath), spath, "location").value_or("");
                if (!name.empty()) location += (location.empty() ? "" : " / ") + name;
            }
        }
        p.location = clip(location);
        p.url = https_or_empty(string_in(job, path, "jobUrl"));
        const auto workplace = string_in(job, path, "workplaceType").value_or("");
        p.remote = bool_in(job, path, "isRemote").value_or(false) || workplace == "Remote" || mentions_remote(p.location);
        p.published_at = time_in(job, path, "publishedAt");
        if (!bool_in(job, path, "isListed").value_or(true)) return std::nullopt;
        return p;
    });
}

} // namespace onward::boards
