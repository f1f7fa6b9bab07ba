#pragma once
// A temporary HOME for one test, removed afterwards, and an Environment that reads only it.
#include "install/browsers.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>

namespace onward::install::testing {

class TempHome {
public:
    TempHome()
    {
        std::random_device seed;
        path_ = std::filesystem::temp_directory_path() / ("onward-install-test-" + std::to_string(seed()) + std::to_string(seed()));
        std::filesystem::create_directories(path_);
    }
    ~TempHome()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempHome(const TempHome&) = delete;
    TempHome& operator=(const TempHome&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string str() const { return path_.string(); }

    // Linux environment: HOME is the temporary folder, PATH is its bin/, nothing else is set.
    Environment linux_env(std::map<std::string, std::string> extra = {}) const
    {
        extra.try_emplace("HOME", str());
        extra.try_emplace("PATH", str() + "/bin");
        Environment env;
        env.platform = Platform::linux_like;
        env.env = [extra](const char* name) -> std::optional<std::string> {
            const auto it = extra.find(name);
            if (it == extra.end()) return std::nullopt;
            return it->second;
        };
        // Absolute detection probes (/usr/bin/chromium, /opt/...) must not see the real machine.
        const auto home = str();
        env.exists = [home](const std::string& p) { return p.starts_with(home) && std::filesystem::exists(p); };
        return env;
    }

    void write(const std::string& relative, const std::string& text, std::filesystem::perms mode = std::filesystem::perms(0644)) const
    {
        const auto file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file) << text;
        std::filesystem::permissions(file, mode);
    }

    std::string read(const std::string& relative) const
    {
        std::ifstream in(path_ / relative);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    // Every file and folder under the home, relative: to compare trees before and after.
    std::set<std::string> tree() const
    {
        std::set<std::string> out;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path_))
            out.insert(std::filesystem::relative(entry.path(), path_).string());
        return out;
    }

private:
    std::filesystem::path path_;
};

inline Environment env_for(Platform platform, std::map<std::string, std::string> vars)
{
    Environment env;
    env.platform = platform;
    env.env = [vars](const char* name) -> std::optional<std::string> {
        const auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
    env.exists = [](const std::string&) { return false; };
    return env;
}

} // namespace onward::install::testing
