#include "classify/classifier.hpp"
#include "classify/extract.hpp"

#include <gtest/gtest.h>

using namespace onward::classify;

namespace {

Extracted extracted(std::string body, std::string subject, std::string from)
{
    Email e;
    e.body = std::move(body);
    e.subject = std::move(subject);
    e.from = std::move(from);
    return classify(e).extracted;
}

} // namespace

TEST(ParseSender, Forms)
{
    auto s = parse_sender("\"Doe, Jane\" <Jane.Doe@Acme.com>");
    EXPECT_EQ(s.name, "Doe, Jane");
    EXPECT_EQ(s.email, "jane.doe@acme.com");
    EXPECT_EQ(s.domain, "acme.com");
    s = parse_sender("jobs@acme.io (Acme Jobs)");
    EXPECT_EQ(s.name, "Acme Jobs");
    EXPECT_EQ(s.email, "jobs@acme.io");
    EXPECT_EQ(parse_sender("plain@example.org").email, "plain@example.org");
    EXPECT_EQ(parse_sender("").email, "");
}

TEST(Ats, FromSenderDomainAndLinks)
{
    EXPECT_EQ(ats_from_domain("us.greenhouse-mail.io"), "greenhouse");
    EXPECT_EQ(ats_from_domain("hire.lever.co"), "lever");
    EXPECT_EQ(ats_from_domain("acme.wd5.myworkday.com"), "workday");
    EXPECT_EQ(ats_from_domain("acme.teamtailor-mail.com"), "teamtailor");
    EXPECT_FALSE(ats_from_domain("notlever.co"));
    EXPECT_FALSE(ats_from_domain("acme.com"));
    EXPECT_EQ(extracted("Track your application at https://jobs.smartrecruiters.com/acme/123", "", "jobs@acme.com").ats,
              "smartrecruiters");
    EXPECT_EQ(extracted("Apply at https://acme.jobs.personio.de/job/1", "", "").ats, "personio");
}

TEST(Extract, CompanyFromDisplayNameOfAnAts)
{
    const auto x = extracted("Thank you for applying.", "Your application", "Acme Robotics Recruiting <no-reply@hire.lever.co>");
    EXPECT_EQ(x.company, "Acme Robotics");
    EXPECT_EQ(x.ats, "lever");
    EXPECT_EQ(x.contact.email, ""); // a robot's address is no contact
}

TEST(Extract, CompanyFromTextAndRoleFromPhrases)
{
    auto x = extracted("Thank you for your interest in the Senior Data Engineer position at Northwind Labs. Unfortunately...",
                       "Update", "noreply@mailer.example.net");
    EXPECT_EQ(x.company, "Northwind Labs");
    EXPECT_EQ(x.role, "Senior Data Engineer");
    x = extracted("vielen Dank für Ihre Bewerbung als Werkstudent Softwareentwicklung bei der Velora AG.", "", "");
    EXPECT_EQ(x.role, "Werkstudent Softwareentwicklung");
    EXPECT_EQ(x.company, "Velora AG");
}

TEST(Extract, RoleFromSubject)
{
    EXPECT_EQ(extracted("", "Your application for Product Analyst at Acme", "").role, "Product Analyst");
    EXPECT_EQ(extracted("", "Ihre Bewerbung als \xE2\x80\x9EJava Entwickler (m/w/d)\xE2\x80\x9C", "").role,
              "Java Entwickler (m/w/d)");
    EXPECT_EQ(extracted("", "Candidature au poste de Développeur Full Stack", "").role, "Développeur Full Stack");
    EXPECT_EQ(extracted("", "Your application to Site Reliability Engineer at Helix Robotics", "").role,
              "Site Reliability Engineer");
    EXPECT_EQ(extracted("", "Your application to Helix Robotics", "").role, ""); // the employer, not a role
    EXPECT_EQ(extracted("", "Update zu Ihrer Bewerbung für den Job Backend Entwickler (w/m/d)", "").role,
              "Backend Entwickler (w/m/d)");
    EXPECT_EQ(extracted("", "Ihre Bewerbung als Data Analyst (m/w/d) vom 03.11.2025", "").role, "Data Analyst (m/w/d)");
}

// The employer named in a subject about the application, when neither signature nor sender names it.
TEST(Extract, CompanyFromSubject)
{
    EXPECT_EQ(extracted("We will not move forward.", "Thank You for Your Interest in Marigold Health", "").company, "Marigold Health");
    EXPECT_EQ(extracted("We will not move forward.", "Your Application with Tidewater Logistics", "").company, "Tidewater Logistics");
    EXPECT_EQ(extracted("We will not move forward.", "Your application for Data Engineer Intern - Boston at Brightpath Media", "").company,
              "Brightpath Media");
    EXPECT_EQ(extracted("Let's talk.", "Interview at 3 PM", "").company, ""); // not about an application
    EXPECT_EQ(extracted("Thank you for your interest in the Data Analyst opening at Orbis Energy.", "Update", "").company,
              "Orbis Energy");
}

// A role phrase ends where the sentence goes on with a clause of its own.
TEST(Extract, RoleEndsBeforeTheClauseThatFollows)
{
    const auto x = extracted("We will not proceed with your application for the position of Account Executive as we "
                             "have decided to move forward with other candidates.", "", "");
    EXPECT_EQ(x.role, "Account Executive");
}

TEST(Extract, PersonContactAndCompanyFromDomain)
{
    const auto x = extracted("Hi, thanks for the chat.\n\nBest regards,\nJane Smith", "Re: chat", "Jane Smith <jane.smith@kestrel-analytics.com>");
    EXPECT_EQ(x.contact.name, "Jane Smith");
    EXPECT_EQ(x.contact.email, "jane.smith@kestrel-analytics.com");
    EXPECT_EQ(x.company, "Kestrel-analytics");
}

TEST(Extract, SignatureNameAndLegalForm)
{
    const auto x = extracted("We regret to inform you...\n\nMit freundlichen Grüßen\nLena Hoffmann\nLarchwood GmbH\n",
                             "Absage", "Larchwood Karriere <noreply@larchwood.de>");
    EXPECT_EQ(x.company, "Larchwood GmbH");
    EXPECT_EQ(x.contact.name, "Lena Hoffmann");
}

TEST(Extract, DisplayNameWithCompany)
{
    const auto x = extracted("Hello", "Hi", "Priya Raman from Bluefin Systems <priya@bluefin.example>");
    EXPECT_EQ(x.contact.name, "Priya Raman");
    EXPECT_EQ(x.company, "Bluefin Systems");
}

// A team's name for the company: the company is the name beside the team's words, and a person
// writes only where a name stands there too.
TEST(Extract, DisplayNameOfATeam)
{
    const struct {
        const char* from;
        const char* company;
        const char* person;
    } senders[] = {
        {"Careers at Northwind Labs <jobs@northwind.example>", "Northwind Labs", ""},
        {"Hiring @ Saltmarsh <hiring@saltmarsh.example>", "Saltmarsh", ""},
        {"The Hiring Team at Gridwell <team@gridwell.example>", "Gridwell", ""},
        {"Talent Acquisition | Brightloom Inc <ta@brightloom.example>", "Brightloom Inc", ""},
        {"Pablo Serrano – Talent @ Vinilo <pablo@vinilo.example>", "Vinilo", "Pablo Serrano"},
        {"Harrowgate Foods - Careers <careers@harrowgate.example>", "Harrowgate Foods", ""},
        {"Jane Doe | Recruiting <jane@acme.example>", "Acme", "Jane Doe"},
    };
    for (const auto& s : senders) {
        const auto x = extracted("Thank you for applying. We will review your application.", "Your application", s.from);
        EXPECT_EQ(x.company, s.company) << s.from;
        EXPECT_EQ(x.contact.name, s.person) << s.from;
    }
}

// The classifier tells extraction which trigger words its automaton saw, and extraction searches
// only those: the answers must be those of searching for every word.
TEST(Extract, SearchingOnlyTheTriggersSeenChangesNothing)
{
    const struct {
        const char* subject;
        const char* body;
    } emails[] = {
        {"Your application for Senior Data Engineer", "Thank you for your interest in Northwind Labs."},
        {"Application: Product Analyst", "We reviewed your application to Kestrel Analytics for the Product Analyst role."},
        {"Ihre Bewerbung als Werkstudent", "vielen Dank für Ihr Interesse an der Velora AG und Ihre Bewerbung bei uns."},
        {"Candidature : Développeur", "Merci pour votre candidature au poste de Développeur Full Stack chez Maison Arden."},
        {"Tu candidatura", "Gracias por tu interés en la empresa Grupo Olmeda y en el puesto de Analista de Datos."},
        {"Sollicitatie voor de functie Projectleider", "Bedankt voor je sollicitatie bij Van Dijk Techniek als projectleider."},
        {"Update", "We loved meeting you for the Senior Backend Developer position at Bluefin Systems. Join us at en Bei X."},
        {"APPLICATION FOR the role", "Your APPLICATION FOR THE Marketing Manager ROLE at QUARRY & FINCH has been received."},
    };
    for (const auto& m : emails) {
        Email e;
        e.subject = m.subject;
        e.body = m.body;
        e.from = "Careers <jobs@example.com>";
        const auto seen = classify(e).extracted;
        const auto searched = extract({m.subject, e.from, m.body, {}, std::nullopt});
        EXPECT_EQ(seen.company, searched.company) << m.body;
        EXPECT_EQ(seen.role, searched.role) << m.body;
    }
}

TEST(Extract, TellsAPersonalMailboxFromAnEmployersDomain)
{
    EXPECT_TRUE(is_personal_mailbox("Chloe Adebayo <chloe.adebayo@gmail.com>"));
    EXPECT_TRUE(is_personal_mailbox("\"Anja S.\" <anja.s87@web.de>"));
    EXPECT_TRUE(is_personal_mailbox("geraldine.price@btinternet.com"));
    EXPECT_FALSE(is_personal_mailbox("Acme Careers <jobs@acme.com>"));
    EXPECT_FALSE(is_personal_mailbox("Acme <no-reply@us.greenhouse-mail.io>"));
    EXPECT_FALSE(is_personal_mailbox("someone@gmail.com.evil.example"));
    EXPECT_FALSE(is_personal_mailbox(""));
}

