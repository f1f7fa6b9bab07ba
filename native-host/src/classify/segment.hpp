#pragma once
// Which part of an email body is the newest message: everything from the first quoted-history
// marker on ("On ... wrote:", "Am ... schrieb", "-----Original Message-----", an Outlook header block,
// '>' lines), the signature ("-- ") and legal footers are cut. When the newest message is only a
// forward note ("FYI" above "---------- Forwarded message ---------"), the forwarded message is
// taken instead, with its From and Subject header lines; below a longer note, the forwarded
// message is read together with it (a forward is shared content, not history: an agency passing on
// the client's answer, an applicant forwarding the answer she got to a coach).

#include <string_view>

namespace onward::classify {

struct Segments {
    std::string_view newest;        // what to classify
    std::string_view signature;     // the signature block under the newest message (for extraction)
    std::string_view inner_from;    // From: of a forwarded message taken as the newest one
    std::string_view inner_subject; // Subject: of that forwarded message
    bool cut = false;               // quoted history, a footer or a signature was cut
    bool forwarded = false;         // the newest message is a forwarded one
    bool note_on_forward = false;   // the newest message is a note and the message it forwards, read together
};

// `clean` is clean_text output (LF line ends). The views point into it. `forward_subject`: the
// subject says the email is a forward ("Fwd:", "WG:", "TR:"), so that an Outlook header block
// ("________" then "From:", "Sent:", ...) starts the forwarded message rather than quoted history.
Segments segment(std::string_view clean, bool forward_subject = false);

// Does a subject mark a forward ("Fwd:", "FW:", "WG:", "TR:", "RV:", "Doorst:", also after "Re:")?
bool is_forward_subject(std::string_view subject) noexcept;

// Does a subject mark a reply ("Re:", "AW:", "Antw:", "SV:", "R:", "RE :"), not a forward?
bool is_reply_subject(std::string_view subject) noexcept;

// The event's title where a subject is a calendar's invitation ("Invitation: Technical Screen - Priya Raman @ Tue Apr 23,
// 2024 1pm - 2pm (PDT)", "Einladung: ... @ ...", as Google Calendar and Outlook send them in five languages); empty
// where it is not one.
std::string_view calendar_event_title(std::string_view subject) noexcept;

// How many lines of a cleaned message read as a list of vacancies: a line that names a job (a title word such as
// "engineer", "Pflegefachkraft", "stagiaire", or a gender tag such as "(m/w/d)") and is set out as a list's item (a
// bullet, a dash or a symbol in front) or as "title - company - place" (two separators or more). Job boards, digests
// and newsletters list vacancies so; a rejection, an invitation or an approach names one job, in sentences. Lines
// with a time of day ("10:00 - 10:45 Engineering Manager") are an agenda's, not a list of vacancies.
std::size_t vacancy_lines(std::string_view clean);

} // namespace onward::classify
