// onward-measure-classifier: the classifier's figures on a labelled JSON-lines file.
//
//   onward-measure-classifier FILE.jsonl... [--min-precision P] [--min-recall R] [--min-accuracy A]
//                             [--min-lang-rejections N] [--errors]
//
// Each line: {"subject", "from", "body", "label", "lang"} (+ anything else, e.g. "id"). Several files
// are measured as one set.
// Prints rejection precision and recall (overall and per language), label accuracy, the confusion
// matrix and how well the confidence is calibrated. With --min-* it exits 1 when a figure falls
// below its floor (per-language recall counts languages with at least N rejections, default 5).
// --errors lists the misclassified lines (id, expected, got, evidence) for a person to read.

#include "classify/classifier.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

using onward::classify::Label;

struct Counts {
    std::size_t tp = 0, fp = 0, fn = 0, rejections = 0;
};

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); }

int usage()
{
    std::cerr << "usage: onward-measure-classifier FILE.jsonl... [--min-precision P] [--min-recall R] "
                 "[--min-accuracy A] [--min-lang-rejections N] [--errors]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
try {
    std::vector<std::string> paths;
    double min_precision = 0, min_recall = 0, min_accuracy = 0;
    std::size_t min_lang_rejections = 5;
    bool show_errors = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
            return argv[++i];
        };
        if (a == "--min-precision") min_precision = std::stod(value());
        else if (a == "--min-recall") min_recall = std::stod(value());
        else if (a == "--min-accuracy") min_accuracy = std::stod(value());
        else if (a == "--min-lang-rejections") min_lang_rejections = std::stoul(value());
        else if (a == "--errors") show_errors = true;
        else if (!a.empty() && a[0] == '-') return usage();
        else paths.push_back(a);
    }
    if (paths.empty()) return usage();

    constexpr std::size_t n = std::size(onward::classify::all_labels);
    std::size_t confusion[n][n] = {};
    std::map<std::string, Counts> per_lang;
    Counts all;
    std::size_t total = 0, correct = 0, interview_as_rejection = 0;
    // Calibration: per confidence decile, how many were right.
    std::size_t bucket_total[10] = {}, bucket_right[10] = {};
    for (const auto& path : paths) {
        std::ifstream in(path);
        if (!in) {
            std::cerr << "onward-measure-classifier: cannot read " << path << "\n";
            return 2;
        }
        std::string line;
        std::size_t line_no = 0;
        while (std::getline(in, line)) {
            ++line_no;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            const auto j = nlohmann::json::parse(line);
            onward::classify::Email email;
            email.subject = j.value("subject", "");
            email.from = j.value("from", "");
            email.body = j.value("body", "");
            const auto expected_name = j.value("label", "");
            const auto expected = onward::classify::label_from_string(expected_name);
            if (!expected) {
                std::cerr << path << ":" << line_no << ": unknown label '" << expected_name << "'\n";
                return 2;
            }
            const std::string lang = j.value("lang", "?");
            const auto r = onward::classify::classify(email);
            ++total;
            const bool right = r.label == *expected;
            correct += right ? 1 : 0;
            confusion[static_cast<std::size_t>(*expected)][static_cast<std::size_t>(r.label)] += 1;
            const auto b = std::min<std::size_t>(9, static_cast<std::size_t>(r.confidence * 10));
            ++bucket_total[b];
            bucket_right[b] += right ? 1 : 0;
            if (*expected == Label::interview && r.label == Label::rejection) ++interview_as_rejection;
            for (Counts* c : {&all, &per_lang[lang]}) {
                if (*expected == Label::rejection) ++c->rejections;
                if (r.label == Label::rejection && *expected == Label::rejection) ++c->tp;
                if (r.label == Label::rejection && *expected != Label::rejection) ++c->fp;
                if (r.label != Label::rejection && *expected == Label::rejection) ++c->fn;
            }
            if (show_errors && !right) {
                std::cout << "MISS " << j.value("id", std::to_string(line_no)) << " [" << lang << "] expected "
                          << expected_name << ", got " << onward::classify::to_string(r.label) << " (" << r.confidence
                          << ")";
                for (const auto& e : r.evidence) std::cout << " | " << e.rule << " \"" << e.phrase << "\" " << e.weight;
                std::cout << "\n";
            }
        }
    }

    std::cout << std::fixed << std::setprecision(3);
    std::cout << "emails " << total << "\n";
    std::cout << "rejection precision " << ratio(all.tp, all.tp + all.fp) << " (" << all.tp << "/" << all.tp + all.fp
              << ")  recall " << ratio(all.tp, all.rejections) << " (" << all.tp << "/" << all.rejections << ")\n";
    bool ok = ratio(all.tp, all.tp + all.fp) >= min_precision;
    for (const auto& [lang, c] : per_lang) {
        std::cout << "  " << lang << ": rejections " << c.rejections << "  precision " << ratio(c.tp, c.tp + c.fp)
                  << "  recall " << ratio(c.tp, c.rejections) << "\n";
        if (c.rejections >= min_lang_rejections && ratio(c.tp, c.rejections) < min_recall) ok = false;
    }
    if (ratio(all.tp, all.rejections) < min_recall) ok = false;
    const double accuracy = ratio(correct, total);
    std::cout << "label accuracy " << accuracy << " (" << correct << "/" << total << ")\n";
    std::cout << "interviews called rejections " << interview_as_rejection << "\n";
    if (accuracy < min_accuracy) ok = false;

    std::cout << "confusion (rows expected, columns got):\n" << std::setw(22) << "";
    for (auto l : onward::classify::all_labels) std::cout << std::setw(6) << onward::classify::to_string(l).substr(0, 5);
    std::cout << "\n";
    for (std::size_t r = 0; r < n; ++r) {
        std::cout << std::setw(22) << onward::classify::to_string(onward::classify::all_labels[r]);
        for (std::size_t c = 0; c < n; ++c) std::cout << std::setw(6) << confusion[r][c];
        std::cout << "\n";
    }
    std::cout << "calibration (confidence bucket: right/total):";
    for (std::size_t b = 0; b < 10; ++b)
        if (bucket_total[b] > 0) std::cout << "  " << static_cast<double>(b) / 10.0 << "+: " << bucket_right[b] << "/" << bucket_total[b];
    std::cout << "\n";
    if (!ok) std::cout << "BELOW THE FLOOR (precision >= " << min_precision << ", recall >= " << min_recall
                       << " per language, accuracy >= " << min_accuracy << ")\n";
    return ok ? 0 : 1;
} catch (const std::exception& e) {
    std::cerr << "onward-measure-classifier: " << e.what() << "\n";
    return 2;
}
