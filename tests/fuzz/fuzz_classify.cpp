// Fuzzes the classifier: any subject/from/body must classify without crashing, return a known
// label and a confidence in [0, 1], and serialise to JSON.
#include "classify/classifier.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Split the input at the first two NULs into subject, from and body.
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto first = bytes.find('\0');
    const auto second = first == std::string::npos ? std::string::npos : bytes.find('\0', first + 1);
    onward::classify::Email email;
    if (first == std::string::npos) {
        email.body = bytes;
    } else {
        email.subject = bytes.substr(0, first);
        if (second == std::string::npos) {
            email.body = bytes.substr(first + 1);
        } else {
            email.from = bytes.substr(first + 1, second - first - 1);
            email.body = bytes.substr(second + 1);
        }
    }
    const auto result = onward::classify::classify(email);
    if (!(result.confidence >= 0.0 && result.confidence <= 1.0)) __builtin_trap();
    const auto json = onward::classify::to_json(result);
    if (!json.contains("label") || !json["label"].is_string()) __builtin_trap();
    (void)json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return 0;
}
