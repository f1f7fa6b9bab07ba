#include "commands/watch_common.hpp"

#include "core/error.hpp"

#include <limits>

namespace onward::commands {

std::int64_t require_watch_id(const json& args)
{
    return require_int(args, "watch_id", 1, std::numeric_limits<std::int64_t>::max());
}

boards::Board require_board(const json& args)
{
    const auto& board = require_object(args, "board");
    boards::Board b;
    const auto provider = board.find("provider");
    if (provider == board.end() || !provider->is_string())
        throw invalid_args(std::string("args.board.provider must be one of ") + boards::provider_names + ".");
    const auto p = boards::provider_from_string(provider->get<std::string>());
    if (!p) throw invalid_args(std::string("args.board.provider must be one of ") + boards::provider_names + ".");
    b.provider = *p;
    const auto token = board.find("token");
    if (token == board.end() || !token->is_string() || !boards::valid_token(token->get<std::string>()))
        throw invalid_args("args.board.token must be the company's board name (1 to 100 letters, digits, '.', '_' "
                           "or '-'), as in jobs.lever.co/<name>.");
    b.token = token->get<std::string>();
    const auto region = board.find("region");
    if (region != board.end() && !region->is_null()) {
        if (!region->is_string() || (*region != "eu" && *region != ""))
            throw invalid_args("args.board.region must be \"eu\" or left out.");
        if (*region == "eu" && b.provider != boards::Provider::lever)
            throw invalid_args("args.board.region is only for Lever (jobs.eu.lever.co).");
        b.region = region->get<std::string>();
    }
    for (const auto& [key, value] : board.items())
        if (key != "provider" && key != "token" && key != "region")
            throw invalid_args("args.board." + key + " is not known (provider, token, region).");
    return b;
}

std::optional<boards::Filters> optional_filters(const json& args)
{
    const auto it = args.find("filters");
    if (it == args.end() || it->is_null()) return std::nullopt;
    return boards::filters_from_json(*it, "args.filters");
}

} // namespace onward::commands
