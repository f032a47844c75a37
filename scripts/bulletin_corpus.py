"""A deterministic generator of Vietnamese-like bulletin articles, for `make bench`.

The text is a word-level Markov chain trained on the bundled Vietnamese bulletin, so the
syllables, tone marks, đ/Đ and word frequencies look like real bulletins; titles follow the
shapes of provincial portals' headlines. The same seed always writes the same files.

    python scripts/bulletin_corpus.py OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SOURCE = PROJECT / "articles" / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"

TITLE_SHAPES = (
    "Hội nghị Ban Chấp hành Đảng bộ {place} lần thứ {n}",
    "Điều động, bổ nhiệm cán bộ lãnh đạo {agency}",
    "{place}: triển khai kế hoạch phát triển kinh tế - xã hội năm {year}",
    "Kỳ họp thứ {n} HĐND {place} khóa {roman}",
    "Đoàn công tác {agency} làm việc tại {place}",
    "Tổng kết công tác {field} năm {year}",
    "Sơ kết {n} năm thực hiện Nghị quyết số {n}-NQ/TU về {field}",
    "Hội thảo nâng cao chất lượng {field} trên địa bàn {place}",
    "Phát động phong trào thi đua {field} giai đoạn {year}-{year2}",
    "Lãnh đạo {place} thăm, chúc Tết các gia đình chính sách",
    "Đảng bộ {place} đón nhận Huân chương Lao động hạng {rank}",
    "Tăng cường phòng, chống thiên tai, tìm kiếm cứu nạn tại {place}",
)
PLACES = (
    "tỉnh Bắc Kạn", "huyện Ba Bể", "huyện Chợ Đồn", "thành phố Bắc Kạn", "huyện Ngân Sơn",
    "huyện Pác Nặm", "huyện Na Rì", "huyện Bạch Thông", "huyện Chợ Mới", "xã Đồng Phúc",
    "thị trấn Phủ Thông", "xã Quảng Khê",
)  # fmt: skip
AGENCIES = (
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "UBND tỉnh", "Ban Tuyên giáo Tỉnh ủy",
    "Sở Nông nghiệp và Phát triển nông thôn", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
    "Ủy ban Mặt trận Tổ quốc tỉnh", "Sở Tài chính", "Đài Phát thanh và Truyền hình",
)  # fmt: skip
FIELDS = (
    "giáo dục và đào tạo", "cải cách hành chính", "xây dựng nông thôn mới", "du lịch",
    "chuyển đổi số", "bảo vệ môi trường", "quốc phòng, an ninh", "y tế cơ sở",
    "giảm nghèo bền vững", "công tác dân vận", "phát triển công nghiệp",
)  # fmt: skip
AUTHORS = ("Hương Dịu", "Đức Thắng", "Minh Hằng", "Thu Trang", "Ngọc Ánh", "Văn Đông")
ROMAN = ("X", "XI", "XII", "XIII", "XIV")
_WORD = re.compile(r"\S+")


def _training_words() -> list[str]:
    text = SOURCE.read_text(encoding="utf-8").split("---", 2)[2]
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith(("!", "*", "#"))]
    return _WORD.findall(" ".join(lines))


class Corpus:
    """Article texts from a seed; ``article(i)`` is the same text for the same (seed, i)."""

    def __init__(self, seed: int = 12) -> None:
        self.seed = seed
        words = _training_words()
        self.starts = [w for i, w in enumerate(words) if i == 0 or words[i - 1].endswith(".")]
        self.chain: dict[str, list[str]] = {}
        for a, b in itertools.pairwise(words):
            self.chain.setdefault(a, []).append(b)

    def sentence(self, rng: random.Random) -> str:
        word = rng.choice(self.starts)
        out = [word]
        while not word.endswith((".", ";", "?")) and len(out) < 45:
            word = rng.choice(self.chain.get(word) or self.starts)
            out.append(word)
        text = " ".join(out).rstrip(";,:")
        return text[0].upper() + text[1:] + ("" if text.endswith((".", "?")) else ".")

    def title(self, rng: random.Random) -> str:
        year = rng.randint(2015, 2025)
        return rng.choice(TITLE_SHAPES).format(
            place=rng.choice(PLACES), agency=rng.choice(AGENCIES), field=rng.choice(FIELDS),
            n=rng.randint(2, 30), year=year, year2=year + 5, roman=rng.choice(ROMAN),
            rank=rng.choice(("Nhất", "Nhì", "Ba")),
        )  # fmt: skip

    def article(self, index: int) -> tuple[str, str]:
        """(file name, Markdown text) of article ``index``."""
        rng = random.Random(f"{self.seed}:{index}")
        title = self.title(rng)
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
        lead = " ".join(self.sentence(rng) for _ in range(2))
        parts = [
            "---",
            f"title: {json.dumps(title, ensure_ascii=False)}",
            f"date: {date.isoformat()}",
            "lang: vi",
            f"author: {rng.choice(AUTHORS)}",
            "source: Cổng thông tin điện tử tỉnh Bắc Kạn",
            f"lead: {json.dumps(lead, ensure_ascii=False)}",
            "---",
            "",
        ]
        for p in range(rng.randint(8, 20)):
            if p and rng.random() < 0.15:
                parts += [f"## {self.sentence(rng).rstrip('.')[:80]}", ""]
            parts += [" ".join(self.sentence(rng) for _ in range(rng.randint(2, 5))), ""]
        return f"{date.isoformat()}-{index:05d}.md", "\n".join(parts)

    def write(self, folder: Path, count: int, per_folder: int = 500) -> list[Path]:
        """Write articles 0..count-1 into ``folder``, in sub-folders of ``per_folder``."""
        paths = []
        for i in range(count):
            name, text = self.article(i)
            sub = folder / f"{i // per_folder:03d}"
            sub.mkdir(parents=True, exist_ok=True)
            path = sub / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    Corpus(args.seed).write(args.out, args.count)
