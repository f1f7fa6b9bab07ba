#pragma once
// The job-board fixtures (tests/fixtures/boards), one per provider, in the public APIs' shapes.

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace onward::testing {

inline std::string board_fixture_text(const std::string& provider)
{
    std::ifstream in(std::string(ONWARD_BOARD_FIXTURES) + "/" + provider + ".json", std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + provider);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline nlohmann::json board_fixture(const std::string& provider)
{
    return nlohmann::json::parse(board_fixture_text(provider));
}

} // namespace onward::testing
