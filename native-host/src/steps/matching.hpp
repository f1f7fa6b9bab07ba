#pragma once
// Which application an email belongs to. Same thread: the same application. Otherwise the
// company (folded name, or the sender's own domain) and the role decide; when more than one
// application could be meant, or the evidence is thin, the answer is "uncertain" and nothing is
// merged silently.

#include "store/applications.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onward::steps {

// "ACME GmbH" -> "acme", "The Widget Co., Inc." -> "widget": lower case ASCII, punctuation to
// spaces, legal suffixes and a leading "the" dropped, spaces collapsed. Other bytes are kept.
std::string company_key(std::string_view company);
// "Senior Backend Engineer (m/w/d)" -> "senior backend engineer": lower case, gender markers dropped.
std::string role_key(std::string_view role);

// The address in a From header: "Anna <anna@acme.com>" -> "anna@acme.com"; "" when none.
std::string sender_address(std::string_view from);
// The company's own domain from a From header: "jobs@mail.acme.co.uk" -> "acme.co.uk". Empty for
// free mail providers and applicant-tracking systems, which say nothing about the company.
std::string company_domain(std::string_view from);

struct EmailFacts {
    std::string label; // the classifier's label
    std::string company_key, role_key, sender_domain;
};

struct Candidate {
    std::int64_t application_id = 0;
    std::string why; // "same company, role unknown", ...
};

struct MatchDecision {
    // thread: same conversation. company_role / domain_role: same company and role.
    // company: the only open application at this company, and the email names no other role.
    // new: nothing fits, a new application. uncertain: several could fit (candidates), nothing merged.
    // none: the email does not start an application and fits none.
    std::string kind;
    std::optional<std::int64_t> application_id;
    std::vector<Candidate> candidates;
};

// Labels whose email starts an application when nothing matches.
bool starts_application(std::string_view label);

// `existing`: applications at the same company key or sender domain (store::applications_at).
MatchDecision decide_match(const EmailFacts& email, const std::vector<store::Application>& existing);

} // namespace onward::steps
