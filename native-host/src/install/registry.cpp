#include "install/registry.hpp"

#include <algorithm>
#include <cctype>

namespace onward::install {

FakeRegistry::Id FakeRegistry::id(const RegistryKey& key)
{
    std::string path = key.path;
    std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // HKCU\Software is shared between the 32- and 64-bit views; HKLM\Software is not.
    const int view = key.hive == Hive::current_user ? 0 : (key.view == RegistryView::view64 ? 64 : 32);
    return {key.hive == Hive::current_user ? 0 : 1, path, view};
}

void FakeRegistry::set_default_value(const RegistryKey& key, const std::string& value)
{
    values_[id(key)] = value;
}

std::optional<std::string> FakeRegistry::default_value(const RegistryKey& key) const
{
    const auto it = values_.find(id(key));
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> FakeRegistry::dword_value(const RegistryKey& key, const std::string& name) const
{
    const auto it = dwords_.find({id(key), name});
    if (it == dwords_.end()) return std::nullopt;
    return it->second;
}

bool FakeRegistry::delete_key(const RegistryKey& key)
{
    return values_.erase(id(key)) > 0;
}

void FakeRegistry::set_dword(const RegistryKey& key, const std::string& name, std::uint32_t value)
{
    dwords_[{id(key), name}] = value;
}

#if !defined(_WIN32)
std::unique_ptr<Registry> system_registry()
{
    return nullptr;
}
#endif

} // namespace onward::install
