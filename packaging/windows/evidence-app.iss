; Inno Setup script for 取证助手 · Evidence App on Windows.
;
; UNTESTED: written on Linux, never compiled or run here. Check it on a Windows machine first.
;
; Build the one-folder app on Windows (`pyinstaller --noconfirm packaging\evidence-app.spec`
; makes dist\evidence-app\ with evidence-app.exe for the console and EvidenceApp.exe for the
; desktop), then compile this script with Inno Setup 6:
;
;     iscc packaging\windows\evidence-app.iss
;
; The installer goes to dist\evidence-app-setup-VERSION.exe. It installs per user (no admin
; rights): the data directory stays in the user's profile (%LOCALAPPDATA%\evidence-app), which
; other standard accounts cannot read.

#define AppName "Evidence App"
#define AppVersion "0.1.0"
#define BuildDir "..\..\dist\evidence-app"

[Setup]
AppId={{6F1D5C3E-8E0B-4F43-9A37-2B6C1E0D7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Evidence App developers
DefaultDirName={localappdata}\Programs\EvidenceApp
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=evidence-app-setup-{#AppVersion}
SetupIconFile=..\icons\evidence-app.ico
UninstallDisplayIcon={app}\EvidenceApp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\取证助手 Evidence App"; Filename: "{app}\EvidenceApp.exe"
Name: "{userdesktop}\取证助手 Evidence App"; Filename: "{app}\EvidenceApp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\EvidenceApp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
