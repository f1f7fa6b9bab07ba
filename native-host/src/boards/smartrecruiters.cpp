// SmartRecruiters Posting API: GET https://api.smartrecruiters.com/v1/companies/{id}/postings?limit=100
// {"offset": 0, "limit": 100, "totalFound": 2, "content": [{"id": "744000012345678", "name": "title",
//   "uuid": "...", "refNumber": "REF123", "company": {"identifier": "Acme", "name": "Acme"},
//   "releasedDate": "2026-03-01T10:00:00.000Z",
//   "location": {"city": "Berlin", "region": "BE", "country": "de", "remote": false, "fullLocation": "Berlin, BE, Germany"},
//   "industry": {...}, "department": {...}, "function": {...}, "typeOfEmployment": {...},
//   "experienceLevel": {"id": "mid_senior_level", "label": "Mid-Senior Level"}, "ref": "https://api.smartrecruiters.com/..."}]}
// The posting's page is https://jobs.smartrecruiters.com/{company identifier}/{id}.
#include "boards/payload.hpp"
#include "boards/providers.hpp"

namespace onward::boards {

std::vector<Posting> parse_smartrecruiters(const json& root)
{
    using namespace payload;
    const std::string base = payload::root;
    require_object(root, base);
    const auto& content = require_array_in(root, base, "content");
    std::vector<Posting> out;
    out.reserve(content.size());
    for (std::size_t i = 0; i < content.size(); ++i) {
        const auto path = item_path(base + ".content", i);
        const auto& job = require_object(content[i], path);
        Posting p;
        p.id = require_id_in(job, path, "id");
        p.title = clip(require_string_in(job, path, "name"));
        if (const auto* l = object_in(job, path, "location")) {
            const auto lpath = path + ".location";
            auto full = string_in(*l, lpath, "fullLocation").value_or("");
            if (full.empty()) {
                for (const char* key : {"city", "region", "country"}) {
                    const auto part = string_in(*l, lpath, key).value_or("");
                    if (!part.empty()) full += (full.empty() ? "" : ", ") + part;
                }
            }
            p.location = clip(full);
            p.remote = bool_in(*l, lpath, "remote").value_or(false);
        }
        p.remote = p.remote || payload::mentions_remote(p.location);
        if (const auto* company = object_in(job, path, "company")) {
            const auto identifier = string_in(*company, path + ".company", "identifier").value_or("");
            if (valid_token(identifier) && valid_token(p.id))
                p.url = "https://jobs.smartrecruiters.com/" + identifier + "/" + p.id;
        }
        p.published_at = time_in(job, path, "releasedDate");
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace onward::boards
