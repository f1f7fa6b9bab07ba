#pragma once
// The five public job boards Onward can watch, their URLs and the postings read from them.

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onward::boards {

using json = nlohmann::json;
using TimePoint = std::chrono::sys_seconds;

enum class Provider { greenhouse, lever, ashby, workable, smartrecruiters };

std::string_view to_string(Provider provider) noexcept;
std::optional<Provider> provider_from_string(std::string_view name) noexcept;
inline constexpr const char* provider_names = "greenhouse, lever, ashby, workable or smartrecruiters";

// A board: the provider, the company's board name on it, and (Lever only) the region, "eu" for
// boards hosted on jobs.eu.lever.co.
struct Board {
    Provider provider = Provider::greenhouse;
    std::string token;
    std::string region; // "" (global) or "eu"
};

// A board name is 1-100 characters of [A-Za-z0-9._-]: it goes into a URL path unescaped.
bool valid_token(std::string_view token) noexcept;

// The public, unauthenticated URL the extension fetches:
//   greenhouse       https://boards-api.greenhouse.io/v1/boards/{token}/jobs
//   lever            https://api.lever.co/v0/postings/{token}?mode=json  (EU: api.eu.lever.co)
//   ashby            https://api.ashbyhq.com/posting-api/job-board/{token}
//   workable         https://apply.workable.com/api/v1/widget/accounts/{token}
//   smartrecruiters  https://api.smartrecruiters.com/v1/companies/{token}/postings?limit=100
std::string fetch_url(const Board& board);
// The page a person opens to see the board.
std::string board_page_url(const Board& board);
// "Greenhouse", "Lever", ... for sentences.
std::string_view display_name(Provider provider) noexcept;

// One posting as every provider's parser returns it.
struct Posting {
    std::string id;       // the provider's id, unique on the board
    std::string title;
    std::string location; // as the board writes it, several joined with " / "
    std::string url;      // the posting's page
    bool remote = false;
    std::optional<TimePoint> published_at; // first published (or updated, when that is all there is)
};

// Reads the payload exactly as the provider's public API returned it. Throws
// Error(invalid_args) naming the first thing that is not as documented
// ("args.payload.jobs[2].title must be a string."), so nothing is stored from a bad payload.
std::vector<Posting> parse_postings(Provider provider, const json& payload);

std::vector<Posting> parse_greenhouse(const json& payload);
std::vector<Posting> parse_lever(const json& payload);
std::vector<Posting> parse_ashby(const json& payload);
std::vector<Posting> parse_workable(const json& payload);
std::vector<Posting> parse_smartrecruiters(const json& payload);

} // namespace onward::boards
