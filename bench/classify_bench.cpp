// onward-classify-bench: classifier throughput against a baseline that only reads and case-folds
// the same bytes (classify::fold: utf8proc case folding and accent stripping), in the same process.
// Prints MB/s and ratios, no verdicts: the target (issue 3) is >= 200 MB/s and cost linear in length.
// Times are CPU time of the process (std::clock; one thread, so one core), the best of a few runs,
// so that other work on a shared machine weighs less than it would in wall-clock time; the matching
// pass alone (the automaton over already folded text) is printed too, to show where the time goes.

#include "classify/classifier.hpp"
#include "classify/normalize.hpp"
#include "classify/rules.hpp"
#include "classify/segment.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Sentences of the kinds the classifier meets, accents and markup included.
const char* const sentences[] = {
    "Thank you for your interest in the Senior Data Engineer position at Northwind Labs. ",
    "Unfortunately, we have decided to move forward with other candidates whose experience more closely matches. ",
    "Vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. ",
    "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. ",
    "Nous avons bien reçu votre candidature et nous l’étudierons avec attention. ",
    "We would like to invite you to an interview; please share your availability for next week.\n",
    "If you have any questions, don't hesitate to reach out to our recruiting team.\n\n",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ",
    "<p>Best regards,<br>Jane Doe &amp; the Talent Team</p>\n",
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.\n",
};

// A manager's note in her own words after a trial shift: the rules find nothing to call it, so the
// fallback model (model.hpp) reads every word and pair of it, the slowest path an email can take.
const char* const own_words[] = {
    "Thanks again for coming by on Saturday and for working the trial shift with the crew. ",
    "The kitchen was busier than usual, and you kept up with the lunch rush better than most. ",
    "We sat down on Monday to talk about the summer staff and who fits the team for the season. ",
    "Marta said the regulars liked you, and the new menu goes live in two weeks. ",
    "The contract for the terrace is still open, and the owners want to keep the crew small this year. ",
    "Dans la cuisine, l'équipe a beaucoup apprécié ton sérieux pendant le service du midi. ",
    "Die Schicht am Samstag war lang, und das Team hat viel über die Saison gesprochen. ",
    "Parking is behind the building, and the back door code stays the same until June. ",
};

template <std::size_t N>
std::string make_text(std::size_t bytes, unsigned seed, const char* const (&from)[N])
{
    std::string s;
    s.reserve(bytes + 200);
    unsigned x = seed;
    while (s.size() < bytes) {
        x = x * 1103515245u + 12345u;
        s += from[(x >> 16) % N];
    }
    s.resize(bytes);
    return s;
}
std::string make_text(std::size_t bytes, unsigned seed) { return make_text(bytes, seed, sentences); }

template <class F>
double seconds_for(F&& f, int repeat)
{
    double best = 1e9;
    for (int r = 0; r < repeat; ++r) {
        const std::clock_t t0 = std::clock();
        f();
        best = std::min(best, static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC);
    }
    return best;
}

volatile std::size_t sink = 0;

// 4,000 emails of 3 KB (12 MB), their bodies drawn from `from`.
template <std::size_t N>
std::vector<onward::classify::Email> three_kb_emails(const char* subject, const char* sender, const char* const (&from)[N])
{
    std::vector<onward::classify::Email> emails;
    for (unsigned i = 0; i < 4000; ++i) {
        onward::classify::Email e;
        e.subject = subject;
        e.from = sender;
        e.body = make_text(3000, i + 1, from);
        emails.push_back(std::move(e));
    }
    return emails;
}

// The best of three runs over every email: folding the bodies alone (the baseline), and classifying.
struct Times {
    double fold_s, classify_s;
};
Times time_fold_and_classify(const std::vector<onward::classify::Email>& emails)
{
    const double fold_s = seconds_for([&] {
        for (const auto& e : emails) sink = sink + onward::classify::fold(e.body).size();
    }, 3);
    const double classify_s = seconds_for([&] {
        for (const auto& e : emails) sink = sink + onward::classify::classify(e).evidence.size();
    }, 3);
    return {fold_s, classify_s};
}

// The subject, sender and body of every line of a JSON-lines file; empty when it cannot be read.
std::vector<onward::classify::Email> read_emails(const char* path)
{
    std::vector<onward::classify::Email> emails;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object()) continue;
        onward::classify::Email e;
        e.subject = j.value("subject", "");
        e.from = j.value("from", "");
        e.body = j.value("body", "");
        emails.push_back(std::move(e));
    }
    return emails;
}

// 4,000 emails of 3 KB whose bodies join the newest messages of `from` (what classify reads of each: no
// quoted history, signature or footer, which would end the joined body's newest message at the first
// one), drawn at random, one after another (each ends with a blank line). Ten sentences over and over
// (three_kb_emails) keep the same few hundred automaton states, rules and branches warm from email to
// email; real mail is as varied as these are, and its cost per byte is what a reader's inbox costs.
std::vector<onward::classify::Email> joined_emails(const std::vector<onward::classify::Email>& source)
{
    std::vector<onward::classify::Email> from;
    for (const auto& e : source) {
        std::string buffer;
        const auto newest = onward::classify::segment(onward::classify::clean_text(e.body, buffer)).newest;
        if (newest.empty()) continue;
        onward::classify::Email n;
        n.body = std::string(newest);
        from.push_back(std::move(n));
    }
    std::vector<onward::classify::Email> emails;
    if (from.empty()) return emails; // nothing left to join (every body empty once cleaned)
    unsigned x = 1;
    for (unsigned i = 0; i < 4000; ++i) {
        onward::classify::Email e;
        e.subject = "Your application";
        e.from = "Acme Careers <no-reply@us.greenhouse-mail.io>";
        while (e.body.size() < 3000) {
            x = x * 1103515245u + 12345u;
            e.body += from[(x >> 8) % from.size()].body;
            e.body += "\n\n";
        }
        e.body.resize(3000);
        emails.push_back(std::move(e));
    }
    return emails;
}

} // namespace

// Emails as people get them: the subject and body of every line of a JSON-lines file (our labelled
// fixtures, or any other set), classified over and over. Real emails are short (a few hundred
// bytes), so what each email costs whatever its length weighs more here than in the 3 KB set.
int bench_file(const char* path)
{
    const auto emails = read_emails(path);
    if (emails.empty()) {
        std::fprintf(stderr, "onward-classify-bench: no emails in %s\n", path);
        return 1;
    }
    std::size_t total = 0;
    for (const auto& e : emails) total += e.subject.size() + e.body.size();
    (void)onward::classify::classify(emails[0]);
    constexpr int rounds = 20;
    const double fold_s = seconds_for([&] {
        for (int r = 0; r < rounds; ++r)
            for (const auto& e : emails) sink = sink + onward::classify::fold(e.subject).size() + onward::classify::fold(e.body).size();
    }, 3);
    const double classify_s = seconds_for([&] {
        for (int r = 0; r < rounds; ++r)
            for (const auto& e : emails) sink = sink + onward::classify::classify(e).evidence.size();
    }, 3);
    const double mb = static_cast<double>(total) * rounds / 1e6;
    std::printf("%s: %zu emails, %.0f bytes on average, CPU time\n", path, emails.size(),
                static_cast<double>(total) / static_cast<double>(emails.size()));
    std::printf("  baseline read+fold : %8.1f MB/s\n", mb / fold_s);
    std::printf("  classify           : %8.1f MB/s   (%.2fx the baseline's time, %.1f us an email)\n", mb / classify_s,
                classify_s / fold_s, classify_s * 1e6 / (static_cast<double>(emails.size()) * rounds));
    return 0;
}

// 3 KB emails joined from the bodies of any JSON-lines file (`--joined FILE`): the same measure as the
// default run's joined line, on mail other than ours (the dev corpus, say, which stays outside the project).
int bench_joined(const char* path)
{
    const auto from = read_emails(path);
    if (from.empty()) {
        std::fprintf(stderr, "onward-classify-bench: no emails in %s\n", path);
        return 1;
    }
    const auto joined = joined_emails(from);
    if (joined.empty()) {
        std::fprintf(stderr, "onward-classify-bench: no text to join in %s\n", path);
        return 1;
    }
    (void)onward::classify::classify(joined[0]);
    const auto [fold_s, classify_s] = time_fold_and_classify(joined);
    std::printf("%s joined: %zu x 3 KB, CPU time\n", path, joined.size());
    std::printf("  baseline read+fold : %8.1f MB/s\n", 12.0 / fold_s);
    std::printf("  classify           : %8.1f MB/s   (%.2fx the baseline's time)\n", 12.0 / classify_s, classify_s / fold_s);
    return 0;
}

int main(int argc, char** argv)
{
    if (argc > 2 && std::string_view(argv[1]) == "--joined") return bench_joined(argv[2]);
    if (argc > 1) return bench_file(argv[1]);

    // 1. Many ordinary emails (about 3 KB each, 12 MB in all).
    const auto emails = three_kb_emails("Your application", "Acme Careers <no-reply@us.greenhouse-mail.io>", sentences);
    (void)onward::classify::classify(emails[0]); // builds the automaton once, outside the timing
    const auto [fold_s, classify_s] = time_fold_and_classify(emails);
    const auto& automaton = onward::classify::catalogue().automaton;
    std::vector<std::string> folded;
    for (const auto& e : emails) folded.push_back(onward::classify::fold(e.body));
    std::vector<onward::classify::Match> matches;
    const double match_s = seconds_for([&] {
        for (const auto& f : folded) {
            matches.clear();
            automaton.collect(f, matches);
            sink = sink + matches.size();
        }
    }, 3);
    const double mb = 12.0;
    std::printf("emails: %zu x ~3 KB (%.1f MB), CPU time\n", emails.size(), mb);
    std::printf("  baseline read+fold : %8.1f MB/s\n", mb / fold_s);
    std::printf("  classify           : %8.1f MB/s   (%.2fx the baseline's time)\n", mb / classify_s, classify_s / fold_s);
    std::printf("  match pass alone   : %8.1f MB/s   (%.1f matches a KB)\n", mb / match_s,
                static_cast<double>(matches.size()) * 1000.0 / static_cast<double>(folded.back().size()));

    // 1b. The same number of 3 KB notes the rules leave to the fallback model.
    const auto notes = three_kb_emails("Saturday", "Luca Bianchi <luca@trattoria-bianchi.example>", own_words);
    const auto [notes_fold_s, notes_s] = time_fold_and_classify(notes);
    std::printf("notes in the writer's own words: %zu x 3 KB, the fallback model asked\n", notes.size());
    std::printf("  baseline read+fold : %8.1f MB/s\n", mb / notes_fold_s);
    std::printf("  classify           : %8.1f MB/s   (%.2fx the baseline's time)\n", mb / notes_s, notes_s / notes_fold_s);

    // 1c. 3 KB emails joined from our own labelled emails (tests/fixtures/classify/emails.jsonl).
    if (const auto joined = joined_emails(read_emails(ONWARD_FIXTURE_EMAILS)); !joined.empty()) {
        const auto [joined_fold_s, joined_s] = time_fold_and_classify(joined);
        std::printf("our labelled emails joined (their newest messages): %zu x 3 KB, as varied as real mail\n", joined.size());
        std::printf("  baseline read+fold : %8.1f MB/s\n", mb / joined_fold_s);
        std::printf("  classify           : %8.1f MB/s   (%.2fx the baseline's time)\n", mb / joined_s, joined_s / joined_fold_s);
    }

    // 2. One body at growing lengths: cost per byte should stay flat (linear in length).
    std::printf("one body, growing:\n");
    double first_per_byte = 0;
    for (std::size_t len : {300'000u, 1'000'000u, 3'000'000u}) {
        onward::classify::Email e;
        e.body = make_text(len, 7);
        const double f = seconds_for([&] { sink = sink + onward::classify::fold(e.body).size(); }, 5);
        const double c = seconds_for([&] { sink = sink + onward::classify::classify(e).evidence.size(); }, 5);
        const double per_byte = c / static_cast<double>(len);
        if (first_per_byte == 0) first_per_byte = per_byte;
        std::printf("  %7zu bytes: classify %8.1f MB/s, baseline %8.1f MB/s, ratio %.2fx, per-byte cost vs 300 KB %.2fx\n",
                    len, static_cast<double>(len) / 1e6 / c, static_cast<double>(len) / 1e6 / f, c / f,
                    per_byte / first_per_byte);
    }
    // 3. Hostile input: markup and entity openers that never close.
    onward::classify::Email hostile;
    hostile.body = std::string(1'000'000, '<') + std::string(1'000'000, '&') + std::string(1'000'000, '=');
    const double h = seconds_for([&] { sink = sink + onward::classify::classify(hostile).evidence.size(); }, 3);
    std::printf("hostile 3 MB of '<', '&', '=': classify %.1f MB/s\n", 3.0 / h);
    return 0;
}
