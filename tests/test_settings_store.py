"""The JSON settings store: defaults, validation, persistence, damage and listeners."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.settings import SCALE_STEPS, SCHEMA, MemoryStore, Setting, SettingsStore, keys


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
    for setting in SCHEMA.values():
        assert store.get(setting) == setting.default
    assert store.get(keys.SCALE) == 100
    assert store.get(keys.LANGUAGE) == "auto"
    assert not cfg.exists()  # reading never creates anything


def test_schema_defaults_are_valid() -> None:
    for setting in SCHEMA.values():
        assert setting.validate(setting.default) == setting.default
    assert 100 in SCALE_STEPS and list(SCALE_STEPS) == sorted(SCALE_STEPS)


def test_set_persists_across_instances(cfg: Path) -> None:
    store = SettingsStore(cfg)
    store.set(keys.SCALE, 150)
    store.set(keys.LANGUAGE, "vi")
    store.set(keys.LAST_ARTICLE, "/lib/bài viết.md")
    assert store.get(keys.SCALE) == 150
    again = SettingsStore(cfg)
    assert again.problem is None
    assert again.get(keys.SCALE) == 150
    assert again.get(keys.LANGUAGE) == "vi"
    assert again.get(keys.LAST_ARTICLE) == "/lib/bài viết.md"
    data = json.loads(settings_file(cfg).read_text(encoding="utf-8"))
    assert data == {
        "view/scale": 150,
        "ui/language": "vi",
        "library/last_article": "/lib/bài viết.md",
    }


def test_save_leaves_no_temporary_file(cfg: Path) -> None:
    SettingsStore(cfg).set(keys.SCALE, 200)
    assert sorted(p.name for p in cfg.iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    "key,value",
    [
        (keys.SCALE, 123),
        (keys.SCALE, 0),
        (keys.SCALE, -100),
        (keys.SCALE, "150"),
        (keys.SCALE, 150.0),
        (keys.SCALE, True),
        (keys.SCALE, None),
        (keys.LANGUAGE, "fr"),
        (keys.LANGUAGE, ""),
        (keys.LANGUAGE, 1),
        (keys.LAST_ARTICLE, None),
        (keys.LAST_ARTICLE, 5),
        (keys.WINDOW_GEOMETRY, b"bytes"),
    ],
)
def test_invalid_values_are_rejected(cfg: Path, key: Setting[Any], value: Any) -> None:
    store = SettingsStore(cfg)
    calls: list[tuple[Setting[Any], Any]] = []
    store.on_change(lambda k, v: calls.append((k, v)))
    with pytest.raises(ValueError, match=key.key):
        store.set(key, value)
    assert store.get(key) == key.default
    assert calls == []
    assert not settings_file(cfg).exists()


def test_a_string_or_undeclared_key_is_an_error(cfg: Path) -> None:
    """A setting is named by its declared constant: a string key (typo or not) is refused."""
    store = SettingsStore(cfg)
    with pytest.raises(TypeError, match=r"reader\.settings\.keys"):
        store.set("view/scale", 150)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.get("view/scale")  # type: ignore[arg-type]
    undeclared = Setting("no/such", int, 0, "Not in the schema.")
    with pytest.raises(KeyError):
        store.set(undeclared, 1)
    with pytest.raises(KeyError):
        store.get(undeclared)
    assert not settings_file(cfg).exists()


def test_typos_in_key_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError):
        keys.THEMES  # type: ignore[attr-defined]  # noqa: B018


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
    assert store.get(keys.SCALE) == 100
    assert store.get(keys.LANGUAGE) == "auto"
    (backup,) = backups(cfg)
    assert backup.read_bytes() == original
    assert backup.name in str(store.problem)
    assert not settings_file(cfg).exists()
    # the store keeps working and writes a clean file
    store.set(keys.SCALE, 175)
    assert json.loads(settings_file(cfg).read_text(encoding="utf-8")) == {"view/scale": 175}
    fresh = SettingsStore(cfg)
    assert fresh.problem is None and fresh.get(keys.SCALE) == 175


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
    assert store.get(keys.SCALE) == 100
    assert store.get(keys.LANGUAGE) == "en"
    assert store.get(keys.WINDOW_GEOMETRY) == ""
    assert store.problem is not None
    assert "view/scale" in str(store.problem) and "window/geometry" in str(store.problem)
    assert "ui/language" not in str(store.problem) and "unknown/key" not in str(store.problem)
    assert backups(cfg) == []  # the file was readable: nothing to keep aside


def test_unknown_keys_alone_are_not_a_problem(cfg: Path) -> None:
    write_settings(cfg, json.dumps({"from/a/newer/version": 1, "view/scale": 250}))
    store = SettingsStore(cfg)
    assert store.problem is None
    assert store.get(keys.SCALE) == 250


def test_settings_path_that_is_a_folder(cfg: Path) -> None:
    settings_file(cfg).mkdir(parents=True)
    store = SettingsStore(cfg)
    assert store.problem is not None and store.problem.code == "unreadable"
    assert store.get(keys.SCALE) == 100


def test_listener_called_on_change_only(cfg: Path) -> None:
    store = SettingsStore(cfg)
    calls: list[tuple[Setting[Any], Any]] = []
    store.on_change(lambda k, v: calls.append((k, v)))
    store.set(keys.SCALE, 150)
    store.set(keys.SCALE, 150)  # no change: no call
    store.set(keys.LANGUAGE, "en")
    assert calls == [(keys.SCALE, 150), (keys.LANGUAGE, "en")]


def test_all_listeners_are_called(cfg: Path) -> None:
    store = SettingsStore(cfg)
    first: list[Setting[Any]] = []
    second: list[Any] = []
    store.on_change(lambda k, v: first.append(k))
    store.on_change(lambda k, v: second.append(v))
    store.set(keys.SCALE, 300)
    assert first == [keys.SCALE] and second == [300]


def test_listener_sees_the_new_value_already_stored(cfg: Path) -> None:
    store = SettingsStore(cfg)
    seen: list[Any] = []
    store.on_change(lambda k, v: seen.append(store.get(k)))
    store.set(keys.SCALE, 75)
    assert seen == [75]
    assert SettingsStore(cfg).get(keys.SCALE) == 75


def test_setting_the_default_explicitly_is_stored(cfg: Path) -> None:
    """A value equal to the default is still written (the user chose it)."""
    store = SettingsStore(cfg)
    calls: list[Setting[Any]] = []
    store.on_change(lambda k, v: calls.append(k))
    store.set(keys.SCALE, 100)
    assert calls == [keys.SCALE]
    assert json.loads(settings_file(cfg).read_text(encoding="utf-8")) == {"view/scale": 100}


def test_reset(cfg: Path) -> None:
    store = SettingsStore(cfg)
    store.set(keys.LANGUAGE, "vi")
    calls: list[tuple[Setting[Any], Any]] = []
    store.on_change(lambda k, v: calls.append((k, v)))
    store.reset(keys.LANGUAGE)
    assert store.get(keys.LANGUAGE) == "auto"
    assert calls == [(keys.LANGUAGE, "auto")]
    assert SettingsStore(cfg).get(keys.LANGUAGE) == "auto"


def test_config_dir_is_created_on_first_save(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    SettingsStore(deep).set(keys.SCALE, 125)
    assert (deep / "settings.json").is_file()


def test_custom_schema_with_range(cfg: Path) -> None:
    rate = Setting("speech/rate", int, 0, "Speed.", minimum=-10, maximum=10)
    theme = Setting("ui/theme", str, "light", "Theme.", choices=("light", "dark"))
    schema: dict[str, Setting[Any]] = {rate.key: rate, theme.key: theme}
    store = SettingsStore(cfg, schema)
    assert store.get(rate) == 0
    store.set(rate, -10)
    store.set(rate, 10)
    with pytest.raises(ValueError, match="below"):
        store.set(rate, -11)
    with pytest.raises(ValueError, match="above"):
        store.set(rate, 11)
    with pytest.raises(ValueError, match="not one of"):
        store.set(theme, "blue")
    with pytest.raises(KeyError):
        store.get(keys.SCALE)
    assert SettingsStore(cfg, schema).get(rate) == 10


def test_validate_messages() -> None:
    scale = keys.SCALE
    with pytest.raises(ValueError, match="expected a number"):
        scale.validate(True)
    with pytest.raises(ValueError, match="expected int"):
        scale.validate("100")
    assert scale.validate(400) == 400


def test_a_memory_store_starts_from_its_values_and_never_writes(tmp_path: Path) -> None:
    """A kiosk keeps no visitor's choices: nothing is read, nothing is written."""
    store = MemoryStore({keys.SCALE: 150, keys.LANGUAGE: "vi"})
    assert store.get(keys.SCALE) == 150
    assert store.get(keys.THEME) == keys.THEME.default
    heard = []
    store.on_change(lambda key, value: heard.append((key, value)))
    store.set(keys.THEME, "dark")
    assert store.get(keys.THEME) == "dark"
    assert heard == [(keys.THEME, "dark")]
    assert store.save_problem is None
    assert not store.path.exists() and not store.path.parent.exists()
    with pytest.raises(ValueError):
        MemoryStore({keys.SCALE: 7})
