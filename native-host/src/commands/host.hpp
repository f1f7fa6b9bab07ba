#pragma once
// What every command handler needs: the store (opened in the background so `hello` never waits
// for it), the clock, and the dispatcher the handlers are registered in.

#include "core/clock.hpp"
#include "messaging/dispatcher.hpp"
#include "store/database.hpp"

#include <filesystem>
#include <future>
#include <memory>
#include <optional>

namespace onward::commands {

using json = nlohmann::json;

class Host {
public:
    struct Options {
        std::filesystem::path database_path;
        Clock clock = system_clock();
    };

    explicit Host(Options options);
    ~Host();
    Host(const Host&) = delete;
    Host& operator=(const Host&) = delete;

    // Starts opening (and migrating) the database on a worker thread. Optional: store() opens
    // it on first use otherwise.
    void open_store_in_background();

    // The open database; throws Error(store_unavailable) with the reason when it cannot be opened.
    store::Database& store();

    const std::filesystem::path& database_path() const noexcept { return options_.database_path; }
    TimePoint now() const { return options_.clock(); }
    const Clock& clock() const noexcept { return options_.clock; }

    messaging::Dispatcher& dispatcher() noexcept { return dispatcher_; }

private:
    Options options_;
    messaging::Dispatcher dispatcher_;
    std::future<std::unique_ptr<store::Database>> opening_;
    std::unique_ptr<store::Database> store_;
    std::optional<Error> open_error_;
};

// Registers every command of the protocol on host.dispatcher().
void register_all_commands(Host& host);

} // namespace onward::commands
