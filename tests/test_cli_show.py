"""`bulletin-reader show FILE --json`, run as the user runs it: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
SEED_ARTICLE = ARTICLES / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
CHART_ARTICLE = ARTICLES / "2023-12-05-bac-kan-ket-qua-nam-2023" / "article.md"
ENGLISH_ARTICLE = ARTICLES / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def show_json(path: Path) -> tuple[dict, str]:
    result = run("show", path, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_show_seed_article() -> None:
    data, stderr = show_json(SEED_ARTICLE)
    assert stderr == ""
    assert data["title"] == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"
    assert data["date"] == "2023-12-05"
    assert data["lang"] == "vi"
    assert data["author"] == "Hương Dịu"
    assert data["lead"]["text"].startswith("Ngày 5/12, các đồng chí: Hoàng Duy Chinh")
    assert data["warnings"] == []
    types = [b["type"] for b in data["blocks"]]
    assert types.count("heading") == 3 and types.count("figure") == 3
    assert types[0] == "figure"
    captions = [b["caption"] for b in data["blocks"] if b["type"] == "figure"]
    assert captions[2] == "Đ/c Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị"
    assert all(b["image"] is None for b in data["blocks"] if b["type"] == "figure")
    for block in [data["lead"], *data["blocks"]]:
        source = block["caption"] if block.get("type") == "figure" else block["text"]
        assert block["sentences"]
        previous_end = 0
        for s in block["sentences"]:
            assert set(s) == {"start", "end", "text"}
            assert previous_end <= s["start"] < s["end"] <= len(source)
            assert source[s["start"] : s["end"]] == s["text"]
            previous_end = s["end"]


def test_show_is_the_same_model_as_the_library_loader() -> None:
    from reader.formats.markdown_article import load_article

    data, _ = show_json(ENGLISH_ARTICLE)
    expected = json.loads(load_article(ENGLISH_ARTICLE).to_json())
    expected.pop("path")
    data.pop("path")
    assert data == expected
    assert data["lang"] == "en"


def test_show_default_is_json_too() -> None:
    result = run("show", ENGLISH_ARTICLE)
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"].startswith("Harrowmere Central Library")


def test_show_warns_about_missing_image_but_succeeds() -> None:
    data, stderr = show_json(CHART_ARTICLE)
    figures = [b for b in data["blocks"] if b["type"] == "figure"]
    assert [f["image"] for f in figures] == [
        "images/chi-tieu-nam-2023.png",
        "images/ket-qua-so-voi-ke-hoach-2023.png",
        "images/ban-do-tinh.png",
    ]
    assert "problem" not in figures[0]
    assert figures[2]["problem"].startswith("missing")
    assert stderr.startswith("bulletin-reader: warning:")
    assert "ban-do-tinh.png" in stderr


def test_show_relative_path_from_another_folder(tmp_path: Path) -> None:
    article = tmp_path / "sub" / "a.md"
    article.parent.mkdir()
    article.write_text("---\ntitle: Tương đối\n---\nMột câu. Hai câu.\n", encoding="utf-8")
    result = run("show", Path("sub") / "a.md", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Tương đối"
    assert [s["text"] for s in data["blocks"][0]["sentences"]] == ["Một câu.", "Hai câu."]


def _bad(tmp_path: Path, name: str) -> Path:
    p = tmp_path / f"{name}.md"
    if name == "not-utf8":
        p.write_bytes("---\ntitle: x\n---\nCafé\n".encode("cp1252"))
    elif name == "binary":
        p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    elif name == "empty":
        p.write_bytes(b"")
    elif name == "front-matter":
        p.write_text("---\ntitle: [oops\n---\nBody.\n", encoding="utf-8")
    elif name == "unclosed":
        p.write_text("---\ntitle: x\nBody.\n", encoding="utf-8")
    elif name == "too-large":
        with p.open("wb") as f:
            f.truncate(20 * 1024 * 1024)
    elif name == "folder":
        p.mkdir()
    # "missing": not created
    return p


@pytest.mark.parametrize(
    "name,reason",
    [
        ("not-utf8", "not UTF-8"),
        ("binary", "binary"),
        ("empty", "empty"),
        ("front-matter", "front matter is broken"),
        ("unclosed", "never closed"),
        ("too-large", "20.0 MB"),
        ("folder", "folder"),
        ("missing", "does not exist"),
    ],
)
def test_show_bad_file(tmp_path: Path, name: str, reason: str) -> None:
    path = _bad(tmp_path, name)
    result = run("show", path, "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.startswith("bulletin-reader: error:")
    assert reason in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_show_without_file_is_a_usage_error() -> None:
    result = run("show")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "usage: bulletin-reader show" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == f"bulletin-reader {__version__}"


@pytest.mark.parametrize("args", [("--help",), ("show", "--help")])
def test_help(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: bulletin-reader")
    assert result.stderr == ""


def test_main_help_mentions_show() -> None:
    result = run("--help")
    assert "show FILE --json" in result.stdout


def test_show_help_mentions_json() -> None:
    assert "--json" in run("show", "--help").stdout


def test_show_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`bulletin-reader show FILE | head -1` must not end in a traceback."""
    from tests.conftest import PROJECT, SEED_ARTICLE

    big = tmp_path / "big.md"  # JSON far larger than a pipe's buffer
    head, body = SEED_ARTICLE.read_text(encoding="utf-8").split("\n---\n", 1)
    big.write_text(head + "\n---\n" + body * 10, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "show", str(big), "--json"],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
