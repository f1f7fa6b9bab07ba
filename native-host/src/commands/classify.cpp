// classify: what kind of job email this is, and what it says (the classifier, nothing stored).
#include "classify/classifier.hpp"
#include "commands/args.hpp"
#include "commands/host.hpp"
#include "commands/registry.hpp"

namespace onward::commands {

void register_classify(Host& host)
{
    host.dispatcher().add("classify", [](const json& args) {
        classify::Email email;
        email.subject = require_string(args, "subject");
        email.from = require_string(args, "from");
        email.body = require_string(args, "body");
        email.date = string_or(args, "date", "");
        email.to = string_or(args, "to", "");
        email.lang = optional_one_of(args, "lang", {"en", "de", "fr", "es", "nl"}).value_or("");
        return classify::to_json(classify::classify(email));
    });
}

} // namespace onward::commands
