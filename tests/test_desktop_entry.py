"""The desktop menu files (validated by the freedesktop tools themselves) and
`--install-desktop` / `--uninstall-desktop` through the real command line."""

from __future__ import annotations

import configparser
import io
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import desktop_entry, locations
from tests.conftest import ENGLISH_ARTICLE, PROJECT

DESKTOP = PROJECT / "resources" / "desktop"
APP_ID = locations.APP_ID
ENTRY = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"
ICON = DESKTOP / f"{APP_ID}.svg"


def _tool(name: str, package: str) -> str:
    """A validator; missing means the test set-up was not run: fail, naming the package."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is missing: install the Debian package {package} "
            "(run 'sh scripts/system-deps.sh test' as root)"
        )
    return found


def _desktop_file_validate(path: Path) -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    # Hints are not errors; the one we accept is explained in the file (Utility with Office).
    remarks = [line for line in done.stdout.splitlines() if line.strip()]
    assert all("more than one main category" in line for line in remarks), remarks


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _unquote_exec(value: str) -> list[str]:
    """The Desktop Entry spec's Exec rules, undone: string escapes, then quoting."""
    text = value.replace("\\\\", "\x00").replace("\\n", "\n").replace("\x00", "\\")
    args, current, quoted, in_arg, i = [], "", False, False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text):
            current, i = current + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, in_arg = not quoted, True
        elif c == " " and not quoted:
            if in_arg:
                args.append(current)
            current, in_arg = "", False
        else:
            current, in_arg = current + c, True
        i += 1
    if in_arg:
        args.append(current)
    return [a.replace("%%", "%") if a != "%f" else a for a in args]


def test_the_shipped_entry_passes_desktop_file_validate() -> None:
    _desktop_file_validate(ENTRY)
    entry = _entry(ENTRY)
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[vi]"], key
    assert entry["Comment[vi]"] != entry["Comment"]
    categories = entry["Categories"].split(";")
    assert {"Office", "Viewer", "Accessibility"} <= set(categories)
    assert entry["MimeType"] == "text/markdown;"
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "Bulletin Reader"  # Qt's WM_CLASS: the application name
    assert entry["Exec"].endswith(" %f")


def test_the_metainfo_passes_appstreamcli_without_network() -> None:
    done = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful." in done.stdout, done.stdout  # not even a pedantic remark
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == ENTRY.name
    assert root.findtext("icon") == APP_ID
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [s.get(lang) for s in root.findall("summary")] == [None, "vi"]
    assert root.find("content_rating") is not None
    assert root.find("releases/release").get("version")  # type: ignore[union-attr]


def test_the_icon_is_a_square_svg_of_our_own() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"
    assert "<image" not in ICON.read_text(encoding="utf-8")  # drawn, not a pasted bitmap


def _cli(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=data_home.parent,
    )  # fmt: skip


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_install_then_uninstall_in_the_user_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "share"
    other = home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=true\n")
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "other.svg"
    icon.parent.mkdir(parents=True)
    icon.write_text("<svg/>")
    before = _tree(home)

    done = _cli("--install-desktop", data_home=home)
    assert done.returncode == 0, done.stderr
    written = [
        home / "applications" / ENTRY.name,
        home / "metainfo" / METAINFO.name,
        home / "icons" / "hicolor" / "scalable" / "apps" / ICON.name,
    ]
    for path in written:
        assert f"wrote {path}" in done.stdout
    assert written[1].read_bytes() == METAINFO.read_bytes()
    assert written[2].read_bytes() == ICON.read_bytes()
    _desktop_file_validate(written[0])
    entry = _entry(written[0])
    command = _unquote_exec(entry["Exec"])
    assert command == [sys.executable, "-P", "-m", "reader", "%f"]  # this very install
    assert entry["TryExec"] == sys.executable
    assert all(_tree(home)[name] == data for name, data in before.items())

    done = _cli("--uninstall-desktop", data_home=home)
    assert done.returncode == 0, done.stderr
    for path in written:
        assert f"removed {path}" in done.stdout
        assert not path.exists()
    assert "nothing else was removed" in done.stdout
    after = _tree(home)
    assert all(after[name] == data for name, data in before.items())  # nothing else gone
    for name, data in after.items():  # what is left of ours: at most the desktop's caches
        assert name in before or name.endswith((".cache",)), name
        assert APP_ID.encode() not in data, name  # and they no longer name us

    again = _cli("--uninstall-desktop", data_home=home)
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_the_installed_entry_opens_the_file_it_is_given(tmp_path: Path) -> None:
    """What a launcher does with Exec=... %f: the window shows that article, started from a
    home folder with a reader.py of its own (which must not be what runs)."""
    home = tmp_path / "share"
    assert _cli("--install-desktop", data_home=home).returncode == 0
    command = _unquote_exec(_entry(home / "applications" / ENTRY.name)["Exec"])
    argv = [str(ENGLISH_ARTICLE) if a == "%f" else a for a in command]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home))
    env.pop("PYTHONPATH", None)
    (tmp_path / "reader.py").write_text("raise SystemExit('the wrong reader started')\n")
    done = subprocess.run(
        [*argv, "--exit-after-paint"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "painted_ms=" in done.stdout


def test_a_folder_that_cannot_be_written_is_said_with_exit_status_4(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    done = _cli("--install-desktop", "--data-dir", str(blocked), data_home=tmp_path / "share")
    assert done.returncode == desktop_entry.EXIT_CANNOT_WRITE == 4
    assert "bulletin-reader: error: cannot write" in done.stderr and str(blocked) in done.stderr
    assert not (tmp_path / "share").exists()


def test_data_dir_puts_the_files_there_and_alone_is_a_usage_error(tmp_path: Path) -> None:
    office = tmp_path / "office"
    done = _cli("--install-desktop", "--data-dir", str(office), data_home=tmp_path / "share")
    assert done.returncode == 0, done.stderr
    assert (office / "applications" / ENTRY.name).is_file()
    assert not (tmp_path / "share").exists()
    alone = _cli("--data-dir", str(office), data_home=tmp_path / "share")
    assert alone.returncode == 2 and "go with --install-desktop" in alone.stderr
    both = _cli("--install-desktop", "--uninstall-desktop", data_home=tmp_path / "share")
    assert both.returncode == 2 and "not allowed with" in both.stderr


@pytest.mark.parametrize(
    "python",
    ["/opt/my venv/bin/python3", '/srv/a"b/$HOME/`x`/back\\slash/python', "/p/100%/python"],
)
def test_exec_quotes_any_install_path(tmp_path: Path, python: str) -> None:
    outcome = desktop_entry.install(tmp_path, command=[python, "-P", "-m", "reader"])
    entry_path = outcome.written[0]
    _desktop_file_validate(entry_path)
    entry = _entry(entry_path)
    assert _unquote_exec(entry["Exec"]) == [python, "-P", "-m", "reader", "%f"]
    assert entry["TryExec"].replace("\\\\", "\\") == python


def test_other_systems_are_told_the_menu_files_are_for_freedesktop(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reader.command_line import build_parser

    monkeypatch.setattr(sys, "platform", "win32")
    out, err = io.StringIO(), io.StringIO()
    opts = build_parser().parse_args(["--install-desktop"])
    assert desktop_entry.run(opts, out, err) == 2
    assert "for Linux and BSD desktops" in err.getvalue() and not out.getvalue()
    opts = build_parser().parse_args(["--install-desktop", "--data-dir", str(tmp_path)])
    assert desktop_entry.run(opts, out, err) == 0  # asked for: written
    assert (tmp_path / "applications" / ENTRY.name).is_file()
