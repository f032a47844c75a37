"""The JSON settings store: defaults, validation, persistence, damage and listeners."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.settings import SCALE_STEPS, SCHEMA, Setting, SettingsStore


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    return tmp_path / "cfg"


def settings_file(cfg: Path) -> Path:
    return cfg / SettingsStore.FILE_NAME


def write_settings(cfg: Path, content: str | bytes) -> Path:
    cfg.mkdir(parents=True, exist_ok=True)
    path = settings_file(cfg)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def backups(cfg: Path) -> list[Path]:
    return sorted(cfg.glob("settings.json.broken-*"))


def test_defaults_without_a_file(cfg: Path) -> None:
    store = SettingsStore(cfg)
    assert store.problem is None
    for key, setting in SCHEMA.items():
        assert store.get(key) == setting.default
    assert store.get("view/scale") == 100
    assert store.get("ui/language") == "auto"
    assert not cfg.exists()  # reading never creates anything


def test_schema_defaults_are_valid() -> None:
    for setting in SCHEMA.values():
        assert setting.validate(setting.default) == setting.default
    assert 100 in SCALE_STEPS and list(SCALE_STEPS) == sorted(SCALE_STEPS)


def test_set_persists_across_instances(cfg: Path) -> None:
    store = SettingsStore(cfg)
    store.set("view/scale", 150)
    store.set("ui/language", "vi")
    store.set("library/last_article", "/lib/bài viết.md")
    assert store.get("view/scale") == 150
    again = SettingsStore(cfg)
    assert again.problem is None
    assert again.get("view/scale") == 150
    assert again.get("ui/language") == "vi"
    assert again.get("library/last_article") == "/lib/bài viết.md"
    data = json.loads(settings_file(cfg).read_text(encoding="utf-8"))
    assert data == {
        "view/scale": 150,
        "ui/language": "vi",
        "library/last_article": "/lib/bài viết.md",
    }


def test_save_leaves_no_temporary_file(cfg: Path) -> None:
    SettingsStore(cfg).set("view/scale", 200)
    assert sorted(p.name for p in cfg.iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    "key,value",
    [
        ("view/scale", 123),
        ("view/scale", 0),
        ("view/scale", -100),
        ("view/scale", "150"),
        ("view/scale", 150.0),
        ("view/scale", True),
        ("view/scale", None),
        ("ui/language", "fr"),
        ("ui/language", ""),
        ("ui/language", 1),
        ("library/last_article", None),
        ("library/last_article", 5),
        ("window/geometry", b"bytes"),
    ],
)
def test_invalid_values_are_rejected(cfg: Path, key: str, value: Any) -> None:
    store = SettingsStore(cfg)
    calls: list[tuple[str, Any]] = []
    store.on_change(lambda k, v: calls.append((k, v)))
    with pytest.raises(ValueError, match=key):
        store.set(key, value)
    assert store.get(key) == SCHEMA[key].default
    assert calls == []
    assert not settings_file(cfg).exists()


def test_unknown_key_is_an_error(cfg: Path) -> None:
    store = SettingsStore(cfg)
    with pytest.raises(KeyError):
        store.set("no/such", 1)
    with pytest.raises(KeyError):
        store.get("no/such")


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "",
        "[1, 2, 3]",
        '"a string"',
        "null",
        '{"view/scale": 150',
        "[" * 100000,
        b"\xff\xfe\x00garbage",
        b'{"ui/language": "\xe9"}',  # Latin-1, not UTF-8
    ],
)
def test_corrupt_file_gives_defaults_and_a_backup(cfg: Path, content: str | bytes) -> None:
    write_settings(cfg, content)
    original = settings_file(cfg).read_bytes()
    store = SettingsStore(cfg)
    assert store.problem is not None
    assert "damaged" in str(store.problem)
    assert store.get("view/scale") == 100
    assert store.get("ui/language") == "auto"
    (backup,) = backups(cfg)
    assert backup.read_bytes() == original
    assert backup.name in str(store.problem)
    assert not settings_file(cfg).exists()
    # the store keeps working and writes a clean file
    store.set("view/scale", 175)
    assert json.loads(settings_file(cfg).read_text(encoding="utf-8")) == {"view/scale": 175}
    fresh = SettingsStore(cfg)
    assert fresh.problem is None and fresh.get("view/scale") == 175


def test_invalid_stored_values_are_reset_with_a_problem(cfg: Path) -> None:
    write_settings(
        cfg,
        json.dumps(
            {
                "view/scale": 123,
                "ui/language": "en",
                "window/geometry": 42,
                "unknown/key": "kept out",
            }
        ),
    )
    store = SettingsStore(cfg)
    assert store.get("view/scale") == 100
    assert store.get("ui/language") == "en"
    assert store.get("window/geometry") == ""
    assert store.problem is not None
    assert "view/scale" in str(store.problem) and "window/geometry" in str(store.problem)
    assert "ui/language" not in str(store.problem) and "unknown/key" not in str(store.problem)
    assert backups(cfg) == []  # the file was readable: nothing to keep aside


def test_unknown_keys_alone_are_not_a_problem(cfg: Path) -> None:
    write_settings(cfg, json.dumps({"from/a/newer/version": 1, "view/scale": 250}))
    store = SettingsStore(cfg)
    assert store.problem is None
    assert store.get("view/scale") == 250


def test_settings_path_that_is_a_folder(cfg: Path) -> None:
    settings_file(cfg).mkdir(parents=True)
    store = SettingsStore(cfg)
    assert store.problem is not None and store.problem.code == "unreadable"
    assert store.get("view/scale") == 100


def test_listener_called_on_change_only(cfg: Path) -> None:
    store = SettingsStore(cfg)
    calls: list[tuple[str, Any]] = []
    store.on_change(lambda k, v: calls.append((k, v)))
    store.set("view/scale", 150)
    store.set("view/scale", 150)  # no change: no call
    store.set("ui/language", "en")
    assert calls == [("view/scale", 150), ("ui/language", "en")]


def test_all_listeners_are_called(cfg: Path) -> None:
    store = SettingsStore(cfg)
    first: list[str] = []
    second: list[Any] = []
    store.on_change(lambda k, v: first.append(k))
    store.on_change(lambda k, v: second.append(v))
    store.set("view/scale", 300)
    assert first == ["view/scale"] and second == [300]


def test_listener_sees_the_new_value_already_stored(cfg: Path) -> None:
    store = SettingsStore(cfg)
    seen: list[Any] = []
    store.on_change(lambda k, v: seen.append(store.get(k)))
    store.set("view/scale", 75)
    assert seen == [75]
    assert SettingsStore(cfg).get("view/scale") == 75


def test_setting_the_default_explicitly_is_stored(cfg: Path) -> None:
    """A value equal to the default is still written (the user chose it)."""
    store = SettingsStore(cfg)
    calls: list[str] = []
    store.on_change(lambda k, v: calls.append(k))
    store.set("view/scale", 100)
    assert calls == ["view/scale"]
    assert json.loads(settings_file(cfg).read_text(encoding="utf-8")) == {"view/scale": 100}


def test_reset(cfg: Path) -> None:
    store = SettingsStore(cfg)
    store.set("ui/language", "vi")
    calls: list[tuple[str, Any]] = []
    store.on_change(lambda k, v: calls.append((k, v)))
    store.reset("ui/language")
    assert store.get("ui/language") == "auto"
    assert calls == [("ui/language", "auto")]
    assert SettingsStore(cfg).get("ui/language") == "auto"


def test_config_dir_is_created_on_first_save(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    SettingsStore(deep).set("view/scale", 125)
    assert (deep / "settings.json").is_file()


def test_custom_schema_with_range(cfg: Path) -> None:
    schema = {
        "speech/rate": Setting("speech/rate", int, 0, "Speed.", minimum=-10, maximum=10),
        "ui/theme": Setting("ui/theme", str, "light", "Theme.", choices=("light", "dark")),
    }
    store = SettingsStore(cfg, schema)
    assert store.get("speech/rate") == 0
    store.set("speech/rate", -10)
    store.set("speech/rate", 10)
    with pytest.raises(ValueError, match="below"):
        store.set("speech/rate", -11)
    with pytest.raises(ValueError, match="above"):
        store.set("speech/rate", 11)
    with pytest.raises(ValueError, match="not one of"):
        store.set("ui/theme", "blue")
    with pytest.raises(KeyError):
        store.get("view/scale")
    assert SettingsStore(cfg, schema).get("speech/rate") == 10


def test_validate_messages() -> None:
    scale = SCHEMA["view/scale"]
    with pytest.raises(ValueError, match="expected a number"):
        scale.validate(True)
    with pytest.raises(ValueError, match="expected int"):
        scale.validate("100")
    assert scale.validate(400) == 400
