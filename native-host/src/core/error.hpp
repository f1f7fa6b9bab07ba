#pragma once
// The one error type of the host. Every failure that reaches a caller is an onward::Error
// with a contract error code; anything else is turned into `internal` by the funnel.

#include <stdexcept>
#include <string>
#include <string_view>

namespace onward {

enum class ErrorCode {
    bad_json,          // not JSON, or not UTF-8
    bad_request,       // the envelope is wrong
    unknown_cmd,       // no such command
    invalid_args,      // the envelope is fine, args are not
    not_found,         // the thing named does not exist
    conflict,          // the request clashes with what is stored
    too_large,         // a frame or a reply over its limit
    store_unavailable, // the database cannot be opened or is not Onward's
    internal,          // a bug: anything not foreseen
};

std::string_view to_string(ErrorCode code) noexcept;

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ErrorCode code() const noexcept { return code_; }

private:
    ErrorCode code_;
};

// Shorthands that read well at the call site: `throw invalid_args("...")`.
inline Error invalid_args(const std::string& message) { return {ErrorCode::invalid_args, message}; }
inline Error not_found(const std::string& message) { return {ErrorCode::not_found, message}; }
inline Error conflict(const std::string& message) { return {ErrorCode::conflict, message}; }

} // namespace onward
