<#
.SYNOPSIS
  Runs Puerto's lab servers (puerto serve) at every boot of a Windows lab server, as a
  Scheduled Task under the LOCAL SERVICE account: the lecture's server that waits passively
  and never ends by itself. The Windows counterpart of build/service/puerto-serve.service.

.DESCRIPTION
  Needs an elevated PowerShell, Node.js 20.19 or newer, and a copy of Puerto with its npm
  dependencies in -PuertoFolder (docs/INSTALL.md, "Running puerto serve as a service").
  Registers the task, allows node.exe through Windows Defender Firewall on Private and Domain
  networks, and starts it. Events are appended to $LogFile. Run again to change the servers;
  -Uninstall removes the task and the firewall rule (the log and lab.json stay).

.EXAMPLE
  .\install-puerto-service.ps1 -PuertoFolder C:\Puerto
.EXAMPLE
  .\install-puerto-service.ps1 -Servers '--tcp','7007:echo','--udp','7007:echo'
.EXAMPLE
  .\install-puerto-service.ps1 -Uninstall
#>
[CmdletBinding()]
param(
  [string] $PuertoFolder = 'C:\Puerto',
  [string] $Node = '',
  [string] $Config = (Join-Path $env:ProgramData 'Puerto\lab.json'),
  [string] $LogFile = (Join-Path $env:ProgramData 'Puerto\serve.log'),
  [string] $Nickname = 'servidor',
  # The same servers as puerto-serve.service, on their lab ports.
  [string[]] $Servers = @(
    '--tcp', '7007:echo', '--udp', '7007:echo', '--tcp', '7013:daytime', '--udp', '7013:daytime',
    '--tcp', '7017:qotd', '--udp', '7017:qotd', '--tcp', '7037:time', '--udp', '7037:time',
    '--udp', '1123:sntp',
    '--tcp', '8080:http', '--tcp', '2121:ftp', '--tcp', '2525:smtp', '--tcp', '1110:pop3',
    '--udp', '5300:dns', '--tcp', '5300:dns', '--udp', '1161:snmp'
  ),
  [switch] $Uninstall
)

$ErrorActionPreference = 'Stop'
$TaskName = 'Puerto lab servers'
$RuleName = 'Puerto lab servers (node)'

$principal = [Security.Principal.WindowsPrincipal] [Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'Run this script from an elevated PowerShell (Run as administrator).'
}

if ($Uninstall) {
  if (Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue) {
    Stop-ScheduledTask -TaskName $TaskName
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
  }
  Remove-NetFirewallRule -DisplayName $RuleName -ErrorAction SilentlyContinue
  Write-Host "Removed the task '$TaskName' and the firewall rule '$RuleName'."
  return
}

if ($Node -eq '') {
  $found = Get-Command node.exe -ErrorAction SilentlyContinue
  $Node = if ($found) { $found.Source } else { Join-Path $env:ProgramFiles 'nodejs\node.exe' }
}
$bin = Join-Path $PuertoFolder 'electron\cli\bin.mjs'
foreach ($required in @($Node, $bin)) {
  if (-not (Test-Path -LiteralPath $required)) { throw "Not found: $required" }
}

# The data folder holds lab.json and the log; LOCAL SERVICE may write only the log.
$dataFolder = Split-Path -Parent $LogFile
New-Item -ItemType Directory -Force -Path $dataFolder, (Split-Path -Parent $Config) | Out-Null
if (-not (Test-Path -LiteralPath $Config)) {
  Copy-Item -LiteralPath (Join-Path $PuertoFolder 'build\service\lab.json') -Destination $Config
}
if (-not (Test-Path -LiteralPath $LogFile)) { New-Item -ItemType File -Path $LogFile | Out-Null }
& icacls.exe $LogFile /grant '*S-1-5-19:(M)' | Out-Null

function Format-Argument([string] $text) {
  if ($text -match '[\s"]') { return '"' + ($text -replace '"', '\"') + '"' }
  return $text
}

$serve = @('serve', '--config', $Config, '--announce', '--name', $Nickname) + $Servers
$commandLine = (@($Node, $bin) + $serve | ForEach-Object { Format-Argument $_ }) -join ' '
# cmd.exe only to append both output streams to the log: a task has no console to show them.
$action = New-ScheduledTaskAction -Execute 'cmd.exe' `
  -Argument "/d /s /c `"$commandLine >> `"$LogFile`" 2>&1`"" -WorkingDirectory $PuertoFolder
$trigger = New-ScheduledTaskTrigger -AtStartup
$account = New-ScheduledTaskPrincipal -UserId 'NT AUTHORITY\LOCAL SERVICE' -LogonType ServiceAccount
# No time limit (the default stops a task after 72 hours); retried if it cannot start.
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) `
  -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) -StartWhenAvailable `
  -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -MultipleInstances IgnoreNew

if (Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue) {
  Stop-ScheduledTask -TaskName $TaskName
}
Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger `
  -Principal $account -Settings $settings -Force `
  -Description 'Puerto lab servers (puerto serve), started at boot. See docs/INSTALL.md.' | Out-Null

Remove-NetFirewallRule -DisplayName $RuleName -ErrorAction SilentlyContinue
New-NetFirewallRule -DisplayName $RuleName -Direction Inbound -Action Allow `
  -Program $Node -Profile Private, Domain | Out-Null

Start-ScheduledTask -TaskName $TaskName
Write-Host "Task '$TaskName' registered and started. Events: Get-Content -Wait '$LogFile'"
