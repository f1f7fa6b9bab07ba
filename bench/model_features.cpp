// onward-model-features: what the classifier's fallback model is asked of each email of labelled
// JSON-lines files, one JSON object a line, for bench/train_model.py:
//   {"file": ..., "line": n, "label": expected, "rules": the rules' label, "asked": bool,
//    "aside": someone else's story, settled before any model could be asked (ModelQuestion::set_aside),
//    "unsettled": the rules read nothing in it (ModelQuestion::unsettled),
//    "f": [feature hashes]}
// The features come from classify::model_question(), the classifier's own code path, so the
// trainer never reimplements cleaning, cutting quoted history or folding.

#include "classify/classifier.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: onward-model-features FILE.jsonl...\n");
        return 2;
    }
    for (int a = 1; a < argc; ++a) {
        std::ifstream in(argv[a]);
        if (!in) {
            std::fprintf(stderr, "onward-model-features: cannot read %s\n", argv[a]);
            return 1;
        }
        std::string line;
        for (std::size_t line_no = 1; std::getline(in, line); ++line_no) {
            if (line.empty()) continue;
            nlohmann::json j;
            try {
                j = nlohmann::json::parse(line);
            } catch (const nlohmann::json::exception& e) {
                std::fprintf(stderr, "onward-model-features: %s:%zu: %s\n", argv[a], line_no, e.what());
                return 1;
            }
            onward::classify::Email email;
            email.subject = j.value("subject", "");
            email.from = j.value("from", "");
            email.body = j.value("body", "");
            const auto q = onward::classify::model_question(email);
            nlohmann::json out = {{"file", argv[a]},
                                  {"line", line_no},
                                  {"label", j.value("label", "")},
                                  {"rules", std::string(onward::classify::to_string(q.rules_label))},
                                  {"asked", q.asked},
                                  {"unsettled", q.unsettled},
                                  {"aside", q.set_aside},
                                  {"f", q.features}};
            std::cout << out.dump() << '\n';
        }
    }
    return 0;
}
