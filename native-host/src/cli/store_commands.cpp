#include "cli/store_commands.hpp"

#include "commands/host.hpp"
#include "core/error.hpp"

#include <filesystem>

namespace onward::cli {

nlohmann::json run_store_command(CliContext& ctx, const std::string& cmd, nlohmann::json args)
{
    commands::Host host({ctx.database_path(), ctx.clock});
    auto reply = host.dispatcher().handle(messaging::Request{1, cmd, std::move(args)});
    if (reply.value("ok", false)) return reply["result"];
    const auto& error = reply["error"];
    const auto code = error.value("code", "internal");
    ErrorCode c = ErrorCode::internal;
    for (const auto candidate : {ErrorCode::bad_json, ErrorCode::bad_request, ErrorCode::unknown_cmd, ErrorCode::invalid_args,
                                 ErrorCode::not_found, ErrorCode::conflict, ErrorCode::too_large,
                                 ErrorCode::store_unavailable, ErrorCode::internal})
        if (to_string(candidate) == code) c = candidate;
    throw Error(c, error.value("message", "the command failed"));
}

bool store_exists(const CliContext& ctx)
{
    return std::filesystem::exists(ctx.database_path());
}

std::string day_of(const nlohmann::json& iso)
{
    if (!iso.is_string()) return "";
    return iso.get<std::string>().substr(0, 10);
}

std::string due_text(const nlohmann::json& iso, const CliContext& ctx)
{
    if (!iso.is_string()) return "";
    const auto due = parse_iso8601(iso.get<std::string>());
    auto text = day_of(iso);
    if (due && *due < ctx.clock()) text += " (overdue)";
    return text;
}

} // namespace onward::cli
