// The real Windows registry (compiled only on Windows). Keys are opened with an explicit view
// flag, so a 32-bit build still writes where 64-bit browsers read.
#include "install/registry.hpp"

#include "core/error.hpp"

#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <string>

#include <vector>

namespace onward::install {

namespace {

std::wstring widen(const std::string& text)
{
    if (text.empty()) return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), n);
    return out;
}

std::string narrow(const std::wstring& text)
{
    if (text.empty()) return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), n, nullptr, nullptr);
    return out;
}

HKEY hive_of(const RegistryKey& key)
{
    return key.hive == Hive::current_user ? HKEY_CURRENT_USER : HKEY_LOCAL_MACHINE;
}

REGSAM view_of(const RegistryKey& key)
{
    return key.view == RegistryView::view64 ? KEY_WOW64_64KEY : KEY_WOW64_32KEY;
}

class KeyHandle {
public:
    KeyHandle() = default;
    ~KeyHandle()
    {
        if (handle_ != nullptr) RegCloseKey(handle_);
    }
    KeyHandle(const KeyHandle&) = delete;
    KeyHandle& operator=(const KeyHandle&) = delete;
    HKEY* out() { return &handle_; }
    HKEY get() const { return handle_; }

private:
    HKEY handle_ = nullptr;
};

class WindowsRegistry final : public Registry {
public:
    void set_default_value(const RegistryKey& key, const std::string& value) override
    {
        KeyHandle handle;
        const auto status = RegCreateKeyExW(hive_of(key), widen(key.path).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                            KEY_SET_VALUE | view_of(key), nullptr, handle.out(), nullptr);
        if (status != ERROR_SUCCESS)
            throw Error(ErrorCode::internal, "cannot create registry key " + describe(key) + " (error " + std::to_string(status) + ")");
        const auto wide = widen(value);
        const auto bytes = static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t));
        const auto set = RegSetValueExW(handle.get(), nullptr, 0, REG_SZ, reinterpret_cast<const BYTE*>(wide.c_str()), bytes);
        if (set != ERROR_SUCCESS)
            throw Error(ErrorCode::internal, "cannot write registry key " + describe(key) + " (error " + std::to_string(set) + ")");
    }

    std::optional<std::string> default_value(const RegistryKey& key) const override
    {
        DWORD size = 0;
        const auto flags = RRF_RT_REG_SZ | (key.view == RegistryView::view64 ? RRF_SUBKEY_WOW6464KEY : RRF_SUBKEY_WOW6432KEY);
        if (RegGetValueW(hive_of(key), widen(key.path).c_str(), nullptr, flags, nullptr, nullptr, &size) != ERROR_SUCCESS)
            return std::nullopt;
        std::vector<wchar_t> buffer(size / sizeof(wchar_t) + 1, L'\0');
        if (RegGetValueW(hive_of(key), widen(key.path).c_str(), nullptr, flags, nullptr, buffer.data(), &size) != ERROR_SUCCESS)
            return std::nullopt;
        return narrow(std::wstring(buffer.data()));
    }

    std::optional<std::uint32_t> dword_value(const RegistryKey& key, const std::string& name) const override
    {
        DWORD value = 0;
        DWORD size = sizeof(value);
        const auto flags = RRF_RT_REG_DWORD | (key.view == RegistryView::view64 ? RRF_SUBKEY_WOW6464KEY : RRF_SUBKEY_WOW6432KEY);
        if (RegGetValueW(hive_of(key), widen(key.path).c_str(), widen(name).c_str(), flags, nullptr, &value, &size) != ERROR_SUCCESS)
            return std::nullopt;
        return static_cast<std::uint32_t>(value);
    }

    bool delete_key(const RegistryKey& key) override
    {
        return RegDeleteKeyExW(hive_of(key), widen(key.path).c_str(), view_of(key), 0) == ERROR_SUCCESS;
    }
};

} // namespace

std::unique_ptr<Registry> system_registry()
{
    return std::make_unique<WindowsRegistry>();
}

} // namespace onward::install
