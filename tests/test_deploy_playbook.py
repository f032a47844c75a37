"""The ansible playbook for many kiosks (resources/deploy/kiosks.yml, docs/deploying.md):
valid YAML in ansible's shape, every file it copies from the package there, every reader
command it runs one the command line accepts, and the command where the kiosk unit looks."""

from __future__ import annotations

import configparser
import shlex

import yaml

from reader import locations
from reader.command_line import build_parser
from tests.conftest import PROJECT

PLAYBOOK = PROJECT / "resources" / "deploy" / "kiosks.yml"


def _tasks() -> list[dict]:
    plays = yaml.safe_load(PLAYBOOK.read_text(encoding="utf-8"))
    assert isinstance(plays, list) and len(plays) == 1
    play = plays[0]
    assert play["hosts"] == "kiosks" and play["become"] is True
    tasks = play["tasks"]
    for task in tasks:
        modules = [k for k in task if k not in ("name", "args", "when", "changed_when")]
        assert task["name"] and len(modules) == 1, task
        assert modules[0].startswith(("ansible.builtin.", "ansible.posix.")), modules
    return tasks


def _module(task: dict) -> tuple[str, object]:
    (name,) = (k for k in task if k.startswith("ansible."))
    return name, task[name]


def test_the_files_it_copies_from_the_package_are_there() -> None:
    sources = []
    for task in _tasks():
        _name, args = _module(task)
        src = args.get("src", "") if isinstance(args, dict) else ""
        if src and "{{" not in src:
            sources.append(src)
    assert sources, "the playbook copies the kiosk unit and autostart entry"
    for src in sources:
        assert (PLAYBOOK.parent / src).resolve().is_file(), src
        # the same files beside the playbook in an installed package
        assert (locations.resources_dir() / "deploy" / src).resolve().is_file(), src


def test_the_reader_commands_it_runs_are_accepted() -> None:
    commands = [
        args for task in _tasks() for name, args in [_module(task)] if name.endswith("command")
    ]
    reader_runs = [c for c in commands if "/bin/bulletin-reader" in c]
    assert reader_runs
    for command in reader_runs:
        argv = shlex.split(command.replace("{{ venv }}", "/opt/bulletin-reader"))
        assert argv[0] == "/opt/bulletin-reader/bin/bulletin-reader"
        opts = build_parser().parse_args(argv[1:])  # exits (fails the test) if not
        assert opts.install_desktop and opts.system


def test_the_command_is_linked_where_the_kiosk_unit_starts_it() -> None:
    unit = configparser.ConfigParser(interpolation=None)
    unit.read(PROJECT / "resources" / "kiosk" / "bulletin-reader-kiosk.service")
    exec_start = unit["Service"]["ExecStart"].split()[0]
    assert exec_start == "%h/.local/bin/bulletin-reader"
    links = [
        args
        for task in _tasks()
        for name, args in [_module(task)]
        if name == "ansible.builtin.file" and args.get("state") == "link"  # type: ignore[union-attr]
    ]
    assert [(a["src"], a["dest"]) for a in links] == [  # type: ignore[index]
        ("{{ venv }}/bin/bulletin-reader", "{{ kiosk_home }}/.local/bin/bulletin-reader")
    ]
