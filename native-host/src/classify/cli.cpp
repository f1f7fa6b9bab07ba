#include "classify/cli.hpp"

#include "classify/classifier.hpp"
#include "classify/email_parse.hpp"
#include "core/text.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace onward::classify {

namespace {

// Inputs larger than this are refused rather than read into memory.
constexpr std::size_t max_input = 64u * 1024 * 1024;

struct Named {
    std::string name;
    Email email;
};

class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string read_all(std::istream& in, const std::string& name)
{
    std::string data;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        data.append(buf, static_cast<std::size_t>(in.gcount()));
        if (data.size() > max_input) throw InputError(name + ": larger than 64 MiB");
    }
    if (in.bad()) throw InputError(name + ": read error");
    return data;
}

Email email_from_json(const nlohmann::json& j, const std::string& where)
{
    if (!j.is_object()) throw InputError(where + ": expected a JSON object with subject, from and body");
    Email e;
    const auto field = [&](const char* key, std::string& into, bool required) {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required) throw InputError(where + ": \"" + key + "\" is missing");
            return;
        }
        if (!it->is_string()) throw InputError(where + ": \"" + key + "\" must be a string");
        into = sanitize_utf8(it->get<std::string>());
    };
    field("body", e.body, true);
    field("subject", e.subject, false);
    field("from", e.from, false);
    field("date", e.date, false);
    field("to", e.to, false);
    field("lang", e.lang, false);
    return e;
}

std::vector<Named> parse_input(const std::string& name, std::string data)
{
    if (data.rfind("\xEF\xBB\xBF", 0) == 0) data.erase(0, 3); // UTF-8 byte order mark
    const auto first = data.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw InputError(name + ": empty input");
    std::vector<Named> out;
    if (data[first] == '{' || data[first] == '[') {
        const auto whole = nlohmann::json::parse(data, nullptr, false);
        if (!whole.is_discarded()) {
            if (whole.is_array()) {
                for (std::size_t i = 0; i < whole.size(); ++i) {
                    const auto where = name + "[" + std::to_string(i) + "]";
                    out.push_back({where, email_from_json(whole[i], where)});
                }
            } else {
                out.push_back({name, email_from_json(whole, name)});
            }
            return out;
        }
        // JSON lines: one object a line.
        std::istringstream lines(data);
        std::string line;
        std::size_t n = 0;
        while (std::getline(lines, line)) {
            ++n;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            const auto where = name + ":" + std::to_string(n);
            const auto j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded()) throw InputError(where + ": not JSON");
            out.push_back({where, email_from_json(j, where)});
        }
        return out;
    }
    if (looks_like_rfc822(data)) {
        out.push_back({name, parse_rfc822(data)});
    } else {
        Email e; // plain text: all of it is the body
        e.body = sanitize_utf8(data);
        out.push_back({name, std::move(e)});
    }
    return out;
}

void print_readable(std::ostream& out, const std::string& name, const Result& r, bool explain)
{
    const auto& x = r.extracted;
    out << name << ": " << to_string(r.label) << " (" << std::fixed << std::setprecision(2) << r.confidence << ", "
        << r.lang << ")\n";
    const auto show = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
    out << "  company: " << show(x.company) << "  role: " << show(x.role) << "\n";
    out << "  contact: " << show(x.contact.name);
    if (!x.contact.email.empty()) out << " <" << x.contact.email << ">";
    out << "  ats: " << (x.ats ? *x.ats : std::string("-")) << "\n";
    if (explain) {
        if (r.evidence.empty()) out << "  evidence: none (no phrase of any family matched)\n";
        for (const auto& e : r.evidence)
            out << "  " << std::showpos << std::setw(6) << std::setprecision(2) << e.weight << std::noshowpos << "  "
                << e.rule << "  \"" << e.phrase << "\"\n";
    }
}

} // namespace

int run_classify_cli(const std::vector<std::string>& inputs, bool explain, bool json_output, std::istream& in,
                     std::ostream& out, std::ostream& err)
{
    if (inputs.empty()) {
        err << "onward-host classify: give a file (.eml, .json, .jsonl) or - for standard input\n";
        return 2;
    }
    int status = 0;
    bool stdin_used = false;
    for (const auto& input : inputs) {
        try {
            std::string data;
            std::string name = input;
            if (input == "-") {
                if (stdin_used) throw InputError("-: standard input can be read only once");
                stdin_used = true;
                name = "<stdin>";
                data = read_all(in, name);
            } else {
                std::ifstream file(input, std::ios::binary);
                if (!file) throw InputError(input + ": cannot open");
                data = read_all(file, input);
            }
            for (const auto& [where, email] : parse_input(name, std::move(data))) {
                const auto result = classify(email);
                if (json_output) {
                    auto j = to_json(result);
                    j["input"] = sanitize_utf8(where);
                    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
                } else {
                    print_readable(out, sanitize_utf8(where), result, explain);
                }
            }
        } catch (const InputError& e) {
            err << "onward-host classify: " << e.what() << "\n";
            status = 1;
        } catch (const std::exception& e) {
            err << "onward-host classify: " << input << ": " << e.what() << "\n";
            status = 1;
        }
    }
    out.flush();
    return status;
}

} // namespace onward::classify
