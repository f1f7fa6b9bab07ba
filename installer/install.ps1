<#
.SYNOPSIS
  Install Onward's native helper (onward-host.exe) for the current Windows user and register it
  with the browsers (HKCU keys), then check it with `onward-host doctor`.

.DESCRIPTION
  Builds the Release preset when no -HostExe is given (needs CMake 3.25+, Visual Studio 2022 and the
  dependencies from vcpkg: nlohmann-json sqlitecpp boost-filesystem boost-process utf8proc cli11),
  copies onward-host.exe to %LOCALAPPDATA%\Programs\Onward (or -Prefix), and runs
  `onward-host.exe install`, which writes each browser's manifest under %LOCALAPPDATA%\Onward and
  the HKCU\Software\...\NativeMessagingHosts\org.onward.host key naming it (64-bit view). The
  registry logic lives in the C++ installer (native-host/src/install), unit-tested against a fake
  registry; this script only places the binary and calls it. Running it again is safe.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\install.ps1
  powershell -ExecutionPolicy Bypass -File installer\install.ps1 -Browser chrome,edge,firefox
  powershell -ExecutionPolicy Bypass -File installer\install.ps1 -Uninstall
#>
[CmdletBinding()]
param(
    [string]$Prefix = (Join-Path $env:LOCALAPPDATA 'Programs\Onward'),
    [string]$Browser = '',
    [string]$HostExe = '',
    [switch]$Uninstall
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$Repo = Split-Path -Parent $PSScriptRoot
$Bin = Join-Path $Prefix 'onward-host.exe'

function Say([string]$Text) { Write-Host "==> $Text" }

if ($Uninstall) {
    if (Test-Path $Bin) {
        Say 'Unregistering onward-host from your browsers (HKCU keys and manifests it wrote)'
        & $Bin uninstall
        if ($LASTEXITCODE -ne 0) { throw "onward-host uninstall failed ($LASTEXITCODE)" }
        Remove-Item -Force $Bin
        Say "Removed $Bin"
    } else {
        Say "No onward-host at $Bin: nothing to remove."
    }
    Write-Host "Your Onward data is kept in $env:LOCALAPPDATA\Onward\onward.db. To delete it, run"
    Write-Host "'onward-host forget-everything' before uninstalling, or delete that file."
    exit 0
}

if (-not $HostExe) {
    if (-not (Get-Command cmake -ErrorAction SilentlyContinue)) {
        throw 'CMake is not installed. Install CMake 3.25+ and Visual Studio 2022, or pass -HostExe path\to\onward-host.exe.'
    }
    Say "Building onward-host (Release) in $Repo\build-release"
    Push-Location $Repo
    try {
        cmake --preset release
        if ($LASTEXITCODE -ne 0) { throw 'cmake configure failed: are the vcpkg dependencies installed (see above)?' }
        cmake --build --preset release --config Release
        if ($LASTEXITCODE -ne 0) { throw 'the build failed (see above)' }
    } finally {
        Pop-Location
    }
    $HostExe = @(
        (Join-Path $Repo 'build-release\native-host\Release\onward-host.exe'),
        (Join-Path $Repo 'build-release\native-host\onward-host.exe')
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $HostExe) { throw 'the build did not produce onward-host.exe' }
}

Say "Installing $Bin"
New-Item -ItemType Directory -Force -Path $Prefix | Out-Null
# Copy beside, then replace: a browser starting the old binary never sees half a file.
Copy-Item -Force $HostExe "$Bin.new"
Move-Item -Force "$Bin.new" $Bin

Say 'Registering onward-host with your browsers (HKCU)'
$installArgs = @('install', '--user')
if ($Browser) { $installArgs += @('--browser', $Browser) }
& $Bin @installArgs
if ($LASTEXITCODE -ne 0) {
    if (-not $Browser) {
        Say 'No browser was found; registering for Chrome, Edge and Firefox so they find it once installed.'
        & $Bin install --user --browser chrome,edge,firefox
    }
    if ($LASTEXITCODE -ne 0) { throw "onward-host install failed ($LASTEXITCODE)" }
}

Say 'Checking with onward-host doctor'
& $Bin doctor
$doctorStatus = $LASTEXITCODE

Write-Host @"

Onward's helper is installed: $Bin

Load the extension (it is not in the stores yet):
  Chrome, Edge, Brave, Vivaldi, Opera: open chrome://extensions (edge://extensions, ...),
    turn on Developer mode, click "Load unpacked" and choose $Repo\extension
  Firefox: open about:debugging, "This Firefox", "Load Temporary Add-on..." and choose
    $Repo\extension\manifest.json

Remove it with: powershell -ExecutionPolicy Bypass -File installer\install.ps1 -Uninstall
"@
exit $doctorStatus
