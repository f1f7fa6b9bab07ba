#include "commands/host.hpp"

namespace onward::commands {

Host::Host(Options options) : options_(std::move(options))
{
    register_all_commands(*this);
}

Host::~Host()
{
    // Never leave the worker running past the Host; its result is simply dropped.
    if (opening_.valid()) {
        try {
            opening_.get();
        } catch (...) {
        }
    }
}

void Host::open_store_in_background()
{
    if (store_ || opening_.valid() || open_error_) return;
    opening_ = std::async(std::launch::async, [path = options_.database_path] { return store::Database::open(path); });
}

store::Database& Host::store()
{
    if (store_) return *store_;
    if (open_error_) throw *open_error_;
    try {
        store_ = opening_.valid() ? opening_.get() : store::Database::open(options_.database_path);
    } catch (const Error& e) {
        open_error_ = e;
        throw;
    } catch (const std::exception& e) {
        open_error_ = Error(ErrorCode::store_unavailable,
                            "The database " + options_.database_path.string() + " cannot be opened: " + e.what());
        throw *open_error_;
    }
    return *store_;
}

} // namespace onward::commands
