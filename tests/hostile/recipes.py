"""Hostile inputs too big to commit: each is a name (what it tries) and a recipe for bytes.

Made at test time (``write_all``). The small ones live in ``files/``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def _text(s: str) -> bytes:
    return s.encode("utf-8")


RECIPES: dict[str, Callable[[], bytes]] = {
    # Markdown cost (issue 16 items 5 and 7, issue 9 section 1)
    "nested-lists-1500-4mb.md": lambda: _text("".join("    " * i + "- x\n" for i in range(1500))),
    "nested-lists-600-2-spaces.md": lambda: _text("".join("  " * i + "- x\n" for i in range(600))),
    "nested-quotes-lines-2000.md": lambda: _text("".join(">" * i + " x\n" for i in range(2000))),
    "links-20000-one-paragraph.md": lambda: _text(
        " ".join(f"[a{i}](https://e.org/{i})" for i in range(20_000))
    ),
    "emphasis-20000-one-paragraph.md": lambda: _text(" ".join(f"*a{i}*" for i in range(20_000))),
    "emphasis-words-nested-3000.md": lambda: _text("*a " * 3000 + "b* " * 3000),
    "links-1900-per-paragraph-x10.md": lambda: _text(
        "\n\n".join(" ".join(f"[a{i}](u{i})" for i in range(950)) for _ in range(10))
    ),
    "unclosed-link-parens-x10.md": lambda: _text("\n\n".join(["[a](" * 1900 + "x"] * 10)),
    "escapes-50000.md": lambda: _text("\\*" * 50_000),
    "paragraphs-1-million.md": lambda: _text("a\n\n" * 1_000_000),
    "list-items-100000.md": lambda: _text("- a\n" * 100_000),
    "lines-2-million.md": lambda: _text("a\n" * 2_000_000),
    "long-word-400k.md": lambda: _text("# Từ dài\n\n" + "a" * 400_000 + "\n"),
    "h1-title-1mb.md": lambda: _text("# " + "chữ " * 250_000 + "\n\nB.\n"),
    "data-uri-image-4mb.md": lambda: _text("![x](data:image/png;base64," + "A" * 4_000_000 + ")\n"),
    "size-just-under-5mb.md": lambda: _text("# Lớn\n\n" + ("Câu văn. " * 20 + "\n\n") * 27_000),
    # Front matter (issue 16 item 3)
    "yaml-alias-bomb-8-levels.md": lambda: _text(
        "---\n"
        + 'a0: &a0 ["lol", "lol"]\n'
        + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9))
        + "date: *a8\ntitle: Bom\n---\nB.\n"
    ),
    "yaml-title-5000-digits.md": lambda: _text("---\ntitle: " + "7" * 5000 + "\n---\nB.\n"),
    "yaml-date-5000-digits.md": lambda: _text("---\ndate: " + "7" * 5000 + "\n---\nB.\n"),
    "yaml-deep-flow-20000.md": lambda: _text("---\nx: " + "[" * 20_000 + "\n---\nB.\n"),
    "yaml-scalar-64kb.md": lambda: _text("---\ntitle: " + "x" * 65_000 + "\n---\nB.\n"),
    # Text (issue 16 item 3)
    "combining-marks-180000.md": lambda: _text("# Dấu\n\na" + "\u0301\u0323" * 90_000 + "\n"),
    "utf16-large.md": lambda: ("# Tiêu đề\n\n" + "Nội dung. " * 100_000).encode("utf-16"),
}


def write_all(folder: Path) -> dict[str, Path]:
    """Write every recipe into ``folder``; also the special files a folder can hold."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, make in RECIPES.items():
        paths[name] = folder / name
        paths[name].write_bytes(make())
    over = folder / "size-over-5mb-sparse.md"
    with over.open("wb") as f:
        f.truncate(20 * 1024 * 1024)
    paths[over.name] = over
    outside = folder.parent / "outside-secret.md"
    outside.write_text("# Bí mật\n", encoding="utf-8")
    for name, target in (
        ("symlink-to-proc-status.md", "/proc/self/status"),
        ("symlink-outside-folder.md", str(outside)),
        ("symlink-dangling.md", str(folder / "nowhere")),
        ("symlink-loop.md", str(folder / "symlink-loop.md")),
    ):
        (folder / name).symlink_to(target)
        paths[name] = folder / name
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo-named-pipe.md")
        paths["fifo-named-pipe.md"] = folder / "fifo-named-pipe.md"
    (folder / "folder-named-like-article.md").mkdir()
    paths["folder-named-like-article.md"] = folder / "folder-named-like-article.md"
    return paths
