"""Importing saved web pages and URLs through the batch (reader.importer.run_import).

No test touches the internet: URLs are served by an ``http.server`` on 127.0.0.1 in a thread
(stopped at the end of the test), and the timeout is tested with a socket that accepts
connections and never answers.
"""

from __future__ import annotations

import http.server
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.markdown_article import load_article, parse_article
from reader.importer import ImportFailure, recover_html, run_import
from reader.library.scan import scan_library
from tests.conftest import PROJECT, SEED_TEXT
from tests.fuzzing import deadline, examples
from tests.test_html_page import HOSTILE, HOSTILE_MARKERS, JPEG, NEWS, PNG, PORTAL, SAVED
from tests.test_html_page import write_page as _write_page

PORTAL_DIR = "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14"
NEWS_NAME = "2024-07-16-khoi-cong-cau-pac-nam.md"
SCRAPE_KEYS = [
    "title", "date", "lead", "author", "captions", "headings", "paragraphs", "source",
    "encoding", "file", "warnings",
]  # fmt: skip


def run(sources, out_dir: Path, *, force=False, as_json=False, timeout=5.0):
    out, err = io.StringIO(), io.StringIO()
    code = run_import(
        sources, out_dir, force=force, as_json=as_json, out=out, err=err, fetch_timeout=timeout
    )
    return code, out.getvalue(), err.getvalue()


def write_page(folder: Path, name: str, html: str, files=None) -> Path:
    return _write_page(folder, name, html, files)


@pytest.fixture
def portal(tmp_path: Path) -> Path:
    return write_page(tmp_path / "in", "bai.html", PORTAL, {"images/hoi-nghi.jpg": JPEG})


# --- saved pages --------------------------------------------------------------------------


def test_a_page_with_images_becomes_an_article_folder(portal: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    code, out, _ = run([portal], lib)
    assert code == 0, out
    target = lib / PORTAL_DIR / "article.md"
    assert out.splitlines() == [
        f"ok: {portal} -> {target} (created; utf-8; 3 paragraphs, 2 headings, 1 captions, 1 image)",
        "import: 1 ok, 0 skipped, 0 failed",
    ]
    assert (lib / PORTAL_DIR / "images" / "01-hoi-nghi.jpg").read_bytes() == JPEG
    article = load_article(target)
    assert article.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"
    assert article.author == "Hương Dịu" and str(article.date) == "2023-12-05"
    fig = next(b for b in article.blocks if b.type == "figure")
    assert fig.image == "images/01-hoi-nghi.jpg" and fig.problem is None
    assert fig.alt == "Toàn cảnh hội trường tầng 2"
    assert fig.caption is not None and fig.caption.text == "Đại biểu dự Hội nghị"
    (entry,) = scan_library(lib)  # the library lists the folder article once, by its title
    assert entry.path == target and entry.title == article.title and entry.problem is None


def test_importing_again_is_unchanged_then_respects_edits(portal: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    assert run([portal], lib)[0] == 0
    code, out, _ = run([portal], lib)
    assert code == 0 and "(unchanged; " in out
    (lib / PORTAL_DIR / "images" / "01-hoi-nghi.jpg").write_bytes(PNG)  # image damaged
    code, out, _ = run([portal], lib)
    assert code == 0 and "(updated; " in out
    assert (lib / PORTAL_DIR / "images" / "01-hoi-nghi.jpg").read_bytes() == JPEG
    target = lib / PORTAL_DIR / "article.md"
    target.write_text(target.read_text("utf-8") + "\nGhi chú của tôi.\n", "utf-8")
    code, out, _ = run([portal], lib)
    assert code == 1 and "was edited after it was imported" in out
    assert "Ghi chú của tôi." in target.read_text("utf-8")
    code, out, _ = run([portal], lib, force=True)
    assert code == 0 and "replaced; backup article.md." in out
    (backup,) = (lib / PORTAL_DIR).glob("article.md.*.bak")
    assert "Ghi chú của tôi." in backup.read_text("utf-8")
    assert [e.path.name for e in scan_library(lib)] == ["article.md"]


def test_a_page_without_local_images_is_one_file(tmp_path: Path) -> None:
    page = write_page(tmp_path / "in", "tin.htm", NEWS)  # its photo was not saved
    code, out, _ = run([page], tmp_path / "lib")
    assert code == 0, out
    assert "1 captions, 0 images" in out and "1 image not found beside the page" in out
    assert [p.name for p in (tmp_path / "lib").iterdir()] == [NEWS_NAME]
    md = (tmp_path / "lib" / NEWS_NAME).read_text("utf-8")
    assert "![Lễ khởi công cầu Pác Nặm]()\n*Các đại biểu thực hiện nghi thức" in md


def test_a_flat_article_moves_into_its_folder_when_the_photo_appears(tmp_path: Path) -> None:
    page = write_page(tmp_path / "in", "tin.htm", NEWS)
    lib = tmp_path / "lib"
    assert run([page], lib)[0] == 0
    (page.parent / "cau-pac-nam.png").write_bytes(PNG)
    code, out, _ = run([page], lib)
    assert code == 0 and f"updated; moved from {NEWS_NAME}" in out
    folder = lib / NEWS_NAME.removesuffix(".md")
    assert sorted(p.relative_to(lib).as_posix() for p in lib.rglob("*") if p.is_file()) == [
        f"{folder.name}/article.md",
        f"{folder.name}/images/01-cau-pac-nam.png",
    ]
    # And it stays a folder, even when imported from a copy without the photo.
    (page.parent / "cau-pac-nam.png").unlink()
    code, out, _ = run([page], lib)
    assert code == 0 and str(folder / "article.md") in out
    assert not (lib / NEWS_NAME).exists()


def test_a_folder_of_saved_pages_and_scrapes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    files = {
        "trang_files/to-cong-nghe.jpg": JPEG,
        "trang_files/bieu-do.png": PNG,
        "trang_files/style.css": b"body{}",
        "trang_files/jquery.js": b"alert(1)",
        "trang_files/saved_resource.html": b"<html><body>an ad frame</body></html>",
    }
    write_page(src, "trang.html", SAVED, files)
    write_page(src / "sub", "bai.HTML", PORTAL, {"images/hoi-nghi.jpg": JPEG})
    (src / "sub" / "logo.png").write_bytes(PNG)  # beside saved pages: theirs, not an input
    (src / "bantin.txt").write_bytes(SEED_TEXT.read_bytes())
    (src / "luu.mhtml").write_bytes(b"MIME-Version: 1.0\r\n")
    lib = tmp_path / "lib"
    code, out, _ = run([src], lib)
    lines = out.splitlines()
    assert code == 1, out
    assert [line.split(": ", 2)[0] for line in lines[:-1]] == ["ok", "skipped", "ok", "skipped"]
    assert "single-file web archive (MHTML) is not supported" in lines[1]
    # The same bulletin saved as a page and as a scrape: one article, the second is skipped.
    assert lines[3].endswith(
        f"{PORTAL_DIR}.md was just written from {src / 'bantin.txt'} (same date and title, "
        "different text)"
    )
    assert lines[-1] == "import: 2 ok, 2 skipped, 0 failed"
    written = sorted(p.relative_to(lib).as_posix() for p in lib.rglob("*") if p.is_file())
    assert written == [
        f"{PORTAL_DIR}.md",  # the scrape
        "2024-03-12-chuyen-doi-so-cap-xa-nam-2024/article.md",
        "2024-03-12-chuyen-doi-so-cap-xa-nam-2024/images/01-to-cong-nghe.jpg",
        "2024-03-12-chuyen-doi-so-cap-xa-nam-2024/images/02-bieu-do.png",
    ]
    # Imported alone, the page with its images/ folder below it is one more article folder.
    code, out, _ = run([src / "sub"], tmp_path / "lib2")
    assert code == 0 and out.splitlines()[-1] == "import: 1 ok, 0 skipped, 0 failed"


def test_json_has_the_fields_of_a_scrape(portal: Path, tmp_path: Path) -> None:
    code, out, err = run([portal], tmp_path / "lib", as_json=True)
    assert code == 0 and not (tmp_path / "lib").exists()
    data = json.loads(out)
    assert list(data) == SCRAPE_KEYS
    _, scrape_out, _ = run([SEED_TEXT], tmp_path / "lib", as_json=True)
    assert list(json.loads(scrape_out)) == SCRAPE_KEYS
    assert data["date"] == "2023-12-05" and data["author"] == "Hương Dịu"
    assert data["captions"] == ["Đại biểu dự Hội nghị"] and len(data["paragraphs"]) == 3
    assert data["file"] == f"{PORTAL_DIR}/article.md" and data["encoding"] == "utf-8"
    assert data["source"] == "bai.html"
    assert err.splitlines()[-1] == "import: 1 ok, 0 skipped, 0 failed"


def test_hostile_page_through_the_batch(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "outside.jpg").write_bytes(JPEG)
    page = write_page(tmp_path / "in" / "evil", "evil.html", HOSTILE, {"secret.jpg": b"pw=1"})
    lib = tmp_path / "lib"
    code, out, _ = run([page], lib)
    assert code == 0, out
    (md_file,) = lib.glob("*.md")  # no images were copied: a single file
    text = "\n".join(
        line for line in md_file.read_text("utf-8").splitlines() if not line.startswith("source:")
    )
    for marker in HOSTILE_MARKERS:
        assert marker not in text, marker
    assert list(lib.rglob("*.jpg")) == []


def test_empty_and_broken_pages_fail_clearly(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.html").write_bytes(b"")
    (src / "menu.html").write_text("<nav><a href='/'>Trang chủ</a></nav>", "utf-8")
    (src / "binary.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, _ = run([src], tmp_path / "lib")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("failed: ") and "binary" in lines[0]
    assert lines[1].startswith("failed: ") and "empty" in lines[1]
    assert lines[2].startswith("failed: ") and "no readable HTML" in lines[2]
    assert "internal error" not in out


# --- URLs ---------------------------------------------------------------------------------


@dataclass
class Site:
    base: str
    pages: dict[str, tuple[int, str, bytes]]
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A web server on 127.0.0.1 in a thread, for this test only."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    pages: dict[str, tuple[int, str, bytes]] = {}
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            status, ctype, body = pages.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            if 300 <= status < 400:  # the body is where it moved to
                self.send_header("Location", body.decode())
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_address[1]}", pages, requests)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_url_is_fetched_once_and_its_images_are_not(site: Site, tmp_path: Path) -> None:
    site.pages["/tin/khoi-cong.html"] = (200, "text/html; charset=utf-8", NEWS.encode())
    site.pages["/tin/cau-pac-nam.png"] = (200, "image/png", PNG)
    url = site.base + "/tin/khoi-cong.html"
    lib = tmp_path / "lib"
    code, out, _ = run([url], lib)
    assert code == 0, out
    assert out.splitlines()[0] == (
        f"ok: {url} -> {lib / NEWS_NAME} (created; utf-8; 5 paragraphs, 1 headings, "
        "1 captions, 0 images; note: 1 image on the web, not downloaded (caption kept))"
    )
    assert site.requests == ["/tin/khoi-cong.html"]  # the photo was not requested
    article = load_article(lib / NEWS_NAME)
    fig = next(b for b in article.blocks if b.type == "figure")
    assert fig.image is None and fig.caption is not None
    assert article.source == "https://baobackan.example.vn/khoi-cong-cau-pac-nam.html"


def test_a_url_in_json_and_the_source_without_canonical(site: Site, tmp_path: Path) -> None:
    html = NEWS.replace('<link rel="canonical"', '<link rel="alternate"')
    site.pages["/a"] = (200, "text/html", html.encode("utf-16"))
    code, out, _ = run([site.base + "/a"], tmp_path / "lib", as_json=True)
    assert code == 0, out
    data = json.loads(out)
    assert list(data) == SCRAPE_KEYS
    assert data["source"] == site.base + "/a" and data["encoding"] == "utf-16-le"
    assert data["title"] == "Khởi công cầu Pác Nặm" and data["date"] == "2024-07-16"


def test_a_url_keeps_its_links_resolved_against_it_and_fetches_none(
    site: Site, tmp_path: Path
) -> None:
    html = NEWS.replace('<link rel="canonical"', '<link rel="alternate"').replace(
        "<p>Cầu có chiều dài 120 m",
        '<p>Theo <a href="../du-an/cau.html"><em>dự án</em></a>, <a href="javascript:x()">'
        "cầu</a> có chiều dài 120 m",
    )
    site.pages["/tin/a/bai.html"] = (200, "text/html; charset=utf-8", html.encode())
    lib = tmp_path / "lib"
    code, out, _ = run([site.base + "/tin/a/bai.html"], lib)
    assert code == 0, out
    assert site.requests == ["/tin/a/bai.html"]  # the link is written down, never fetched
    (md,) = lib.glob("*.md")
    written = md.read_text("utf-8")
    assert f"Theo [*dự án*]({site.base}/tin/du-an/cau.html), cầu có chiều dài" in written
    para = next(b for b in load_article(md).blocks if b.type == "paragraph")
    assert [(para.content.text[s.start : s.end], s.kind) for s in para.content.spans] == [
        ("dự án", "em"),
        ("dự án", "link"),
    ]


def test_after_a_redirect_links_resolve_against_the_pages_own_address(
    site: Site, tmp_path: Path
) -> None:
    html = NEWS.replace('<link rel="canonical"', '<link rel="alternate"').replace(
        "<p>Cầu có chiều dài 120 m", '<p>Theo <a href="../du-an/cau.html">dự án</a>, cầu dài 120 m'
    )
    site.pages["/old"] = (301, "text/plain", b"/tin/a/bai.html")
    site.pages["/tin/a/bai.html"] = (200, "text/html; charset=utf-8", html.encode())
    lib = tmp_path / "lib"
    code, out, _ = run([site.base + "/old"], lib)
    assert code == 0, out
    assert out.startswith(f"ok: {site.base}/old -> ")  # the report names what was asked
    assert site.requests == ["/old", "/tin/a/bai.html"]
    (md,) = lib.glob("*.md")
    assert f"[dự án]({site.base}/tin/du-an/cau.html)" in md.read_text("utf-8")
    assert load_article(md).source == site.base + "/tin/a/bai.html"


def test_http_errors_and_other_content_are_clear_failures(site: Site, tmp_path: Path) -> None:
    site.pages["/doc.pdf"] = (200, "application/pdf", b"%PDF-1.4")
    missing, pdf = site.base + "/khong-co", site.base + "/doc.pdf"
    code, out, _ = run([missing, pdf], tmp_path / "lib")
    assert code == 1
    assert out.splitlines()[:2] == [
        f"failed: {missing}: cannot fetch {missing}: HTTP 404 Not Found",
        f"failed: {pdf}: cannot fetch {pdf}: not a web page (application/pdf)",
    ]


def test_a_server_that_never_answers_times_out(tmp_path: Path) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # connections complete in the backlog; nobody ever answers
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/bai-viet"
    try:
        started = time.monotonic()
        code, out, _ = run([url], tmp_path / "lib", timeout=0.5)
        elapsed = time.monotonic() - started
    finally:
        listener.close()
    assert code == 1
    assert out.splitlines() == [
        f"failed: {url}: cannot fetch {url}: timed out",
        "import: 0 ok, 0 skipped, 1 failed",
    ]
    assert elapsed < 3


def test_a_refused_connection(tmp_path: Path) -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    code, out, _ = run([f"http://127.0.0.1:{port}/"], tmp_path / "lib")
    assert code == 1 and "cannot fetch" in out and "refused" in out


def test_the_command_line_takes_a_url(site: Site, tmp_path: Path) -> None:
    site.pages["/tin/bai.html"] = (200, "text/html", PORTAL.encode())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BULLETIN_READER_LIBRARY=str(tmp_path))
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(var, None)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "import", site.base + "/tin/bai.html"],
        capture_output=True, text=True, cwd=PROJECT, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok: {site.base}/tin/bai.html -> " in result.stdout
    (md,) = tmp_path.glob("*.md")  # the remote photo is a caption without image: one file
    assert load_article(md).title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"


# --- anything at all ----------------------------------------------------------------------

_TAGS = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "figure",
    "figcaption",
    "img",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "script",
    "style",
    "a",
    "em",
    "strong",
    "br",
    "blockquote",
    "span",
    "iframe",
]
_html_piece = st.one_of(
    st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t}>" for t in _TAGS]),
    st.sampled_from(
        [
            '<img src="a.jpg" alt="Ảnh">',
            '<img src="https://x.vn/b.png">',
            "<!--",
            "-->",
            "<![CDATA[",
            "&amp;",
            "&#x1EA1;",
            "&bogus;",
            "<?xml version='1.0'?>",
            "Ngày 05/12/2023",
            "Tin liên quan",
            "/.",
            "Hương Dịu",
            '<a href="javascript:x">',
            "Tăng cỡ chữ",
            '<meta charset="tcvn3">',
            "\x00",
            "\u0301",
        ]
    ),
    st.text(max_size=80),
)


@settings(
    max_examples=examples(60),
    deadline=deadline(),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(_html_piece, max_size=40), st.sampled_from(["utf-8", "utf-16", "cp1258"]))
def test_random_html_never_crashes(pieces: list[str], encoding: str) -> None:
    data = "".join(pieces).encode(encoding, errors="replace")
    try:
        rec = recover_html(data, Path("r.html"), folder=None)
    except ImportFailure as e:
        assert str(e)  # a reason for the report
        return
    from reader.formats.markdown_writer import article_to_markdown

    back = parse_article(article_to_markdown(rec.article), Path("."), "r.md")
    assert back.title.strip()
