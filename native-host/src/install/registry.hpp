#pragma once
// The Windows registry, behind a small interface: the real one is compiled only on Windows
// (registry_windows.cpp), the fake keeps keys in memory so the logic is tested everywhere.
// Only what native messaging needs: a key's default string value, a DWORD policy value, deletion.

#include "install/browsers.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>

namespace onward::install {

class Registry {
public:
    virtual ~Registry() = default;
    // Creates the key when needed and sets its default (unnamed) value. Throws onward::Error on failure.
    virtual void set_default_value(const RegistryKey& key, const std::string& value) = 0;
    // The default value, or nullopt when the key or the value is absent.
    virtual std::optional<std::string> default_value(const RegistryKey& key) const = 0;
    // A named DWORD value (policies), or nullopt.
    virtual std::optional<std::uint32_t> dword_value(const RegistryKey& key, const std::string& name) const = 0;
    // Deletes the key (it has no subkeys); true when it existed.
    virtual bool delete_key(const RegistryKey& key) = 0;
};

// In-memory registry for tests and for computing Windows plans on other platforms.
class FakeRegistry final : public Registry {
public:
    void set_default_value(const RegistryKey& key, const std::string& value) override;
    std::optional<std::string> default_value(const RegistryKey& key) const override;
    std::optional<std::uint32_t> dword_value(const RegistryKey& key, const std::string& name) const override;
    bool delete_key(const RegistryKey& key) override;

    void set_dword(const RegistryKey& key, const std::string& name, std::uint32_t value);
    std::size_t size() const noexcept { return values_.size(); }

private:
    // (hive, lower-cased path, view): Windows key names are case-insensitive.
    using Id = std::tuple<int, std::string, int>;
    static Id id(const RegistryKey& key);
    std::map<Id, std::string> values_;
    std::map<std::pair<Id, std::string>, std::uint32_t> dwords_;
};

// The real registry on Windows; nullptr elsewhere.
std::unique_ptr<Registry> system_registry();

} // namespace onward::install
