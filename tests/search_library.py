"""A small Vietnamese library for the search tests: real Markdown articles on disk."""

from __future__ import annotations

import os
from pathlib import Path

ARTICLES = {
    "hoi-nghi.md": (
        "Hội nghị Ban Chấp hành lần thứ 14",
        "2023-12-05",
        "Sáng nay, các đại biểu dự họp bàn về công tác kinh tế - xã hội của tỉnh.\n\n"
        "Đồng chí Bí thư nhấn mạnh vai trò của Đảng bộ tỉnh trong năm 2024.",
    ),
    "dieu-dong.md": (
        "Điều động, bổ nhiệm cán bộ lãnh đạo",
        "2024-01-10",
        "Quyết định điều động đồng chí Nguyễn Văn An về công tác tại Sở Y tế.",
    ),
    # "Đang bỏ" folds to "dang bo" like "Đảng bộ", and has it in its title: without the
    # exact-marks rank, a query for "Đảng bộ" would put this one first.
    "dang-bo.md": (
        "Công trình đang bỏ dở, đang bỏ hoang",
        "2022-05-01",
        "Nhiều hạng mục đang bỏ dở vì thiếu vốn; người dân mong sớm hoàn thành.",
    ),
    "english.md": (
        "Harrowmere library opens a reading room",
        "2024-03-14",
        "The council opened an accessible reading room on Monday.",
    ),
}


def write_article(path: Path, title: str, date: str, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\ndate: {date}\nlang: vi\n---\n\n{body}\n", "utf-8")
    return path


def make_library(root: Path) -> Path:
    for name, (title, date, body) in ARTICLES.items():
        write_article(root / name, title, date, body)
    (root / "broken.md").write_bytes(b"\x00\x01\x02 not an article \xff\xfe")
    return root


def touch(path: Path, seconds: int = 5) -> None:
    """A new modification time, as an editor saving the file would leave."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 1_000_000_000))
