// Greenhouse Job Board API: GET https://boards-api.greenhouse.io/v1/boards/{token}/jobs
// {"jobs": [{"id": 127817, "internal_job_id": 144381, "title": "...", "updated_at": "2016-01-14T10:55:28-05:00",
//            "first_published": "...", "requisition_id": "50", "location": {"name": "NYC"},
//            "absolute_url": "https://boards.greenhouse.io/vaulttec/jobs/127817", "metadata": null, ...}],
//  "meta": {"total": 1}}
#include "boards/payload.hpp"
#include "boards/providers.hpp"

namespace onward::boards {

std::vector<Posting> parse_greenhouse(const json& root)
{
    using namespace payload;
    return parse_jobs(root, "jobs", [](const json& job, const std::string& path) -> std::optional<Posting> {
        Posting p;
        p.id = require_id_in(job, path, "id");
        p.title = clip(require_string_in(job, path, "title"));
        if (const auto* location = object_in(job, path, "location"))
            p.location = clip(string_in(*location, path + ".location", "name").value_or(""));
        p.url = https_or_empty(string_in(job, path, "absolute_url"));
        p.remote = mentions_remote(p.location);
        const auto first = time_in(job, path, "first_published");
        const auto updated = time_in(job, path, "updated_at");
        p.published_at = first ? first : updated;
        return p;
    });
}

} // namespace onward::boards
