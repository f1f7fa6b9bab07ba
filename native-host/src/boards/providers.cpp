#include "boards/providers.hpp"

#include <array>

namespace onward::boards {

namespace {

struct ProviderText {
    Provider provider;
    std::string_view name, display;
};

constexpr std::array provider_texts{
    ProviderText{Provider::greenhouse, "greenhouse", "Greenhouse"},
    ProviderText{Provider::lever, "lever", "Lever"},
    ProviderText{Provider::ashby, "ashby", "Ashby"},
    ProviderText{Provider::workable, "workable", "Workable"},
    ProviderText{Provider::smartrecruiters, "smartrecruiters", "SmartRecruiters"},
};

} // namespace

std::string_view to_string(Provider provider) noexcept
{
    for (const auto& p : provider_texts)
        if (p.provider == provider) return p.name;
    return "";
}

std::string_view display_name(Provider provider) noexcept
{
    for (const auto& p : provider_texts)
        if (p.provider == provider) return p.display;
    return "";
}

std::optional<Provider> provider_from_string(std::string_view name) noexcept
{
    for (const auto& p : provider_texts)
        if (p.name == name) return p.provider;
    return std::nullopt;
}

bool valid_token(std::string_view token) noexcept
{
    if (token.empty() || token.size() > 100) return false;
    if (token == "." || token == "..") return false;
    for (const char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

std::string fetch_url(const Board& board)
{
    switch (board.provider) {
    case Provider::greenhouse: return "https://boards-api.greenhouse.io/v1/boards/" + board.token + "/jobs";
    case Provider::lever:
        return std::string(board.region == "eu" ? "https://api.eu.lever.co" : "https://api.lever.co") +
               "/v0/postings/" + board.token + "?mode=json";
    case Provider::ashby: return "https://api.ashbyhq.com/posting-api/job-board/" + board.token;
    case Provider::workable: return "https://apply.workable.com/api/v1/widget/accounts/" + board.token;
    case Provider::smartrecruiters:
        return "https://api.smartrecruiters.com/v1/companies/" + board.token + "/postings?limit=100";
    }
    return {};
}

std::string board_page_url(const Board& board)
{
    switch (board.provider) {
    case Provider::greenhouse: return "https://job-boards.greenhouse.io/" + board.token;
    case Provider::lever:
        return std::string(board.region == "eu" ? "https://jobs.eu.lever.co/" : "https://jobs.lever.co/") + board.token;
    case Provider::ashby: return "https://jobs.ashbyhq.com/" + board.token;
    case Provider::workable: return "https://apply.workable.com/" + board.token + "/";
    case Provider::smartrecruiters: return "https://jobs.smartrecruiters.com/" + board.token;
    }
    return {};
}

std::vector<Posting> parse_postings(Provider provider, const json& payload)
{
    switch (provider) {
    case Provider::greenhouse: return parse_greenhouse(payload);
    case Provider::lever: return parse_lever(payload);
    case Provider::ashby: return parse_ashby(payload);
    case Provider::workable: return parse_workable(payload);
    case Provider::smartrecruiters: return parse_smartrecruiters(payload);
    }
    return {};
}

} // namespace onward::boards
