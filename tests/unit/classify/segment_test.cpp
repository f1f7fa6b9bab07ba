#include "classify/segment.hpp"

#include <gtest/gtest.h>

#include <string>

using onward::classify::segment;

TEST(Segment, CutsGmailQuotedHistory)
{
    const std::string text = "Can we reschedule to Friday?\n\nOn Mon, 3 Nov 2025 at 09:12, Jane <j@x.com> wrote:\n> We regret to inform you";
    const auto s = segment(text);
    EXPECT_EQ(s.newest, "Can we reschedule to Friday?\n\n");
    EXPECT_TRUE(s.cut);
}

TEST(Segment, CutsWrappedAttributionAndOtherLanguages)
{
    EXPECT_EQ(segment("Danke!\nAm 03.11.2025 um 10:00 schrieb Anna Muster <a@b.de>:\n> Absage").newest, "Danke!\n");
    EXPECT_EQ(segment("Merci\nLe lun. 3 nov. 2025 à 10:00, Paul <p@q.fr> a écrit :\n> texte").newest, "Merci\n");
    EXPECT_EQ(segment("Gracias\nEl lun, 3 nov 2025, Ana <a@b.es> escribió:\n> texto").newest, "Gracias\n");
    EXPECT_EQ(segment("Dank\nOp ma 3 nov. 2025 om 10:00 schreef Piet <p@q.nl>:\n> tekst").newest, "Dank\n");
    EXPECT_EQ(segment("Sure\nOn Mon, Nov 3, 2025 at 9:12 AM Jane Doe <jane.doe@example.com>\nwrote:\n> old").newest, "Sure\n");
}

// A paragraph of the message that starts like an attribution ("Am ...", "On ...") and has "schrieb" or "wrote"
// inside a longer word, or runs long without ending in ':', is the message, not quoted history (session 16: a
// withdrawn offer's "Am vergangenen Freitag hat ... unterschrieben ..." lost its whole body).
TEST(Segment, KeepsAParagraphThatOnlyStartsLikeAnAttribution)
{
    const std::string body = "Am vergangenen Freitag hat die Geschäftsführung einen Einstellungsstopp verhängt. Da Sie den Vertrag noch "
                             "nicht unterschrieben zurückgesandt haben, ziehen wir das Angebot zurück.\n\nMit freundlichen Grüßen";
    const auto kept = segment(body);
    EXPECT_EQ(kept.newest, body);
    EXPECT_FALSE(kept.cut);
    const std::string advertised = "Am 1. März haben wir die Stelle ausgeschrieben und viele Bewerbungen erhalten.\n\nGruß";
    EXPECT_EQ(segment(advertised).newest, advertised);
    const std::string long_line = "On Monday the hiring manager wrote to the whole panel, and after a long discussion of every "
                                  "candidate's case study we decided to offer the role to someone who has led a migration "
                                  "before and knows the platform well; I am sorry.\n\nBest";
    EXPECT_EQ(segment(long_line).newest, long_line);
}

TEST(Segment, CutsOutlookHeaderBlock)
{
    const std::string text = "Thanks, see you then.\n\n________________________________\nFrom: Recruiter <r@x.com>\n"
                             "Sent: Monday\nTo: me\nSubject: Interview\n\nWe would like to invite you";
    EXPECT_EQ(segment(text).newest, "Thanks, see you then.\n\n");
    const std::string german = "Gerne.\nVon: Personal <p@x.de>\nGesendet: Montag\nAn: mich\nBetreff: Absage\n\nLeider";
    EXPECT_EQ(segment(german).newest, "Gerne.\n");
}

TEST(Segment, ReadsTheForwardedMessageUnderAShortNote)
{
    const std::string text = "FYI\n\n---------- Forwarded message ---------\nFrom: Acme Careers <jobs@acme.com>\n"
                             "Date: Tue, 4 Nov 2025\nSubject: Your application\nTo: <me@x.org>\n\n"
                             "We will not be moving forward.\n";
    const auto s = segment(text);
    EXPECT_TRUE(s.forwarded);
    EXPECT_EQ(s.newest, "We will not be moving forward.\n");
    EXPECT_EQ(s.inner_from, "Acme Careers <jobs@acme.com>");
    EXPECT_EQ(s.inner_subject, "Your application");
}

TEST(Segment, ReadsALongNoteAndTheForwardedMessageTogether)
{
    // An agency passing on the client's answer: the answer is the news, the note frames it.
    const std::string text = "Hi Sam, below is what the hiring manager sent me after your interview; let's talk Monday.\n\n"
                             "---------- Forwarded message ---------\nFrom: x@y.com\nSubject: Feedback\n\n"
                             "We're going to pass, though.\n\nOn Mon, Jane wrote:\n> older";
    const auto s = segment(text);
    EXPECT_FALSE(s.forwarded); // the outer sender and subject stay
    EXPECT_EQ(s.newest.substr(0, 6), "Hi Sam");
    EXPECT_NE(s.newest.find("We're going to pass"), std::string_view::npos);
    EXPECT_EQ(s.newest.find("older"), std::string_view::npos); // quoted history under the forward is still cut
}

TEST(Segment, SaysWhenANoteAndTheMailItForwardsAreReadTogether)
{
    // A friend's note above the no she got: whose no it is depends on it (classify_or_ask).
    const std::string note = "Hey you, so this came in this morning. Gutted. Coffee this week? My treat, I need it.\n\n"
                             "---------- Forwarded message ---------\nFrom: x@y.com\nSubject: Your application\n\n"
                             "Dear Chloe, we will not be taking your application further.\n";
    EXPECT_TRUE(segment(note).note_on_forward);
    // Under a bare "FYI" the forwarded message is read alone: no note.
    const std::string bare = "FYI\n\n---------- Forwarded message ---------\nFrom: x@y.com\nSubject: s\n\nWe will not proceed.\n";
    EXPECT_FALSE(segment(bare).note_on_forward);
    // ... unless what it forwards is itself a note on a forward.
    const std::string chain = "FYI\n\n---------- Forwarded message ---------\nFrom: Ana <ana@gmail.com>\nSubject: Fwd: x\n\n"
                              "Look what I got, siehe unten.\n\n---------- Forwarded message ---------\nFrom: c@d.com\n"
                              "Subject: x\n\nWe have decided not to proceed.\n";
    EXPECT_TRUE(segment(chain).note_on_forward);
    EXPECT_FALSE(segment("We have decided not to proceed.\n").note_on_forward);
}

TEST(Segment, ReadsAForwardInsideAForward)
{
    const std::string text = "FYI\n\n---------- Forwarded message ---------\nFrom: Agency <a@b.com>\nSubject: Fwd: x\n\n"
                             "See the client's answer below.\n\n---------- Forwarded message ---------\nFrom: Client <c@d.com>\n"
                             "Subject: x\n\nWe have decided not to proceed.\n";
    const auto s = segment(text);
    EXPECT_TRUE(s.forwarded);
    EXPECT_NE(s.newest.find("See the client's answer"), std::string_view::npos);
    EXPECT_NE(s.newest.find("We have decided not to proceed."), std::string_view::npos);
}

TEST(Segment, AnOutlookHeaderBlockUnderAForwardSubjectStartsTheForward)
{
    const std::string text = "FYI\n\n________________________________\nFrom: Recruiter <r@x.com>\nSent: Monday\nTo: me\n"
                             "Subject: Your application\n\nThe position has been filled.";
    EXPECT_EQ(segment(text, true).newest, "The position has been filled.");
    EXPECT_EQ(segment(text, false).newest, "FYI\n\n"); // as a reply, the block below is history
}

TEST(Segment, TellsAForwardSubject)
{
    using onward::classify::is_forward_subject;
    for (const auto* s : {"Fwd: Your application", "FW: Absage", "WG: Ihre Bewerbung", "TR : Votre candidature",
                          "RV: Tu candidatura", "Re: Fwd: offer", "Doorst: sollicitatie"})
        EXPECT_TRUE(is_forward_subject(s)) << s;
    for (const auto* s : {"Your application", "Re: Interview", "Forward planning", "Trial day"})
        EXPECT_FALSE(is_forward_subject(s)) << s;
}

// A reply's subject names the thread it answers (the classifier reads its interview words as the
// thread's where the reply's body gives a verdict and speaks of no interview).
TEST(Segment, TellsAReplySubject)
{
    using onward::classify::is_reply_subject;
    for (const auto* s : {"Re: Interview confirmation", "RE: RE: Phlebotomist", "AW: Einladung zum Vorstellungsgespräch", "Antw: sollicitatie",
                          "SV: Intervju", "  re : trial shift"})
        EXPECT_TRUE(is_reply_subject(s)) << s;
    for (const auto* s : {"Interview confirmation", "Re: Fwd: offer", "Fwd: Re: interview", "Regarding your interview", "Research post"})
        EXPECT_FALSE(is_reply_subject(s)) << s;
}

TEST(Segment, CutsSignatureAndLegalFooter)
{
    const std::string text = "We have decided to move on.\n-- \nJane Doe\nAcme GmbH\n";
    const auto s = segment(text);
    EXPECT_EQ(s.newest, "We have decided to move on.\n");
    EXPECT_EQ(s.signature, "-- \nJane Doe\nAcme GmbH\n");
    const std::string legal = "Please share your availability.\n\nCONFIDENTIALITY NOTICE: if you are not the intended "
                              "recipient, unfortunately you must not read this.";
    EXPECT_EQ(segment(legal).newest, "Please share your availability.\n\n");
}

TEST(Segment, LeavesAMessageWithoutMarkersWhole)
{
    const std::string text = "Hello,\nthis is all there is.\n";
    const auto s = segment(text);
    EXPECT_EQ(s.newest, text);
    EXPECT_FALSE(s.cut);
}

// A calendar's invitation: the event's title sits between the invitation's mark and the " @ " before its time.
TEST(Segment, ReadsACalendarInvitationsEventTitle)
{
    using onward::classify::calendar_event_title;
    EXPECT_EQ(calendar_event_title("Invitation: Technical Screen - Priya Raman @ Tue Apr 23, 2024 1pm - 2pm (PDT)"),
              "Technical Screen - Priya Raman");
    EXPECT_EQ(calendar_event_title("Uitnodiging: Eerste gesprek @ do 25 apr 2024 14:00 - 15:00"), "Eerste gesprek");
    EXPECT_EQ(calendar_event_title("  updated invitation:   Panel @ Wed"), "Panel");
    // No time after an " @ ": an invitation to something, in words, not a calendar's.
    EXPECT_EQ(calendar_event_title("Invitation: Interview for the Analyst role"), "");
    EXPECT_EQ(calendar_event_title("Re: Invitation: Interview @ Tue"), "");
    EXPECT_EQ(calendar_event_title(""), "");
}

// A list of vacancies: lines that name a job, set out as items or as "title - company - place", in any language.
TEST(Segment, CountsTheLinesOfAListOfVacancies)
{
    using onward::classify::vacancy_lines;
    EXPECT_EQ(vacancy_lines("New this week:\n\n- Backend Engineer (Go) - Tidewater Labs - Remote\n"
                            "\xE2\x80\xA2 Junior Designer, Foxglove Studio (Leeds)\n"
                            "Office Coordinator - Harbor Title - St. Petersburg, FL - $45,000 a year\n"
                            "\xF0\x9F\x93\x8D Pflegefachkraft Notaufnahme \xE2\x80\x93 Klinikum Nord\n"
                            "3. Chargé de projet (H/F) \xC2\xB7 Lyon\n\nSee all jobs"),
              5u);
    // An agenda names people's titles beside times of day; a rota has separators but no job; a verdict is sentences.
    EXPECT_EQ(vacancy_lines("- 10:00 - 10:45 Engineering Manager (Anna)\n- 11:00 - 11:30 Senior Engineer (Tom)\n"
                            "- 11:30 - 12:00 Head of Data (Sue)"),
              0u);
    EXPECT_EQ(vacancy_lines("Feb 2 \xE2\x80\x93 Nursery: Renee D. | Greeters: Cody L.\nFeb 9 \xE2\x80\x93 Nursery: Sarah P. | Greeters: Al M."),
              0u);
    EXPECT_EQ(vacancy_lines("Thank you for applying for the Data Engineer role. We have decided to move forward with other candidates "
                            "for the Data Engineer position.\nBest wishes,\nTalent Team"),
              0u);
}
