#pragma once
// Drafts the user may send themselves (Onward never sends anything): a gracious reply to a
// rejection and a short LinkedIn connection note. Every sentence is written so that a missing
// name, company or role reads naturally ("Hi," instead of "Hi {name},"): nothing is ever left
// as a placeholder. Pure: no I/O.

#include <string>
#include <string_view>

namespace onward::steps {

inline constexpr std::size_t connection_note_limit = 200; // characters, LinkedIn's limit for a free account

struct DraftInput {
    std::string company, role;
    std::string contact_name;  // the person who wrote, or the hiring manager; may be empty
    std::string lang = "en";   // en, de, fr, es, nl
    std::string tone = "warm"; // warm, brief, formal
    std::string your_name;     // signature; may be empty
    std::string original_subject; // of the rejection, for "Re: ..."; may be empty
};

struct Draft {
    std::string subject, body;
};

bool is_draft_language(std::string_view lang) noexcept;
bool is_draft_tone(std::string_view tone) noexcept;

// "Anna Schmidt" -> "Anna"; "Schmidt, Anna" -> "Anna"; "" for team mailboxes ("Acme Talent Team").
std::string first_name(std::string_view full_name);
// The full personal name, or "" for a team mailbox.
std::string personal_name(std::string_view full_name);

Draft reply_draft(const DraftInput& input);

// At most connection_note_limit characters (code points); names the company and the role when
// they are known, shortening the role last of all.
std::string connection_note(const DraftInput& input);

std::size_t count_characters(std::string_view utf8) noexcept;

} // namespace onward::steps
