#include "classify/classifier.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

using namespace onward::classify;

namespace {

Result run(std::string body, std::string subject = "", std::string from = "")
{
    Email e;
    e.body = std::move(body);
    e.subject = std::move(subject);
    e.from = std::move(from);
    return classify(e);
}

Label label_of(std::string body, std::string subject = "") { return run(std::move(body), std::move(subject)).label; }

bool has_rule(const Result& r, std::string_view prefix)
{
    for (const auto& e : r.evidence)
        if (e.rule.rfind(prefix, 0) == 0) return true;
    return false;
}

} // namespace

TEST(Classify, PlainRejectionsInFiveLanguages)
{
    EXPECT_EQ(label_of("Thank you for applying. Unfortunately, we will not be moving forward with your application."),
              Label::rejection);
    EXPECT_EQ(label_of("Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können."),
              Label::rejection);
    EXPECT_EQ(label_of("Nous avons le regret de vous informer que votre candidature n'a pas été retenue."), Label::rejection);
    EXPECT_EQ(label_of("Lamentablemente hemos decidido continuar con otros candidatos para el puesto."), Label::rejection);
    EXPECT_EQ(label_of("Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie."), Label::rejection);
}

// An application said to stand still is waiting, not refused: a search paused beside it is that wait. Where it only
// stays in a pool after the post is gone, the verdict stands.
TEST(Classify, AnApplicationThatStillStandsOutweighsAPause)
{
    EXPECT_EQ(label_of("Dear applicant, the search has been paused while the university completes its budget review. Your application "
                       "remains active and no decisions have been made at this stage.",
                       "Search update"),
              Label::application_received);
    EXPECT_EQ(label_of("Thank you for your interest. This position has been filled. Your application remains active in our applicant "
                       "pool for other positions.",
                       "Application status"),
              Label::rejection);
}

// A no for one role beside an interview for another: the interview is the next step; the no alone stays a no.
TEST(Classify, AnInterviewForAnotherRoleOutweighsTheNoForTheFirst)
{
    EXPECT_EQ(label_of("Hi Maya, the team decided to go with someone with more statutory experience for the Senior Analyst role, so we "
                       "won't be moving forward for that one. The hiring manager would like to interview you for an Analyst opening on "
                       "the same team. Would you be available for a 30-minute call on Thursday?",
                       "Another opportunity"),
              Label::interview);
    EXPECT_EQ(label_of("Hi Maya, the team decided to go with someone with more statutory experience for the Senior Analyst role, so we "
                       "won't be moving forward with your application. We wish you the best in your search.",
                       "Your application"),
              Label::rejection);
}

// An interview called off because the post is gone is a no, whichever comes first, in one sentence or the next, in
// any language; an interview called off and moved stays an interview.
TEST(Classify, AnInterviewCalledOffBecauseThePostIsFilledIsANo)
{
    EXPECT_EQ(label_of("Hi Sam, unfortunately we need to cancel your interview on Thursday as the position has been filled. Best, Anna",
                       "Your interview"),
              Label::rejection);
    EXPECT_EQ(label_of("Hi Sam, the role has been filled, so I'm cancelling our call on Friday. Sorry! Anna", "Friday"), Label::rejection);
    EXPECT_EQ(label_of("Hi Sam, I need to cancel our interview on Thursday. The role has been filled. Sorry, Anna", "Thursday"),
              Label::rejection);
    EXPECT_EQ(label_of("Hallo Sam, wir müssen das Gespräch am Donnerstag leider absagen, da die Stelle inzwischen besetzt ist. "
                       "Viele Grüße, Anna",
                       "Ihr Vorstellungsgespräch"),
              Label::rejection);
    EXPECT_EQ(label_of("Hi Sam, unfortunately I need to cancel our interview on Thursday. Could we move it to Friday at 10? Anna",
                       "Your interview"),
              Label::interview);
}

// A digest that lists vacancies in words no alert phrase reads is a job alert; a no that suggests three similar jobs
// below it stays a no.
TEST(Classify, AListOfVacanciesIsAnAlertButNotBesideAVerdict)
{
    EXPECT_EQ(label_of("Hi Joy,\n\nfresh from our board this week:\n\n- Backend Engineer (Django) @ Bergwerk IT - Graz\n"
                       "- Data Engineer @ Nordlicht Software - Wien\n- Junior Developer @ Alpenlog - Linz\n\nHave a good week!",
                       "Python in Austria, week 12"),
              Label::job_alert);
    EXPECT_EQ(label_of("Hi Joy,\n\nAfter reviewing your application, the hiring team won't be moving forward with it for this role.\n\n"
                       "Similar roles:\n- Backend Engineer - Bergwerk IT - Graz\n- Data Engineer - Nordlicht Software - Wien\n"
                       "- Junior Developer - Alpenlog - Linz",
                       "Your application to Backend Engineer"),
              Label::rejection);
}

// A refusal of another world's (a nursery place) speaks of its own meeting: that is no job's interview. An invitation
// that outweighs a passing regret stays one, whatever world its employer's name belongs to.
TEST(Classify, AnInterviewAnotherWorldsRefusalOutweighsCountsForNothing)
{
    EXPECT_EQ(label_of("Liebe Familie Berger,\n\nvielen Dank für das nette Kennenlerngespräch im Frühjahr. Leider können wir Ihrer "
                       "Tochter keinen Betreuungsplatz anbieten, da Geschwisterkinder Vorrang hatten.\n\nKita Regenbogen",
                       "Vergabe der Betreuungsplätze"),
              Label::other);
    EXPECT_EQ(label_of("Sehr geehrte Frau Berger,\n\nleider müssen wir den Termin am Dienstag verschieben. Wir laden Sie gern zum "
                       "Vorstellungsgespräch am Donnerstag um 10 Uhr ein.\n\nPersonalabteilung, Rheinland Versicherung",
                       "Ihr Vorstellungsgespräch"),
              Label::interview);
}

// A calendar's invitation says only when, where and who: its event's title names the step.
TEST(Classify, ACalendarInvitationToAnInterviewIsAnInterview)
{
    const char* body = "Wednesday Jun 12, 2024 10am - 11am Central Time\nJoining info: meet.example/abc-defg-hij\n\nGuests:\n"
                       "nora@example.com - organizer\nsam@example.com\n\nInvitation from Google Calendar";
    EXPECT_EQ(label_of(body, "Invitation: Technical interview - Sam Lee @ Wed Jun 12, 2024 10am - 11am (CDT)"), Label::interview);
    EXPECT_EQ(label_of(body, "Invitation: Quarterly planning @ Wed Jun 12, 2024 10am - 11am (CDT)"), Label::other);
    EXPECT_EQ(label_of(body, "Invitation: Interview prep with Nora @ Wed Jun 12, 2024 10am - 11am (CDT)"), Label::other);
}

// Regret about pay inside an offer is the offer's terms, not a refusal.
TEST(Classify, AnOffersFixedTermsAreNoRefusal)
{
    EXPECT_EQ(label_of("Dear Sam, I'm delighted to send your formal offer for the Platform Engineer role. Unfortunately we can't move on "
                       "the base salary, but we have added three days of leave. The offer is valid until Friday.",
                       "Your offer"),
              Label::offer);
    EXPECT_EQ(label_of("¡Tenemos buenas noticias! El comité ha decidido proponerte para el puesto de Oficial de Programas. "
                       "Lamentablemente, el salario está fijado por convenio y no es negociable.",
                       "Propuesta de incorporación"),
              Label::offer);
}

// A family that lists a word and its starred twin ("stipendium", "*stipendium") keeps both: the second finds the
// word inside a longer one ("Deutschlandstipendium"), which puts this refusal in the world of grants.
TEST(Classify, AStarredPhraseBesideItsPlainTwinStillMatchesInsideWords)
{
    const auto r = run("Guten Tag, leider können wir Ihnen das Deutschlandstipendium in diesem Jahr nicht gewähren.", "Ihr Antrag");
    EXPECT_EQ(r.label, Label::other);
    EXPECT_TRUE(has_rule(r, "context.not_about_a_job"));
}

TEST(Classify, SoftRejectionsWithoutUnfortunately)
{
    EXPECT_EQ(label_of("Thanks for your time. The position has been filled."), Label::rejection);
    EXPECT_EQ(label_of("We wanted to let you know the role has been put on hold, so we are closing your application."),
              Label::rejection);
    EXPECT_EQ(label_of("The team has decided to pursue other candidates for this role."), Label::rejection);
    EXPECT_EQ(label_of("After our chat we felt you are not the right fit for the position."), Label::rejection);
    EXPECT_EQ(label_of("My client has decided to go with another candidate for the position."), Label::rejection);
    EXPECT_EQ(label_of("Die Stelle ist inzwischen anderweitig besetzt."), Label::rejection);
}

TEST(Classify, ConditionalWordingIsAConfirmationNotARejection)
{
    EXPECT_EQ(label_of("We have received your application. If we decide not to move forward, we will let you know."),
              Label::application_received);
    EXPECT_EQ(label_of("Thank you for applying. If you don't hear from us within 4 weeks, please consider your "
                       "application unsuccessful."),
              Label::application_received);
    EXPECT_EQ(label_of("Thank you for your application. Unfortunately we cannot reply to every applicant individually."),
              Label::application_received);
    EXPECT_EQ(label_of("Vielen Dank für Ihre Bewerbung. Sollten Sie innerhalb von vier Wochen nichts von uns hören, "
                       "betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt."),
              Label::application_received);
    const auto r = run("Thanks for applying! If we decide not to move forward with your application we will email you.");
    EXPECT_TRUE(has_rule(r, "context.neutralised"));
}

TEST(Classify, RescheduledInterviewIsNotARejection)
{
    const auto r = run("Hi, unfortunately I need to reschedule our interview tomorrow. Would Thursday work instead?");
    EXPECT_EQ(r.label, Label::interview);
    EXPECT_EQ(label_of("Leider muss ich unseren Termin verschieben. Passt Ihnen Freitag um 10 Uhr?"), Label::interview);
}

// A negation between an invitation's two parts refuses it, as one before the whole phrase does; a
// wish between a negation and an invitation starts a clause of its own.
TEST(Classify, NegatedInvitationsAreRejectionsAndWishesAreInvitations)
{
    EXPECT_EQ(label_of("Vielen Dank für Ihren Besuch. Wir laden Sie daher nicht zur finalen Runde ein."), Label::rejection);
    EXPECT_EQ(label_of("Vielen Dank für Ihren Besuch. Wir laden Sie gerne zur finalen Runde ein."), Label::interview);
    EXPECT_EQ(label_of("We're not done yet - the team would like to see you for a second interview on Monday."), Label::interview);
    EXPECT_EQ(label_of("We will not be able to see you for a second interview."), Label::rejection);
}

TEST(Classify, OfferAndInterviewInsideARejection)
{
    EXPECT_EQ(label_of("Thank you for interviewing with us. We have extended an offer to another candidate."),
              Label::rejection);
    EXPECT_EQ(label_of("Thanks for the interview last week. Unfortunately we will not be inviting you to the next round."),
              Label::rejection);
    EXPECT_EQ(label_of("We are not able to offer you the position at this time."), Label::rejection);
}

TEST(Classify, InvitationsAndOffers)
{
    EXPECT_EQ(label_of("We would like to invite you to an interview. Please share your availability."), Label::interview);
    EXPECT_EQ(label_of("Gerne möchten wir Sie zu einem persönlichen Gespräch einladen."), Label::interview);
    EXPECT_EQ(label_of("We are delighted to offer you the position. Your offer letter is attached."), Label::offer);
}

TEST(Classify, RejectionsThatAreNotAboutAJob)
{
    const auto claim = run("Unfortunately we are unable to approve your insurance claim; the damage is not covered.");
    EXPECT_EQ(claim.label, Label::other);
    EXPECT_TRUE(has_rule(claim, "context.not_about_a_job"));
    EXPECT_EQ(label_of("We regret to inform you that your manuscript has not been accepted. The reviewers found..."),
              Label::other);
    EXPECT_EQ(label_of("Unfortunately we have decided to rent the apartment to other applicants."), Label::other);
    EXPECT_EQ(label_of("Leider können wir Ihren Antrag auf eine Kreditkarte nicht annehmen."), Label::other);
}

TEST(Classify, AccountAndSecurityCodeMail)
{
    EXPECT_EQ(label_of("Your verification code is 123456. Use it to sign in to your candidate account."), Label::other);
    EXPECT_EQ(label_of("Click the link to reset your password for our careers site."), Label::other);
}

TEST(Classify, AlertsAndNewslettersThatTalkAboutRejection)
{
    EXPECT_EQ(label_of("Job alert: new jobs matching your search. Data Engineer at Acme. Apply now. Unsubscribe."),
              Label::job_alert);
    EXPECT_EQ(label_of("Our weekly newsletter: how to bounce back when a company went with other candidates. Read the full "
                       "article."),
              Label::other);
}

TEST(Classify, ListsOfPostingsWithoutAlertWordsAreAlerts)
{
    EXPECT_EQ(label_of("Backend Engineer\nAcme | Denver, CO\nPosted 3 days ago\n\nData Analyst\nGlobex | Remote\n"
                       "Posted 8 days ago\n\nMore jobs like this"),
              Label::job_alert);
    // One marker alone is not a list; a rejection that ends in a list of other postings stays one.
    EXPECT_NE(label_of("We have just posted the photos from the team day."), Label::job_alert);
    EXPECT_EQ(label_of("Thank you for applying. Unfortunately, we will not be moving forward with your application.\n\n"
                       "Other roles: Data Analyst - posted 3 days ago; UX Researcher - posted 9 days ago"),
              Label::rejection);
}

TEST(Classify, ADescribedProcessIsNoInvitation)
{
    const auto confirmation = run("Thanks for applying! We review every application within two weeks. Our hiring process "
                                  "consists of a short phone interview, a take-home task and a final interview.");
    EXPECT_EQ(confirmation.label, Label::application_received);
    EXPECT_TRUE(has_rule(confirmation, "context.what_may_come"));
    EXPECT_EQ(label_of("We would like to invite you to interview for the role. Our process consists of two rounds: a "
                       "technical interview and a talk with the founders. Please share your availability."),
              Label::interview);
    // The same holds for outreach wording after a condition.
    EXPECT_EQ(label_of("Thank you for your interest in employment with us. We are reviewing your resume; if your "
                       "experience matches our requirements, we will contact you to discuss the position."),
              Label::application_received);
}

TEST(Classify, OnlyTheNewestMessageCounts)
{
    const auto r = run("Sounds great, Tuesday at 10 works. Please send the invite.\n\nOn Mon, 3 Nov 2025 at 09:12, "
                       "Jane <jane@acme.com> wrote:\n> Unfortunately we have decided to move forward with other candidates.");
    EXPECT_NE(r.label, Label::rejection);
    const auto fwd = run("FYI\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\nSubject: Update\n\n"
                         "We regret to inform you that we will not be moving forward with your application.",
                         "Fwd: Update");
    EXPECT_EQ(fwd.label, Label::rejection);
}

TEST(Classify, NoEvidenceIsOtherWithLowConfidence)
{
    const auto r = run("Are you free for lunch on Friday?");
    EXPECT_EQ(r.label, Label::other);
    EXPECT_LT(r.confidence, 0.95);
    EXPECT_TRUE(r.evidence.empty());
}

TEST(Classify, EvidenceAndConfidence)
{
    const auto r = run("Unfortunately, we have decided to move forward with other candidates whose experience more "
                       "closely matches the role. We wish you the best in your job search.");
    ASSERT_EQ(r.label, Label::rejection);
    EXPECT_GE(r.confidence, 0.9);
    EXPECT_LE(r.confidence, 0.99);
    ASSERT_FALSE(r.evidence.empty());
    EXPECT_EQ(r.evidence.front().rule, "rejection.other_candidates");
    EXPECT_GT(r.evidence.front().weight, 0);
}

TEST(Classify, DetectsLanguageOrTakesTheHint)
{
    EXPECT_EQ(run("Thank you for your application to our team.").lang, "en");
    EXPECT_EQ(run("Vielen Dank für Ihre Bewerbung und Ihr Interesse an uns.").lang, "de");
    EXPECT_EQ(run("Nous vous remercions pour votre candidature.").lang, "fr");
    EXPECT_EQ(run("Gracias por tu candidatura para el puesto.").lang, "es");
    EXPECT_EQ(run("Bedankt voor je sollicitatie en je interesse in het bedrijf.").lang, "nl");
    Email e;
    e.body = "Thank you";
    e.lang = "de";
    EXPECT_EQ(classify(e).lang, "de");
}

TEST(Classify, HugeBodyStaysCorrect)
{
    std::string body = "Unfortunately, we will not be moving forward with your application.\n";
    std::string filler;
    while (filler.size() < 3'000'000) filler += "lorem ipsum dolor sit amet, consectetur adipiscing elit. ";
    const auto r = run(body + filler);
    EXPECT_EQ(r.label, Label::rejection);
    const auto garbage = run(std::string(1'000'000, '<') + std::string(1'000'000, '&') + std::string(500'000, '='));
    EXPECT_EQ(garbage.label, Label::other);
}

TEST(Classify, IsThreadSafe)
{
    const std::string body = "We regret to inform you that the position has been filled.";
    const auto expected = run(body);
    std::vector<std::thread> threads;
    std::vector<int> same(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) same[static_cast<std::size_t>(t)] += run(body).label == expected.label ? 1 : 0;
        });
    for (auto& th : threads) th.join();
    for (int v : same) EXPECT_EQ(v, 50);
}

TEST(ToJson, HasTheContractShape)
{
    const auto r = run("We regret to inform you that we will not be moving forward.", "Your application",
                       "Acme Careers <no-reply@us.greenhouse-mail.io>");
    const auto j = to_json(r);
    EXPECT_EQ(j.at("label"), "rejection");
    EXPECT_TRUE(j.at("confidence").is_number());
    EXPECT_TRUE(j.at("evidence").is_array());
    EXPECT_TRUE(j.at("evidence").at(0).at("rule").is_string());
    EXPECT_EQ(j.at("lang"), "en");
    EXPECT_EQ(j.at("extracted").at("company"), "Acme");
    EXPECT_TRUE(j.at("extracted").at("role").is_string());
    EXPECT_TRUE(j.at("extracted").at("contact").at("name").is_string());
    EXPECT_TRUE(j.at("extracted").at("contact").at("email").is_string());
    EXPECT_EQ(j.at("extracted").at("ats"), "greenhouse");
    EXPECT_TRUE(to_json(run("hello")).at("extracted").at("ats").is_null());
}

TEST(Labels, RoundTrip)
{
    for (auto l : all_labels) EXPECT_EQ(label_from_string(to_string(l)), l);
    EXPECT_FALSE(label_from_string("spam"));
}

// Long phrase families are compiled as a head in the automaton and later segments checked right
// after it: the phrase must be found whole, only in order, and never across a sentence end.
TEST(Classify, ChainedPhrasesAreFoundWholeAndInOrder)
{
    const auto whole = run("Thank you for your time. We have decided to move forward with other candidates for this role.");
    EXPECT_EQ(whole.label, Label::rejection);
    bool found = false;
    for (const auto& e : whole.evidence)
        if (e.rule == "rejection.other_candidates") {
            EXPECT_EQ(e.phrase, "move forward with other candidate"); // "candidate*": the rest of the word is not shown
            found = true;
        }
    EXPECT_TRUE(found);

    // The same words split by a sentence end, or with the later words before the head, are no phrase.
    const auto fired = [](const Result& r) {
        for (const auto& e : r.evidence)
            if (e.rule == "rejection.other_candidates") return true;
        return false;
    };
    for (const char* body : {"We will move forward with. Other candidates were also interviewed for this role.",
                             "Other candidates asked us how we move forward with the new office."})
        EXPECT_FALSE(fired(run(body))) << body;
    // The later segments alone ("with other candidates") are no phrase either.
    EXPECT_FALSE(fired(run("She talked with other candidates in the waiting room.")));
}

// "Other candidates" alone is competition, not a decision: a process still running, or a referral
// request, is no rejection; a decision in favour of other candidates is.
TEST(Classify, OtherCandidatesAloneAreNoRejection)
{
    EXPECT_NE(label_of("Thanks for your patience. We are still interviewing other candidates this week and will get back to "
                       "you by Friday."),
              Label::rejection);
    EXPECT_NE(label_of("We're speaking with other applicants over the next two weeks; your application is still under review."),
              Label::rejection);
    EXPECT_NE(label_of("Could you refer other candidates from your network for our open roles? We pay a referral bonus."),
              Label::rejection);
    EXPECT_EQ(label_of("After our conversations we felt that other applicants better matched our needs for the position."),
              Label::rejection);
}

TEST(Classify, TheJobWentToSomeoneElseSaidInManyWays)
{
    for (const char* body : {"Hi Sam, thanks for applying. The role has gone to another candidate.",
                             "Hello Sam, thank you for your time. The position was offered to an internal candidate.",
                             "Hi Sam, we decided on a different candidate for this position.",
                             "Hi Sam, we hired another candidate.",
                             "Dear Sam, other applicants had more relevant experience. Thank you for your interest in Acme.",
                             "Thank you for interviewing with us. We have extended an offer to another candidate."})
        EXPECT_EQ(label_of(body), Label::rejection) << body;
}

// The verdict said of "your application" or of the role with the role's name between them.
TEST(Classify, TheVerdictWithTheRoleNamedBetween)
{
    for (const char* body : {"Hi Sam, your application for Senior Test Engineer at Zephyr has been marked as closed.",
                             "Hi Sam, the Backend Engineer (Payments) position you applied for has now been filled.",
                             "Hi Sam, we've filled the part-time bookkeeper position. Thanks for your CV!"})
        EXPECT_EQ(label_of(body), Label::rejection) << body;
}

// Two rules reading the same words count once: the pair that restates a verdict adds nothing where a
// cue has read the verdict already, and fires where only it can read it.
TEST(Classify, APairRestatingAVerdictCountsOnce)
{
    const auto adjacent = run("Hi Sam, your application has been closed. Thank you for applying to the analyst role.");
    EXPECT_TRUE(has_rule(adjacent, "rejection.unsuccessful"));
    EXPECT_FALSE(has_rule(adjacent, "rejection.application_outcome"));
    const auto apart = run("Hi Sam, your application for the analyst role at Acme has been closed.");
    EXPECT_TRUE(has_rule(apart, "rejection.application_outcome"));
}

// A pair fires where its second part follows its first in one sentence, and only there: the scorer
// drops the parts that could complete nothing (a second part with no first before it in its sentence,
// a first part with no second after it) before it weighs the rest, so these must come out as before.
TEST(Classify, APairsPartsCountInOrderWithinTheirSentence)
{
    constexpr const char* pair = "rejection.unfortunately_negative"; // "unfortunately" ... "decided", "not", "other", ...
    EXPECT_TRUE(has_rule(run("Hi Sam, unfortunately we have decided to fill the role internally."), pair));
    // Second parts everywhere before the first, one after it: the one after it completes the pair.
    EXPECT_TRUE(has_rule(run("Hi Sam, we did not meet and did not talk, and other things came up, but unfortunately the "
                             "role is closed now."),
                         pair));
    // The second part before the first, or in another sentence: no pair.
    EXPECT_FALSE(has_rule(run("Hi Sam, we have not met yet, and unfortunately the office is far. We look forward to it."), pair));
    EXPECT_FALSE(has_rule(run("Hi Sam, the weather was unfortunately grey. We decided to meet on Monday instead."), pair));
    // Many first parts, the second after the last of them: still one pair.
    EXPECT_TRUE(has_rule(run("Sadly, regrettably and unfortunately, the team declined."), pair));
}

// A bare offer to talk, or a named step of the process, is no invitation on its own: rejections say
// "happy to chat about the feedback" and "thank you for completing the HireVue interview" too.
TEST(Classify, AnOfferToTalkInARejectionIsNoInvitation)
{
    EXPECT_EQ(label_of("Thanks again for the second interview. We're not going to be moving forward with your candidacy. "
                       "If you'd like to talk any of it through, I'm happy to set up 20 minutes."),
              Label::rejection);
    EXPECT_EQ(label_of("Thank you for completing the HireVue interview. After careful review, we are unable to offer you a "
                       "place in this summer's class."),
              Label::rejection);
    EXPECT_EQ(label_of("Hi Sam, your phone screen with Priya is confirmed for Monday at 10:00. Unfortunately we can't do "
                       "video that day, so we'll call you."),
              Label::interview);
}

// German, French, Spanish and Dutch noes without the usual regret word.
TEST(Classify, NoesWithoutTheRegretWord)
{
    for (const char* body : {"Hallo Sam, wir haben uns am Ende anders entschieden. Alles Gute für deine Suche!",
                             "Sehr geehrte Frau Muster, danke für Ihre Bewerbung. Unsere Wahl ist diesmal nicht auf Sie gefallen.",
                             "Bonjour, après réflexion, on ne va pas poursuivre avec ta candidature pour ce poste.",
                             "Hola Ana, revisamos tu perfil y decidimos no avanzar con tu candidatura.",
                             "Hoi Lisa, dank voor je sollicitatie. We kiezen deze keer voor iemand anders."})
        EXPECT_EQ(label_of(body), Label::rejection) << body;
    // The same words as a condition of a confirmation are none.
    EXPECT_NE(label_of("Hoi! We hebben je sollicitatie ontvangen. Hoor je binnen twee weken niets, dan hebben we voor iemand "
                       "anders gekozen."),
              Label::rejection);
}

// A friend's letter (a personal mailbox, two words of chat) tells her own no; the same words from an
// employer's domain, or said to the reader in the friend's own words, are a no.
TEST(Classify, AFriendsLetterTellsHerOwnNo)
{
    const std::string story = "Hey you,\n\nSo the museum finally emailed: they've decided to move forward with other "
                              "candidates for the curator job. Honestly gutted.\n\nDrinks Friday? xx\nMeg";
    const auto friends = run(story, "ugh", "Meg Ross <meg.ross87@gmail.com>");
    EXPECT_NE(friends.label, Label::rejection);
    EXPECT_TRUE(has_rule(friends, "context.a_friends_letter"));
    EXPECT_EQ(run(story, "ugh", "Meg Ross <meg.ross@museum.org>").label, Label::rejection);
    // One word of chat is not a friend's letter: a café owner may laugh once.
    EXPECT_EQ(run("Hi Sam, thanks for the trial on Tuesday, haha the dog liked you. We've decided to go with someone who "
                  "can start straight away.",
                  "Tuesday", "Jo <jo.cafe@gmail.com>")
                  .label,
              Label::rejection);
    // Her own words, to the reader: the reader's no.
    EXPECT_EQ(run("hi Sam! My manager asked me to let you know that they've gone with another candidate for the weekend "
                  "role, sorry!! lol she loved your portfolio though. xx",
                  "the weekend job", "Kim <kim.l@gmail.com>")
                  .label,
              Label::rejection);
}
