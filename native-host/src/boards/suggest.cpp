#include "boards/suggest.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace onward::boards {

namespace {

struct Pattern {
    std::string_view prefix; // after "https://" or "http://", lower case
    Provider provider;
    std::string_view region;
};

// The token is the first path segment after the prefix.
constexpr std::array patterns{
    Pattern{"boards.greenhouse.io/embed/job_board?for=", Provider::greenhouse, ""},
    Pattern{"boards.greenhouse.io/", Provider::greenhouse, ""},
    Pattern{"job-boards.greenhouse.io/", Provider::greenhouse, ""},
    Pattern{"job-boards.eu.greenhouse.io/", Provider::greenhouse, ""},
    Pattern{"boards-api.greenhouse.io/v1/boards/", Provider::greenhouse, ""},
    Pattern{"jobs.lever.co/", Provider::lever, ""},
    Pattern{"jobs.eu.lever.co/", Provider::lever, "eu"},
    Pattern{"api.lever.co/v0/postings/", Provider::lever, ""},
    Pattern{"api.eu.lever.co/v0/postings/", Provider::lever, "eu"},
    Pattern{"jobs.ashbyhq.com/", Provider::ashby, ""},
    Pattern{"api.ashbyhq.com/posting-api/job-board/", Provider::ashby, ""},
    Pattern{"apply.workable.com/api/v1/widget/accounts/", Provider::workable, ""},
    Pattern{"apply.workable.com/", Provider::workable, ""},
    Pattern{"jobs.smartrecruiters.com/", Provider::smartrecruiters, ""},
    Pattern{"careers.smartrecruiters.com/", Provider::smartrecruiters, ""},
    Pattern{"api.smartrecruiters.com/v1/companies/", Provider::smartrecruiters, ""},
};

bool token_char(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

} // namespace

std::vector<Board> boards_in_text(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<std::pair<std::size_t, Board>> found;
    for (const char* scheme : {"https://", "http://"}) {
        for (auto at = lower.find(scheme); at != std::string::npos; at = lower.find(scheme, at + 1)) {
            const auto rest = at + std::string_view(scheme).size();
            for (const auto& p : patterns) {
                if (lower.compare(rest, p.prefix.size(), p.prefix) != 0) continue;
                auto begin = rest + p.prefix.size();
                auto end = begin;
                while (end < text.size() && token_char(text[end])) ++end;
                // Keep the board name's own case (SmartRecruiters ids are case-sensitive).
                std::string token(text.substr(begin, end - begin));
                while (!token.empty() && token.back() == '.') token.pop_back();
                // apply.workable.com/j/<shortcode> is a job, not an account.
                if (p.provider == Provider::workable && (token == "j" || token == "api")) break;
                if (p.provider == Provider::greenhouse && token == "embed") continue;
                if (valid_token(token)) found.push_back({at, Board{p.provider, token, std::string(p.region)}});
                break;
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Board> out;
    for (auto& entry : found) {
        auto& board = entry.second; // a plain reference: clang 14 cannot capture a structured binding
        const bool seen = std::any_of(out.begin(), out.end(), [&](const Board& b) {
            return b.provider == board.provider && b.token == board.token && b.region == board.region;
        });
        if (!seen) out.push_back(std::move(board));
    }
    return out;
}

std::string token_from_company(std::string_view company)
{
    static constexpr std::array<std::string_view, 14> legal{"gmbh", "ag", "inc", "llc", "ltd", "limited", "bv",
                                                             "sa", "sas", "se", "plc", "corp", "co", "kg"};
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (const char c : company) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (c == '&' || c == ' ' || c == ',' || c == '.' || c == '-' || c == '(' || c == ')')
            flush();
    }
    flush();
    while (!words.empty() && std::find(legal.begin(), legal.end(), words.back()) != legal.end()) words.pop_back();
    if (!words.empty() && words.front() == "the" && words.size() > 1) words.erase(words.begin());
    std::string token;
    for (const auto& w : words) token += w;
    return valid_token(token) ? token : std::string();
}

} // namespace onward::boards
