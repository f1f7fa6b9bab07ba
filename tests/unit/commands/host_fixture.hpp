#pragma once
// A Host with every command, on a temporary database, with the time injected: the commands go
// through the dispatcher exactly as frames from the browser would.
#include "../store/temp_dir.hpp"
#include "commands/host.hpp"
#include "core/clock.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace onward::commands::testing_support {

using nlohmann::json;

class HostFixture : public ::testing::Test {
protected:
    explicit HostFixture(const char* start) : current(*parse_iso8601(start)) {}

    onward::testing::TempDir dir;
    TimePoint current;
    std::unique_ptr<Host> host = make_host();

    // A fresh Host on the same database (a restart); internal errors fail the test.
    std::unique_ptr<Host> make_host()
    {
        auto h = std::make_unique<Host>(Host::Options{dir / "onward.db", [this] { return current; }});
        h->dispatcher().on_internal_error = [](std::string_view what) { ADD_FAILURE() << "internal error: " << what; };
        return h;
    }

    void at(const char* iso) { current = *parse_iso8601(iso); }

    json call(const std::string& cmd, json args = json::object())
    {
        return host->dispatcher().handle(messaging::Request{1, cmd, std::move(args)});
    }
    json ok(const std::string& cmd, json args = json::object())
    {
        auto reply = call(cmd, std::move(args));
        EXPECT_TRUE(reply.value("ok", false)) << cmd << ": " << reply.dump();
        return reply.value("result", json());
    }
    // The error code of a refused command (and its message, when asked for).
    std::string error(const std::string& cmd, json args = json::object(), std::string* message = nullptr)
    {
        auto reply = call(cmd, std::move(args));
        EXPECT_FALSE(reply.value("ok", true)) << cmd << ": " << reply.dump();
        if (message) *message = reply["error"].value("message", "");
        return reply["error"].value("code", "");
    }
    // Every row of every table, to prove a failure changed nothing.
    std::string snapshot()
    {
        auto& sql = host->store().sql();
        std::string out;
        SQLite::Statement tables(sql, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (tables.executeStep()) {
            const std::string name = tables.getColumn(0).getString();
            SQLite::Statement rows(sql, "SELECT * FROM \"" + name + "\"");
            while (rows.executeStep()) {
                out += name + ":";
                for (int i = 0; i < rows.getColumnCount(); ++i) out += rows.getColumn(i).getString() + "|";
                out += "\n";
            }
        }
        return out;
    }
};

} // namespace onward::commands::testing_support
