"""The search index on real files: ranking, snippets, incremental updates, rebuilds, kills."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library import index as index_module
from reader.library.index import IndexRebuilt, SearchIndex
from reader.library.index_db import INDEX_FILE
from reader.library.search_query import EmptyQuery
from tests.fuzzing import deadline, examples
from tests.search_library import make_library, touch, write_article

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "library")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def titles(index: SearchIndex, query: str, **kw: object) -> list[str]:
    return [hit.title for hit in index.search(query, **kw)]  # type: ignore[arg-type]


def test_queries_without_marks_find_the_words_with_them(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        report = index.update([library])
        assert (report.articles, report.added) == (4, 5)
        assert titles(index, "hoi nghi") == ["Hội nghị Ban Chấp hành lần thứ 14"]
        assert titles(index, "dieu dong") == ["Điều động, bổ nhiệm cán bộ lãnh đạo"]
        assert "Hội nghị Ban Chấp hành lần thứ 14" in titles(index, "dang bo")
        assert titles(index, "HARROWMERE") == ["Harrowmere library opens a reading room"]
        assert titles(index, "nothing like this") == []


def test_a_query_with_marks_ranks_exact_matches_first(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        # Without marks, the title with "đang bỏ" twice wins on bm25 (title above body)...
        assert titles(index, "dang bo")[0] == "Công trình đang bỏ dở, đang bỏ hoang"
        # ... typed with them, the article that has "Đảng bộ" as written comes first.
        hits = index.search("Đảng bộ")
        assert [h.title for h in hits] == [
            "Hội nghị Ban Chấp hành lần thứ 14",
            "Công trình đang bỏ dở, đang bỏ hoang",
        ]
        assert [h.exact for h in hits] == [True, False]


def test_the_title_weighs_more_than_the_body(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "lib"
    write_article(root / "a.md", "Báo cáo tổng kết năm", "2024-01-01",
                  "Nội dung về giáo dục và đào tạo của tỉnh trong năm qua.")  # fmt: skip
    write_article(root / "b.md", "Giáo dục vùng cao", "2024-01-02",
                  "Nội dung về các trường học của tỉnh trong năm qua.")  # fmt: skip
    with SearchIndex(cache) as index:
        index.update([root])
        assert titles(index, "giao duc") == ["Giáo dục vùng cao", "Báo cáo tổng kết năm"]


def test_words_side_by_side_rank_first(tmp_path: Path, cache: Path) -> None:
    # "hội nghị" is one word of two syllables: the words apart (even in a title) are not it.
    root = tmp_path / "lib"
    write_article(root / "apart.md", "Nghị quyết về lễ hội", "2024-01-01",
                  "Nội dung nghị quyết về lễ hội truyền thống.")  # fmt: skip
    write_article(root / "together.md", "Tin trong tuần", "2024-01-02",
                  "Tuần qua, tỉnh tổ chức hội nghị tổng kết.")  # fmt: skip
    with SearchIndex(cache) as index:
        index.update([root])
        assert titles(index, "hoi") == ["Nghị quyết về lễ hội", "Tin trong tuần"]
        assert titles(index, "hoi nghi") == ["Tin trong tuần", "Nghị quyết về lễ hội"]


def test_snippets_show_the_original_words_marked(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        (hit,) = index.search("dieu dong dong chi")
        assert "**điều** **động** **đồng** **chí**" in hit.snippet.marked()
        (hit,) = index.search("hoi nghi")
        assert [hit.title[s:e] for s, e in hit.title_marks] == ["Hội", "nghị"]


def test_words_typed_with_marks_are_marked_only_as_typed(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "lib"
    write_article(root / "a.md", "Tin Đảng bộ", "2024-01-01",
                  "Đảng bộ xã đang bỏ công sức làm đường.")  # fmt: skip
    with SearchIndex(cache) as index:
        index.update([root])
        (hit,) = index.search("Đảng bộ")
        assert hit.snippet.marked() == "**Đảng** **bộ** xã đang bỏ công sức làm đường."
        assert [hit.title[s:e] for s, e in hit.title_marks] == ["Đảng", "bộ"]
        (hit,) = index.search("dang bo")
        assert hit.snippet.marked() == "**Đảng** **bộ** xã **đang** **bỏ** công sức làm đường."


def test_dates_filter_and_sort(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        everything = ["Điều động, bổ nhiệm cán bộ lãnh đạo", "Hội nghị Ban Chấp hành lần thứ 14",
                      "Công trình đang bỏ dở, đang bỏ hoang"]  # fmt: skip
        assert titles(index, "cong", sort="date") == everything  # "công" in each, newest first
        assert titles(index, "cong", sort="date", date_from=dt.date(2023, 1, 1),
                      date_to=dt.date(2023, 12, 31)) == [everything[1]]  # fmt: skip
        assert titles(index, "cong", sort="date", limit=1) == everything[:1]


def test_search_keeps_to_the_folders_asked(library: Path, tmp_path: Path, cache: Path) -> None:
    other = tmp_path / "library-2"  # shares a prefix with "library": must not leak into it
    write_article(other / "x.md", "Hội nghị khác", "2024-05-05", "Một hội nghị khác.")
    with SearchIndex(cache) as index:
        index.update([library, other])
        assert len(index.search("hoi nghi")) == 2
        assert titles(index, "hoi nghi", roots=[other]) == ["Hội nghị khác"]
        assert titles(index, "hoi nghi", roots=[library]) == ["Hội nghị Ban Chấp hành lần thứ 14"]


def test_an_empty_query_is_refused(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index, pytest.raises(EmptyQuery):
        index.search("  ;;  ")


def test_an_unreadable_file_is_recorded_and_skipped(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        report = index.update([library])
        assert [Path(p).name for p, _reason in report.failed] == ["broken.md"]
        assert "binary" in report.failed[0][1] or "UTF" in report.failed[0][1]
        again = index.update([library])  # not read again while unchanged, still reported
        assert (again.unchanged, again.added, len(again.failed)) == (5, 0, 1)


def test_only_changed_files_are_parsed_again(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        # An edit that keeps size and modification time is invisible: proof that unchanged
        # files are not parsed again. The touched file is.
        quiet = library / "english.md"
        st = quiet.stat()
        quiet.write_text(quiet.read_text("utf-8").replace("council", "councix"), "utf-8")
        os.utime(quiet, ns=(st.st_atime_ns, st.st_mtime_ns))
        loud = library / "dieu-dong.md"
        loud.write_text(loud.read_text("utf-8").replace("Sở Y tế", "Sở Tư pháp"), "utf-8")
        touch(loud)
        report = index.update([library])
        assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 4)
        assert titles(index, "tu phap") == ["Điều động, bổ nhiệm cán bộ lãnh đạo"]
        assert titles(index, "y te") == []  # the old words are gone from the index
        assert titles(index, "councix") == []
        assert titles(index, "council") == ["Harrowmere library opens a reading room"]


def test_deleted_and_new_files(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        (library / "hoi-nghi.md").unlink()
        write_article(library / "sub" / "moi.md", "Hội nghị mới", "2024-06-01", "Nội dung.")
        report = index.update([library])
        assert (report.added, report.removed, report.articles) == (1, 1, 4)
        assert titles(index, "hoi nghi") == ["Hội nghị mới"]
        count = index.con.execute("SELECT count(*) FROM passages").fetchone()[0]
        assert count == 4  # the deleted article's words left the FTS table too
        index.con.execute("INSERT INTO passages (passages) VALUES ('integrity-check')")


def test_a_damaged_file_is_rebuilt_with_a_notice(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
    (cache / INDEX_FILE).write_bytes(b"this is not a database " * 400)
    with SearchIndex(cache) as index:
        assert index.notice is not None and "damaged" in index.notice
        report = index.update([library])
        assert report.notice == index.notice and report.added == 5
        assert titles(index, "hoi nghi") == ["Hội nghị Ban Chấp hành lần thứ 14"]


def test_damage_met_while_searching_rebuilds(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        index.con.execute("UPDATE texts SET body = x'00112233'")  # a text that will not unpack
        with pytest.raises(IndexRebuilt, match="damaged"):
            index.search("hoi nghi")
        index.update([library])
        assert titles(index, "hoi nghi") == ["Hội nghị Ban Chấp hành lần thứ 14"]


def test_text_that_no_longer_decodes_is_damage(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        bad = "CAST(x'2f746d702fff0a1b' AS TEXT)"  # "/tmp/", a byte no UTF-8 has, \n, ESC
        index.con.execute(f"UPDATE documents SET path = {bad} WHERE id = 1")
    with SearchIndex(cache) as index:
        report = index.update([library])
        assert report.notice is not None and "damaged (Could not decode" in report.notice
        assert "\n" not in report.notice and "\x1b" not in report.notice  # one clean line
        assert report.added == 5
        assert titles(index, "hoi nghi") == ["Hội nghị Ban Chấp hành lần thứ 14"]


@pytest.mark.parametrize("version", [0, 99])
def test_another_schema_version_is_rebuilt(library: Path, cache: Path, version: int) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        index.con.execute(f"PRAGMA user_version = {version}")
    with SearchIndex(cache) as index:
        assert index.notice is not None and "another version" in index.notice
        assert index.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert index.update([library]).added == 5


def test_another_folding_is_rebuilt(library: Path, cache: Path) -> None:
    with SearchIndex(cache) as index:
        index.update([library])
        index.con.execute("UPDATE meta SET value = '0/1.0' WHERE key = 'folding'")
    with SearchIndex(cache) as index:
        assert index.notice is not None and "0/1.0" in index.notice


def test_the_process_pool_gives_the_same_index(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "many"
    for i in range(index_module.POOL_THRESHOLD + 5):
        write_article(root / f"{i:03d}.md", f"Bản tin số {i}", "2024-01-01",
                      f"Nội dung bản tin thứ {i} về hội nghị.")  # fmt: skip
    (root / "bad.md").write_text("---\ntitle: [unclosed\n---\nbody", "utf-8")
    with SearchIndex(cache) as index:
        report = index.update([root], workers=2)
        assert report.articles == index_module.POOL_THRESHOLD + 5
        assert [Path(p).name for p, _r in report.failed] == ["bad.md"]
        assert len(index.search("hoi nghi", limit=100)) == report.articles


WRITER = """
import sys, time
from pathlib import Path
from reader.library import index
index.BATCH_SIZE, index.BATCH_SECONDS = 10, 1e9

def progress(done, total):
    if done == 25:  # 20 committed, 5 written in the transaction that is open now
        print("in the middle", flush=True)
        time.sleep(120)

with index.SearchIndex(Path(sys.argv[1])) as idx:
    idx.update([Path(sys.argv[2])], workers=1, progress=progress)
"""


def test_a_writer_killed_mid_transaction_leaves_a_sound_index(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "many"
    for i in range(40):
        write_article(root / f"{i:03d}.md", f"Bản tin số {i}", "2024-01-01",
                      f"Nội dung bản tin thứ {i} về hội nghị Đảng bộ.")  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WRITER), str(cache), str(root)],
        stdout=subprocess.PIPE, text=True, cwd=PROJECT,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "in the middle"
        # While the writer holds its transaction, another instance opens and answers.
        with SearchIndex(cache) as reader:
            assert reader.notice is None
            assert len(reader.search("hoi nghi", limit=100)) == 20
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    with SearchIndex(cache) as index:
        assert index.notice is None
        con = index.con
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.execute("INSERT INTO passages (passages) VALUES ('integrity-check')")
        counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "texts", "passages")]  # fmt: skip
        assert counts == [20, 20, 20]  # the committed batches, nothing of the killed one
        assert len(index.search("Đảng bộ", limit=100)) == 20
        report = index.update([root])
        assert (report.added, report.unchanged, report.articles) == (20, 20, 40)
        assert len(index.search("dang bo", limit=100)) == 40


def test_an_index_that_cannot_be_written_is_said(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(index_module.IndexUnavailable, match="cannot"):
        SearchIndex(blocker / "cache")
    folder = tmp_path / "cache"
    (folder / INDEX_FILE).mkdir(parents=True)
    with pytest.raises(index_module.IndexUnavailable, match="not a file"):
        SearchIndex(folder)


def test_a_second_writer_waits_instead_of_failing(library: Path, cache: Path) -> None:
    """Two running readers (a kiosk and an admin): the second waits for the lock."""
    with SearchIndex(cache) as first, SearchIndex(cache) as second:
        first.con.execute("BEGIN IMMEDIATE")  # the first is writing
        timer = threading.Timer(0.5, lambda: first.con.execute("COMMIT"))
        timer.start()
        try:
            report = second.update([library])
        finally:
            timer.join()
        assert report.added == 5
        assert len(first.search("hoi nghi")) == 1


def test_a_pool_that_cannot_start_still_indexes(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "many"
    for i in range(index_module.POOL_THRESHOLD + 1):
        write_article(root / f"{i:03d}.md", f"Bản tin {i}", "2024-01-01", "Hội nghị.")

    class NoProcesses:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def submit(self, *args: object) -> None:
            raise OSError(11, "Resource temporarily unavailable")

        def shutdown(self, **kwargs: object) -> None:
            pass

    monkeypatch.setattr(index_module, "ProcessPoolExecutor", NoProcesses)
    with SearchIndex(cache) as index:
        report = index.update([root], workers=2)
        assert report.articles == index_module.POOL_THRESHOLD + 1


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("searchable")
    with SearchIndex(folder / "cache") as index:
        index.update([make_library(folder / "library")])
        yield index


ODD_QUERIES = ['"', "hoi*", "NEAR(a b)", "title_folded: x", "{body} : x", "a OR", "AND", "^x",
               "hội -nghị", "đảng\u0301", "x" * 300]  # fmt: skip


@settings(max_examples=examples(150), deadline=deadline())
@given(st.one_of(st.text(max_size=40), st.sampled_from(ODD_QUERIES)), st.booleans())
def test_any_typed_query_answers_or_is_refused(
    searchable: SearchIndex, text: str, prefix: bool
) -> None:
    """No query reaches FTS5 as syntax: quotes, stars, NEAR, column names are words."""
    try:
        hits = searchable.search(text, prefix=prefix)
    except EmptyQuery:
        return
    for hit in hits:
        for start, end in hit.snippet.marks:
            assert 0 <= start < end <= len(hit.snippet.text)


@settings(max_examples=examples(200), deadline=deadline())
@given(st.text(max_size=600), st.text(min_size=1, max_size=20))
def test_a_snippet_marks_only_query_words(text: str, typed: str) -> None:
    from reader.library.folding import fold
    from reader.library.search_query import make_snippet, parse_query

    try:
        query = parse_query(typed)
    except EmptyQuery:
        return
    snippet = make_snippet(text, query, width=120)
    assert len(snippet.text) <= len(text) + 2 + 20 * 2  # ellipses, words finished
    for start, end in snippet.marks:
        assert fold(snippet.text[start:end]) in query.folded


def test_indexing_imports_nothing_new_on_the_calling_thread(tmp_path: Path) -> None:
    """The window runs the index on a worker thread, where an import can crash PySide6."""
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        import reader.library.index as index

        if __name__ == "__main__":
            before = set(sys.modules)
            with index.SearchIndex(Path(sys.argv[1])) as idx:
                idx.update([Path(sys.argv[2])], workers=2)
                idx.search("Đảng bộ", prefix=True, sort="date")
                idx.search("hoi nghi")
            print(sorted(set(sys.modules) - before))
    """)
    root = tmp_path / "many"
    for i in range(index_module.POOL_THRESHOLD + 1):
        write_article(root / f"{i:03d}.md", f"Bản tin {i}", "2024-01-01", "Hội nghị.")
    (tmp_path / "check.py").write_text(script, "utf-8")
    done = subprocess.run(
        [sys.executable, str(tmp_path / "check.py"), str(tmp_path / "cache"), str(root)],
        capture_output=True, text=True, cwd=PROJECT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_progress_can_stop_an_update_and_the_next_one_finishes(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "many"
    for i in range(index_module.POOL_THRESHOLD + 20):
        write_article(root / f"{i:03d}.md", f"Bản tin {i}", "2024-01-01", "Hội nghị.")
    monkeypatch.setattr(index_module, "BATCH_SIZE", 10)
    monkeypatch.setattr(index_module, "BATCH_SECONDS", 1e9)

    class Closing(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 25:
            raise Closing

    with SearchIndex(cache) as index:
        with pytest.raises(Closing):
            index.update([root], workers=2, progress=progress)
        assert index.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
        report = index.update([root], workers=2)
        assert (report.added, report.unchanged) == (index_module.POOL_THRESHOLD, 20)
