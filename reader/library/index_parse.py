"""What the search index keeps of one article file: run in worker processes, so it is plain.

Parsing is the expensive part of indexing (Markdown, YAML, sentences: a few ms an article),
so it runs in a pool of processes; everything here takes and returns picklable values and
never raises: a file that cannot be read becomes a record with its reason.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from reader.formats.article_file import decode_article_bytes, read_article_bytes
from reader.formats.errors import ArticleError
from reader.formats.markdown_article import parse_article
from reader.library.folding import fold
from reader.model import Article

MAX_DEPTH = 4  # as the library list (reader.library.scan): the same files in both


@dataclass(frozen=True, slots=True)
class FileStamp:
    """A file as found on disk: the key that says whether it must be parsed again."""

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Record:
    """An article's row in the index; ``problem`` set (and no text) when it cannot be read."""

    stamp: FileStamp
    title: str
    date: str | None = None
    language: str | None = None
    author: str | None = None
    sha256: str | None = None
    body_z: bytes = b""  # the original text, zlib-compressed: snippets are cut from it
    columns: tuple[str, str, str, str] = ("", "", "", "")  # the FTS5 columns, see fts_columns
    problem: str | None = None  # why it cannot be read, in English
    problem_kind: str | None = None  # ArticleError.kind (stable, for translations), "unexpected"


def walk_articles(root: str) -> list[FileStamp]:
    """Every ``*.md`` under ``root`` (or ``root`` itself), as the library list finds them:
    hidden entries skipped, linked folders not entered, at most MAX_DEPTH folders down."""
    try:
        if os.path.isfile(root):
            st = os.stat(root)
            return [FileStamp(root, st.st_size, st.st_mtime_ns)]
    except OSError:
        return []
    found: list[FileStamp] = []
    stack = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # an unreadable folder hides its articles, it does not stop the rest
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth < MAX_DEPTH:
                        stack.append((entry.path, depth + 1))
                elif entry.name.lower().endswith(".md"):
                    st = entry.stat()  # follows a linked file, as opening it would
                    found.append(FileStamp(entry.path, st.st_size, st.st_mtime_ns))
            except OSError:
                continue  # vanished or a broken link: not an article any more
    return found


def article_text(article: Article) -> str:
    """The searchable text: lead, then every block's text, one per line."""
    parts = [article.lead.text] if article.lead else []
    parts += [text.text for block in article.blocks for text in block.texts()]
    return "\n".join(parts)


def marked_words(text: str) -> str:
    """The words of ``text`` written with marks (or any non-ASCII letter), lowercase: enough
    for a query typed with marks to ask for them exactly, at a fraction of the text."""
    # Whole space-separated pieces ("(Đảng", "hội/đoàn"): the FTS tokenizer splits them again.
    return " ".join(itertools.filterfalse(str.isascii, text.lower().split()))


def fts_columns(title: str, body: str) -> tuple[str, str, str, str]:
    """The values of the FTS5 columns (title_folded, body_folded, title_marked, body_marked).

    The table is contentless, so removing a row means giving these again: they are computed
    from the stored original text by this one function, and FOLDING_VERSION (reader.library.folding)
    marks changes: an index made with another is rebuilt.
    """
    return fold(title), fold(body), marked_words(title), marked_words(body)


def extract(stamp: FileStamp) -> Record:
    """Parse one file into its record; never raises."""
    fallback = Path(stamp.path).stem
    try:
        path = Path(stamp.path)
        data = read_article_bytes(path)  # as load_article, but the bytes hashed are at hand
        text = decode_article_bytes(data, str(path))
        article = parse_article(text, path.parent, str(path), sentences=False)  # text only
        body = article_text(article)
        return Record(
            stamp=stamp,
            title=article.title,
            date=article.date.isoformat() if article.date else None,
            language=article.lang,
            author=article.author,
            sha256=hashlib.sha256(data).hexdigest(),
            body_z=zlib.compress(body.encode("utf-8"), 6),
            columns=fts_columns(article.title, body),
        )
    except ArticleError as e:
        return Record(stamp, fallback, problem=e.detail, problem_kind=e.kind)
    except Exception as e:  # a bug or a library surprise: one file never stops the index
        problem = f"unexpected error: {type(e).__name__}"
        return Record(stamp, fallback, problem=problem, problem_kind="unexpected")


def extract_many(stamps: list[FileStamp]) -> list[Record]:
    """A chunk of files for one worker (fewer round trips than one file at a time)."""
    return [extract(s) for s in stamps]
