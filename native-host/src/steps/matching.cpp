#include "steps/matching.hpp"

#include <algorithm>
#include <array>

namespace onward::steps {

namespace {

std::string fold_words(std::string_view text)
{
    std::string out;
    bool space = true;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')) {
            out += c;
            space = false;
        } else if (u >= 'A' && u <= 'Z') {
            out += static_cast<char>(u - 'A' + 'a');
            space = false;
        } else if (u == '&') {
            if (!space) out += ' ';
            out += "and ";
            space = true;
        } else if (!space) {
            out += ' ';
            space = true;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::string> words_of(const std::string& folded)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < folded.size()) {
        auto end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        if (end > start) words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string join(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

constexpr std::array legal_suffixes{"inc", "incorporated", "llc", "ltd", "limited", "plc", "gmbh", "ag", "se",
                                    "sa", "sas", "sarl", "srl", "sl", "bv", "nv", "co", "corp", "corporation",
                                    "company", "kg", "ug", "oy", "ab", "as", "aps", "spa", "pty", "group"};

// Domains that say nothing about the company: free mail and applicant-tracking systems.
constexpr std::array uninformative_domains{
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
    "me.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "aol.com", "mail.com",
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "ashbyhq.com", "workablemail.com",
    "workable.com", "smartrecruiters.com", "myworkday.com", "myworkdayjobs.com", "workday.com", "icims.com",
    "taleo.net", "successfactors.com", "successfactors.eu", "jobvite.com", "bamboohr.com", "teamtailor.com",
    "teamtailor-mail.com", "personio.de", "personio.com", "recruitee.com", "breezy.hr", "jazzhr.com", "join.com",
    "linkedin.com", "indeed.com", "stepstone.de", "xing.com", "pinpointhq.com", "rippling.com", "dover.com"};

// Second-level labels under which companies register (acme.co.uk keeps three labels).
constexpr std::array second_levels{"co", "com", "org", "net", "ac", "gov", "ltd", "plc"};

} // namespace

std::string company_key(std::string_view company)
{
    auto words = words_of(fold_words(company));
    while (words.size() > 1 &&
           std::find(legal_suffixes.begin(), legal_suffixes.end(), words.back()) != legal_suffixes.end())
        words.pop_back();
    if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
    return join(words);
}

std::string role_key(std::string_view role)
{
    auto words = words_of(fold_words(role));
    // "(m/w/d)", "(f/m/x)", "(h/f)": one-letter markers at the end.
    while (!words.empty() && words.back().size() == 1) words.pop_back();
    return join(words);
}

std::string sender_address(std::string_view from)
{
    std::string_view s = from;
    const auto open = s.rfind('<');
    if (open != std::string_view::npos) {
        const auto close = s.find('>', open);
        s = s.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
    }
    while (!s.empty() && (s.front() == ' ' || s.front() == '"')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '"')) s.remove_suffix(1);
    const auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= s.size() || s.find(' ') != std::string_view::npos)
        return {};
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string company_domain(std::string_view from)
{
    const auto address = sender_address(from);
    if (address.empty()) return {};
    const auto domain = address.substr(address.find('@') + 1);
    auto labels = words_of([&] {
        std::string d = domain;
        std::replace(d.begin(), d.end(), '.', ' ');
        return d;
    }());
    if (labels.size() < 2) return {};
    std::size_t keep = 2;
    if (labels.size() >= 3 && labels.back().size() == 2 &&
        std::find(second_levels.begin(), second_levels.end(), labels[labels.size() - 2]) != second_levels.end())
        keep = 3;
    std::string registrable;
    for (std::size_t i = labels.size() - keep; i < labels.size(); ++i)
        registrable += (registrable.empty() ? "" : ".") + labels[i];
    for (const auto* d : uninformative_domains)
        if (registrable == d || domain == d) return {};
    return registrable;
}

bool starts_application(std::string_view label)
{
    return label == "application_received" || label == "interview" || label == "offer" || label == "rejection";
}

MatchDecision decide_match(const EmailFacts& email, const std::vector<store::Application>& existing)
{
    MatchDecision d;
    if (!starts_application(email.label)) {
        d.kind = "none"; // only the same thread attaches an alert or an outreach email
        return d;
    }
    std::vector<std::int64_t> strong;
    std::vector<Candidate> weak;
    for (const auto& app : existing) {
        if (app.status == "withdrawn" || app.status == "archived") continue;
        // A new confirmation is a new application, unless the earlier one is still in progress.
        if (email.label == "application_received" && app.status != "applied" && app.status != "interviewing")
            continue;
        const bool same_company = !email.company_key.empty() && app.company_key == email.company_key;
        const bool same_domain = !email.sender_domain.empty() && app.sender_domain == email.sender_domain;
        if (!same_company && !same_domain) continue;
        const bool role_known = !email.role_key.empty() && !app.role_key.empty();
        const std::string where = same_company ? "same company" : "same sender domain";
        if (role_known && app.role_key == email.role_key) {
            strong.push_back(app.id);
            weak.push_back({app.id, where + ", same role"});
        } else if (!role_known) {
            weak.push_back({app.id, where + ", role unknown"});
        } else {
            weak.push_back({app.id, where + ", another role"});
        }
    }
    const auto is_other_role = [](const Candidate& c) { return c.why.ends_with("another role"); };
    if (strong.size() == 1) {
        d.application_id = strong.front();
        const auto& app = *std::find_if(existing.begin(), existing.end(),
                                        [&](const store::Application& a) { return a.id == strong.front(); });
        d.kind = !email.company_key.empty() && app.company_key == email.company_key ? "company_role" : "domain_role";
        return d;
    }
    const auto plausible = std::count_if(weak.begin(), weak.end(), [&](const Candidate& c) { return !is_other_role(c); });
    if (strong.empty() && plausible == 1 && weak.size() == 1) {
        d.kind = "company";
        d.application_id = weak.front().application_id;
        return d;
    }
    if (strong.size() > 1 || plausible >= 1) {
        d.kind = "uncertain";
        d.candidates = std::move(weak);
        return d;
    }
    // Only other roles at this company: a different application.
    d.kind = "new";
    return d;
}

} // namespace onward::steps
