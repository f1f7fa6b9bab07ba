// Workable's public jobs widget: GET https://apply.workable.com/api/v1/widget/accounts/{account}
// {"name": "Company", "description": "...", "jobs": [{"title": "...", "shortcode": "ABC123", "code": "",
//   "employment_type": "Full-time", "telecommuting": false, "department": "...", "url": "https://apply.workable.com/j/ABC123",
//   "shortlink": "...", "application_url": "...", "published_on": "2026-03-01", "created_at": "2026-03-01",
//   "country": "Germany", "city": "Berlin", "state": "Berlin",
//   "locations": [{"country": "Germany", "countryCode": "DE", "city": "Berlin", "region": "Berlin", "hidden": false}]}]}
#include "boards/payload.hpp"
#include "boards/providers.hpp"

namespace onward::boards {

namespace {

std::string place(const std::string& city, const std::string& region, const std::string& country)
{
    std::string out;
    for (const auto* part : {&city, &region, &country}) {
        if (part->empty() || (part == &region && *part == city)) continue;
        out += (out.empty() ? "" : ", ") + *part;
    }
    return out;
}

} // namespace

std::vector<Posting> parse_workable(const json& root)
{
    using namespace payload;
    return parse_jobs(root, "jobs", [](const json& job, const std::string& path) -> std::optional<Posting> {
        Posting p;
        p.id = require_id_in(job, path, "shortcode");
        p.title = clip(require_string_in(job, path, "title"));
        std::string location;
        if (const auto* places = array_in(job, path, "locations")) {
            for (std::size_t j = 0; j < places->size(); ++j) {
                const auto lpath = item_path(path + ".locations", j);
                const auto& l = require_object((*places)[j], lpath);
                if (bool_in(l, lpath, "hidden").value_or(false)) continue;
                const auto one = place(string_in(l, lpath, "city").value_or(""), string_in(l, lpath, "region").value_or(""),
                                       string_in(l, lpath, "country").value_or(""));
                if (!one.empty()) location += (location.empty() ? "" : " / ") + one;
            }
        }
        if (location.empty())
            location = place(string_in(job, path, "city").value_or(""), string_in(job, path, "state").value_or(""),
                             string_in(job, path, "country").value_or(""));
        p.location = clip(location);
        p.url = https_or_empty(string_in(job, path, "url"));
        if (p.url.empty()) p.url = https_or_empty(string_in(job, path, "shortlink"));
        p.remote = bool_in(job, path, "telecommuting").value_or(false) || mentions_remote(p.location);
        const auto published = time_in(job, path, "published_on");
        p.published_at = published ? published : time_in(job, path, "created_at");
        return p;
    });
}

} // namespace onward::boards
