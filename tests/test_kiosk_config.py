"""The kiosk's admin config: layered over the defaults, and nothing in it stops the kiosk."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import locations
from reader.kiosk.config import (
    FIELDS,
    KioskConfig,
    config_from_mapping,
    default_config_path,
    load_config,
    parse_config,
)
from reader.kiosk.pin import MIN_ITERATIONS, hash_pin
from reader.settings import SCHEMA, keys
from tests.conftest import PROJECT
from tests.fuzzing import deadline, examples

EXAMPLE = PROJECT / "resources" / "kiosk" / "kiosk.example.toml"
PIN_HASH = hash_pin("2468", iterations=MIN_ITERATIONS)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_defaults() -> None:
    config = KioskConfig()
    assert config.library == (locations.user_library(), locations.bundled_articles())
    assert (config.idle_seconds, config.countdown_seconds) == (120, 15)
    assert (config.text_size, config.theme, config.language) == (150, "light", "vi")
    assert (config.voice_vi, config.voice_en, config.speech_rate) == ("", "", 170)
    assert config.attract is False and config.admin_pin_hash is None


def test_the_default_path_is_in_the_config_folder(config_dir: Path, tmp_path: Path) -> None:
    assert default_config_path() == config_dir / "kiosk.toml"
    assert default_config_path(tmp_path / "k") == tmp_path / "k" / "kiosk.toml"


def test_the_shipped_example_loads_without_problems_and_names_every_key(
    tmp_path: Path,
) -> None:
    config, problems = load_config(EXAMPLE)
    assert problems == []
    assert config.source == EXAMPLE
    text = EXAMPLE.read_text(encoding="utf-8")
    for key in FIELDS:  # set, or shown commented out
        assert re.search(rf"^(# )?{key} = ", text, re.MULTILINE), key
    # Its values are the defaults, so copying it changes nothing until it is edited.
    assert config == KioskConfig(source=EXAMPLE)
    # And its commented lines, uncommented, are valid too (with a real hash and folders).
    (tmp_path / "srv").mkdir()
    (tmp_path / "bulletins").mkdir()
    uncommented = re.sub(r"^# (\w+ = )", r"\1", text, flags=re.MULTILINE)
    uncommented = uncommented.replace('"/srv/bulletins", "~/bulletins"', '"srv", "bulletins"')
    uncommented = re.sub(r'"pbkdf2_sha256\$600000\$\.\.\.\$\.\.\."', f'"{PIN_HASH}"', uncommented)
    config, problems = load_config(write(tmp_path, uncommented))
    assert problems == []
    assert config.library == (tmp_path / "srv", tmp_path / "bulletins")
    assert config.admin_pin_hash == PIN_HASH


def test_a_full_config_overrides_every_default(tmp_path: Path) -> None:
    (tmp_path / "srv").mkdir()
    path = write(
        tmp_path,
        f"""
        library = ["{tmp_path / "srv"}", "srv", "~/bulletins"]
        idle_seconds = 300
        countdown_seconds = 30
        text_size = 200
        theme = "high-contrast"
        language = "en"
        voice_vi = "vi"
        voice_en = "en-gb"
        speech_rate = 150
        attract = true
        admin_pin_hash = "{PIN_HASH}"
        """,
    )
    config, problems = load_config(path)
    home = Path("~").expanduser()
    assert config == KioskConfig(
        library=(tmp_path / "srv", home / "bulletins"),  # the same folder once
        idle_seconds=300,
        countdown_seconds=30,
        text_size=200,
        theme="high-contrast",
        language="en",
        voice_vi="vi",
        voice_en="en-gb",
        speech_rate=150,
        attract=True,
        admin_pin_hash=PIN_HASH,
        source=path,
    )
    # The one problem: a folder that does not exist (yet) is kept, and said.
    assert problems == [f"{path}: library folder {home / 'bulletins'} does not exist (yet); "
                        "it is shown empty"]  # fmt: skip


def test_one_folder_may_be_given_as_a_string(tmp_path: Path) -> None:
    config, problems = parse_config('library = "/srv/bulletins"', tmp_path)
    assert (config.library, problems) == ((Path("/srv/bulletins"),), [])


def test_visitor_settings_cover_every_setting_with_the_kiosk_defaults() -> None:
    config = KioskConfig(text_size=300, theme="dark", language="en", voice_vi="vi",
                         voice_en="en-us", speech_rate=200)  # fmt: skip
    values = config.visitor_settings()
    assert set(values) == set(SCHEMA.values())
    assert values[keys.SCALE] == 300
    assert values[keys.THEME] == "dark"
    assert values[keys.LANGUAGE] == "en"
    assert (values[keys.VOICE_VI], values[keys.VOICE_EN]) == ("vi", "en-us")
    assert values[keys.SPEECH_RATE] == 200
    assert values[keys.SPEECH_VOLUME] == keys.SPEECH_VOLUME.default
    assert values[keys.LINE_HEIGHT] == keys.LINE_HEIGHT.default
    for setting, value in values.items():  # each one a store would take
        assert setting.validate(value) == value


@pytest.mark.parametrize(
    "line, key, reason",
    [
        ("idle_seconds = 10", "idle_seconds", "must be 30-3600"),
        ("idle_seconds = 1e9", "idle_seconds", "expected a whole number"),
        ("idle_seconds = true", "idle_seconds", "expected a whole number"),
        ("countdown_seconds = 0", "countdown_seconds", "must be 5-120"),
        ("countdown_seconds = 9223372036854775807", "countdown_seconds", "must be 5-120"),
        ("text_size = 120", "text_size", "must be one of 50, 67"),
        ('text_size = "150"', "text_size", "must be one of 50, 67"),
        ('theme = "auto"', "theme", "must be one of light, dark, sepia, high-contrast"),
        ('theme = "neon"', "theme", "must be one of light"),
        ('language = "fr"', "language", "must be one of vi, en"),
        ('language = "auto"', "language", "must be one of vi, en"),
        ("voice_vi = 3", "voice_vi", "expected str"),
        ('voice_en = "a\\u0007b"', "voice_en", "control characters"),
        (f'voice_en = "{"x" * 201}"', "voice_en", "longer than 200"),
        ("speech_rate = 20", "speech_rate", "must be a whole number 80-450"),
        ("speech_rate = 170.0", "speech_rate", "must be a whole number 80-450"),
        ('attract = "yes"', "attract", "expected true or false"),
        ("attract = 1", "attract", "expected true or false"),
        ("library = []", "library", "expected a list of folders"),
        ("library = [1]", "library", "non-empty string"),
        ('library = [""]', "library", "non-empty string"),
        ('library = ["~nosuchuser1234/x"]', "library", "cannot tell whose home"),
        ("library = {a = 1}", "library", "expected a list of folders"),
        ('admin_pin_hash = "1234"', "admin_pin_hash", "not a pbkdf2_sha256"),
        ("admin_pin_hash = 1234", "admin_pin_hash", "expected the quoted line"),
    ],
)
def test_a_bad_value_keeps_its_default_and_says_why_and_where(
    tmp_path: Path, line: str, key: str, reason: str
) -> None:
    text = f'# kiosk\ntheme = "dark"\n\n{line}\nattract = true\n'
    if key in ("theme", "attract"):
        text = f"# kiosk\n\n\n{line}\n"
    config, problems = parse_config(text, tmp_path)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem.startswith(f"line 4: {key} = ") and reason in problem, problem
    if key == "admin_pin_hash":
        assert problem.endswith("so no PIN is set: the kiosk cannot be left from the screen")
    else:
        assert "using the default" in problem
    assert getattr(config, key) == getattr(KioskConfig(), key)
    if key not in ("theme", "attract"):  # the good values around it are kept
        assert (config.theme, config.attract) == ("dark", True)


def test_unknown_keys_and_tables_are_listed_and_the_rest_is_kept(tmp_path: Path) -> None:
    text = 'idle_second = 60\ntheme = "sepia"\n\n[display]\ntext_size = 200\n'
    config, problems = parse_config(text, tmp_path)
    assert config.theme == "sepia" and config.text_size == 150
    assert len(problems) == 2
    assert problems[0].startswith('line 1: unknown key "idle_second"')
    assert "idle_seconds" in problems[0]  # the list of keys shows the right spelling
    assert problems[1].startswith('line 4: unknown key "display"')


def test_relative_folders_start_at_the_config_file_even_given_relatively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "kiosk.toml").write_text('library = ["news"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config, _ = load_config(Path("etc/kiosk.toml"))  # `--config etc/kiosk.toml`
    assert config.library == (tmp_path / "etc" / "news",)


def test_a_dotted_key_is_found_on_its_line(tmp_path: Path) -> None:
    _, problems = parse_config('theme = "dark"\ndisplay.size = 3\n', tmp_path)
    assert problems == [
        'line 2: unknown key "display", ignored (the keys: library, idle_seconds, '
        "countdown_seconds, text_size, theme, language, voice_vi, voice_en, voices, "
        "speech_rate, attract, admin_pin_hash)"
    ]


def test_a_syntax_error_keeps_every_default_and_gives_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "dark"\nidle_seconds = 60\ntext_size = = 3\n')
    config, problems = load_config(path)
    assert config == KioskConfig(source=path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: not valid TOML (")
    assert "line 3" in problems[0] and "every value is at its default" in problems[0]


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "kiosk.toml"
    config, problems = load_config(path)
    assert config == KioskConfig()
    assert problems == [f"{path}: no such file; every value is at its default"]


def test_the_default_path_is_read_when_none_is_given(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "kiosk.toml").write_text("text_size = 250\n", encoding="utf-8")
    config, problems = load_config()
    assert (config.text_size, problems) == (250, [])


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p.mkdir(), "not a regular file"),
        (lambda p: os.mkfifo(p), "not a regular file"),  # would block a plain open()
        (lambda p: p.write_bytes(b"theme = '\xff'\n"), "not UTF-8 text"),
        (lambda p: p.write_bytes(b"#" * (1 << 20) + b"\n"), "larger than 1 MB"),
    ],
)
def test_a_file_that_cannot_be_read_gives_the_defaults(tmp_path: Path, make, reason) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kiosk.toml"
    make(path)
    config, problems = load_config(path)
    assert config == KioskConfig()
    assert len(problems) == 1 and reason in problems[0] and str(path) in problems[0]


def test_a_byte_order_mark_is_not_a_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbftext_size = 200\n")  # Notepad's UTF-8
    config, problems = load_config(path)
    assert (config.text_size, problems) == (200, [])


# Any value TOML can hold, for any key: never an exception, always a usable config.
toml_scalars = (
    st.integers(-(2**63), 2**63 - 1)
    | st.floats()
    | st.booleans()
    | st.text(max_size=300)
    | st.datetimes()
    | st.datetimes(timezones=st.just(dt.UTC))
    | st.dates()
    | st.times()
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=40) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=30,
)
keys_ = st.sampled_from(sorted(FIELDS)) | st.text(max_size=20)


@settings(max_examples=examples(150), deadline=deadline())
@given(st.dictionaries(keys_, toml_values, max_size=14))
def test_any_toml_values_never_raise_and_give_a_valid_config(data: dict) -> None:  # type: ignore[type-arg]
    config, problems = config_from_mapping(data, Path("/etc/bulletin-reader"))
    assert all(isinstance(p, str) for p in problems)
    assert len(problems) <= len(data)
    for setting, value in config.visitor_settings().items():
        assert setting.validate(value) == value
    assert 30 <= config.idle_seconds <= 3600 and 5 <= config.countdown_seconds <= 120
    assert config.library and all(p.is_absolute() for p in config.library)
    assert isinstance(config.attract, bool)
    unknown = [key for key in data if key not in FIELDS]
    assert len([p for p in problems if "unknown key" in p]) == len(unknown)
    for key in data.keys() & FIELDS.keys():  # taken, or the default kept and said why
        if any(p.startswith(f"{key} = ") for p in problems):
            assert getattr(config, key) == getattr(KioskConfig(), key)


@settings(max_examples=examples(300), deadline=deadline())
@given(st.text(max_size=400))
def test_any_text_never_raises(text: str) -> None:
    config, problems = parse_config(text, Path("/etc"))
    assert isinstance(config, KioskConfig)
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assert config == KioskConfig() and len(problems) == 1


def test_voice_folders_are_folders_relative_to_the_file_and_may_be_none(tmp_path: Path) -> None:
    config, problems = parse_config('voices = ["v", "/srv/voices", "v"]', tmp_path)
    assert (config.voices, problems) == ((tmp_path / "v", Path("/srv/voices")), [])
    assert parse_config("voices = []", tmp_path) == (KioskConfig(), [])
    config, problems = parse_config("voices = 3", tmp_path)
    assert config.voices == () and len(problems) == 1 and "voices = 3" in problems[0]
