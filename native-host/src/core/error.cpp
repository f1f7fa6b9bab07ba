#include "core/error.hpp"

namespace onward {

std::string_view to_string(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::bad_json: return "bad_json";
    case ErrorCode::bad_request: return "bad_request";
    case ErrorCode::unknown_cmd: return "unknown_cmd";
    case ErrorCode::invalid_args: return "invalid_args";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::too_large: return "too_large";
    case ErrorCode::store_unavailable: return "store_unavailable";
    case ErrorCode::internal: return "internal";
    }
    return "internal";
}

} // namespace onward
