"""`make bench`: start-up, memory and text-size relayout figures. Prints figures; asserts nothing.

Targets (issue #2): launch to article painted <= 250 ms, peak memory <= 90 MB, one text-size
step <= 16 ms on the seed article and <= 50 ms on an article ten times as long; launch ratio
(issue #10, ../shared/tools/launch-ratio) <= 1.6. Import
(issue #4): 1,000 text scrapes at >= 200 per second; saved web pages: the rate is printed.

Search (issue #12): 10,000 generated articles indexed in <= 15 s, re-opened unchanged in
<= 0.5 s, searched in <= 20 ms (median).

`python scripts/bench.py [PART...]` runs only the parts named (launch, launch-ratio, font-steps,
soak, large-article, import, import-html, import-fidelity, speech, search, library-window); no
part named: all.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
SEED = PROJECT / "articles" / "2023-12-05-hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-14.md"
RUNS = 5


def launch_once(config: str) -> tuple[float, float, float]:
    """Cold process: spawn -> first paint of the article. Returns wall ms, in-app ms, MB."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["BULLETIN_READER_CONFIG_DIR"] = config
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", str(SEED), "--exit-after-paint"],
        cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = (time.perf_counter() - start) * 1000
    proc.wait(30)
    fields = dict(part.split("=") for part in line.split())
    return wall, float(fields["painted_ms"]), float(fields["peak_rss_mb"])


BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
html = open(sys.argv[1], encoding="utf-8").read()
app = QApplication([])
view = QTextBrowser()
view.resize(1024, 768)
view.setHtml(html)
view.show()
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
        return False
watch = Watch()
view.viewport().installEventFilter(watch)
app.exec()
"""


def bare_once(html: Path) -> float:
    """The floor on this machine now: a bare QTextBrowser showing the same HTML."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", BARE, str(html)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    wall = (time.perf_counter() - start) * 1000
    proc.wait(30)
    return wall


def bench_launch() -> None:
    from reader.formats.markdown_article import load_article
    from reader.rendering.html import render_article

    with tempfile.TemporaryDirectory() as config:
        # One start first, as a reader's second start would be: OS file cache and the model
        # cache warm. Runs alternate with the bare baseline so both see the same machine.
        launch_once(config)
        html = Path(config) / "seed.html"
        html.write_text(render_article(load_article(SEED)), encoding="utf-8")
        runs, bare = [], []
        for _ in range(RUNS):
            runs.append(launch_once(config))
            bare.append(bare_once(html))
    walls = [r[0] for r in runs]
    print(
        f"launch to article painted: median {statistics.median(walls):.0f} ms "
        f"(min {min(walls):.0f}, max {max(walls):.0f}; {RUNS} cold processes; target <= 250)"
    )
    print(
        f"  a bare QTextBrowser showing the same HTML: median {statistics.median(bare):.0f} ms "
        "(this machine's floor now; about 165 ms when the target was set)"
    )
    print(
        f"  of which after Python start-up: median {statistics.median(r[1] for r in runs):.0f} ms"
    )
    print(f"peak memory (max RSS): {max(r[2] for r in runs):.1f} MB (target <= 90)")


def bench_launch_ratio() -> None:
    """The shared tool's figure (issue #10: ratio <= 1.6): spawn -> window titled with the
    seed article under Xvfb, against a bare QTextBrowser, alternated in one run (9 of each:
    the first start fills the caches, as a reader's first start does)."""
    near = [PROJECT.parent, PROJECT.parent.parent]  # the main tree, or a worktree beside it
    tools = [p / "shared" / "tools" / "launch-ratio" for p in near]
    tool = next((t for t in tools if t.exists()), tools[0])
    if not tool.exists() or shutil.which("Xvfb") is None:
        print(f"launch ratio: not measured ({tool} or Xvfb is not on this machine)")
        return
    env = dict(os.environ, PY=sys.executable)
    done = subprocess.run(
        [str(tool), str(SEED), "9"], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    for line in (done.stdout + done.stderr).strip().splitlines()[-3:]:
        print(f"launch ratio: {line}")


def bench_font_steps() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.app import AppContext
    from reader.formats.markdown_article import load_article
    from reader.settings import keys
    from reader.ui.loading import LoadedArticle

    with tempfile.TemporaryDirectory() as config:
        ctx = AppContext("en", Path(config))
        window = ctx.window(SEED.parent, SEED)
        window.resize(1024, 768)
        window.show()
        deadline = time.monotonic() + 20
        while window.view.article is None and time.monotonic() < deadline:
            QApplication.processEvents()
        seed = load_article(SEED)
        long = dataclasses.replace(seed, blocks=seed.blocks * 10)
        for name, article in (("seed article", seed), ("10x article", long)):
            window.view.show_article(LoadedArticle(article))
            QApplication.processEvents()
            times = []
            steps = [110, 125, 150, 175, 200, 175, 150, 125, 110, 100] * 2
            for step in steps:
                start = time.perf_counter()
                window.settings.set(keys.SCALE, step)
                window.view.document().size()  # forces the whole layout
                window.view.viewport().repaint()
                times.append((time.perf_counter() - start) * 1000)
            chars = sum(len(t.text) for b in article.blocks for t in b.texts())
            target = 16 if name == "seed article" else 50
            print(
                f"one text-size step, {name} ({chars:,} characters): median "
                f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms (target <= {target})"
            )
        ctx.close(window)


def bench_large_article() -> None:
    """A 4.9 MB article (near the 5 MB limit): time to show it and the longest GUI stall."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import AppContext

    head, body = SEED.read_text(encoding="utf-8").split("\n---\n", 1)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.md"
        big.write_text(head + "\n---\n" + body * int(4.9e6 / len(body.encode())), "utf-8")
        ctx = AppContext("en", Path(tmp) / "config")
        window = ctx.window(Path(tmp), None)
        window.resize(1024, 768)
        window.show()
        deadline = time.monotonic() + 20
        while not window.library.entries() and time.monotonic() < deadline:
            QApplication.processEvents()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        start = time.perf_counter()
        window.open_article(big)
        while window.view.article is None and time.monotonic() < deadline + 60:
            QApplication.processEvents()
        shown = time.perf_counter() - start
        timer.stop()
        print(
            f"opening a {big.stat().st_size / 1e6:.1f} MB article: shown after {shown:.2f} s; "
            f"longest GUI-thread stall meanwhile {max(gaps) * 1000:.0f} ms (a 10 ms timer kept "
            "ticking)"
        )
        ctx.close(window)


def bench_soak() -> None:
    """A kiosk switches articles all day: memory after many switches should level off."""
    import resource

    from PySide6.QtWidgets import QApplication

    from reader.app import AppContext

    articles = sorted((PROJECT / "articles").rglob("*.md"))
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext("en", Path(tmp))
        window = ctx.window(PROJECT / "articles", None)
        window.resize(1024, 768)
        window.show()

        def rss_mb() -> float:
            with open("/proc/self/status", encoding="ascii") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        marks = {}
        for i in range(1, 601):
            path = articles[i % len(articles)]
            window.open_article(path)
            deadline = time.monotonic() + 10
            while (
                window.view.article is None or window.view.article.path != str(path)
            ) and time.monotonic() < deadline:
                QApplication.processEvents()
            if i in (50, 200, 600):
                marks[i] = rss_mb()
        print(
            "memory while switching articles: "
            + ", ".join(f"{n} switches {mb:.0f} MB" for n, mb in marks.items())
        )
        ctx.close(window)


def bench_import() -> None:
    """Import throughput: 1,000 text scrapes in one folder (target >= 200 per second)."""
    import io

    from reader.importer import run_import

    seed = (PROJECT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt").read_text("utf-8")
    title = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "scrapes"
        src.mkdir()
        for i in range(1000):
            text = seed.replace(title, f"{title} (bản {i})").replace(
                "05/12/2023", f"{1 + i % 28:02d}/12/2023"
            )
            (src / f"scrape-{i:04d}.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        rc = run_import([src], Path(tmp) / "library", force=False, as_json=False,
                        out=io.StringIO(), err=io.StringIO())  # fmt: skip
        seconds = time.perf_counter() - start
        written = len(list((Path(tmp) / "library").glob("*.md")))
    print(f"import of 1,000 text scrapes: {1000 / seconds:.0f} per second ({seconds:.1f} s, "
          f"exit {rc}, {written} articles written; target >= 200 per second)")  # fmt: skip


# --- saved web pages -------------------------------------------------------------------------
# Generated in the three styles the importer meets (docs/importing.md): a provincial portal
# (menus, ads, toolbar, sapo, figures with <figcaption>, related news; photos in images/
# beside the pages), a news site (meta tags, photo paragraph + italic caption, sidebar,
# comments; its photos on a CDN: not downloaded) and pages saved by a browser with their
# NAME_files folder (style sheet, script, photos, an image table with a caption cell).

_PAGE_SCRIPT = """
(function(w, d) {{
  var cfg = {{site: "portal-{i}", lang: "vi", ads: ["top", "right", "bottom"], v: {i}}};
  function track(e) {{ var img = new Image(); img.src = "/stat?e=" + e + "&t=" + Date.now(); }}
  function fontSize(step) {{
    var el = d.querySelector(".article"); var s = parseFloat(getComputedStyle(el).fontSize);
    el.style.fontSize = (s + step) + "px"; track("font" + step);
  }}
  w.tangCoChu = function() {{ fontSize(1); }}; w.giamCoChu = function() {{ fontSize(-1); }};
  d.addEventListener("DOMContentLoaded", function() {{
    [].forEach.call(d.querySelectorAll(".menu li"), function(li, k) {{
      li.addEventListener("mouseenter", function() {{ li.classList.add("hover" + k % 7); }});
    }});
  }});
}})(window, document);
"""
_PAGE_STYLE = (
    ".menu li{{float:left;padding:4px 9px}} .menu a{{color:#fff}} .box-{k}{{margin:{k}px}} "
    ".sidebar .item-{k}{{border-bottom:1px solid #ddd;padding:{k}px 0}} "
)
_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản",
         "Thủ tục hành chính", "Dịch vụ công", "Hỏi đáp", "Liên hệ", "Sơ đồ cổng"]  # fmt: skip


def _seed_paragraphs() -> list[str]:
    seed = (PROJECT / "tests" / "data" / "seeds" / "000_19c978857511aa52.txt").read_text("utf-8")
    return [line.strip() for line in seed.splitlines() if len(line.strip()) > 200]


def _chrome(i: int) -> tuple[str, str, str]:
    """Head scripts and styles, the header with its menus, the sidebar and footer."""
    head = "<script>" + _PAGE_SCRIPT.format(i=i) * 60 + "</script>\n<style>"
    head += "".join(_PAGE_STYLE.format(k=k) for k in range(60)) + "</style>"
    menu = "".join(
        f'<li><a href="/m{k}">{name}</a><ul>'
        + "".join(f'<li><a href="/m{k}/{j}">{name} mục {j}</a></li>' for j in range(8))
        + "</ul></li>"
        for k, name in enumerate(_MENU)
    )
    header = (
        '<div id="header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN</div>'
        f'<div class="today">Hôm nay: Thứ Hai, {1 + i % 28:02d}/03/2024</div>'
        f'<ul class="menu">{menu}</ul></div>'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/t">Tin tức</a></div>'
        '<div class="ads banner"><a href="https://ads.example.com/c"><img '
        'src="https://ads.example.com/b.gif" alt="Quảng cáo"></a></div>'
    )
    side = "".join(
        f'<li class="item-{k}"><a href="/tin/{i}-{k}">Tin đọc nhiều số {k}: hoạt động của '
        f"các sở, ngành trong tháng {1 + k % 12}</a></li>"
        for k in range(25)
    )
    footer = (
        f'<aside class="sidebar"><h3>Đọc nhiều</h3><ul>{side}</ul></aside>'
        '<div id="footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh Bắc Kạn. Địa chỉ: số 7 '
        "đường Trường Chinh, thành phố Bắc Kạn. Điện thoại: 0209.3870.000.</div>"
        '<script src="https://stats.example.com/counter.js"></script>'
    )
    return head, header, footer


def _photo(i: int, kind: str) -> bytes:
    """A photo-sized file (40 KB) that really is a JPEG or PNG by its first bytes."""
    magic = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" if kind == "jpg" else b"\x89PNG\r\n\x1a\n"
    return magic + (i.to_bytes(4, "big") + bytes(range(256))) * 160


def _write_saved_pages(folder: Path, n: int) -> tuple[int, int]:
    """``n`` pages in three styles; returns (bytes of HTML, local images referenced)."""
    paras = _seed_paragraphs()
    titles = ["Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Khởi công cầu Pác Nặm",
              "Chuyển đổi số cấp xã", "Tổng kết công tác cải cách hành chính"]  # fmt: skip
    (folder / "images").mkdir(parents=True)
    html_bytes = images = 0
    for i in range(n):
        title = f"{titles[i % len(titles)]} (bài {i})"
        body = [paras[(i + k) % len(paras)] for k in range(6 + i % 7)]
        date = f"{1 + i % 28:02d}/{1 + i % 12:02d}/2024"
        head, header, footer = _chrome(i)
        style = i % 3
        if style == 0:  # a provincial portal; photos in images/ beside the pages
            name = f"portal-{i:03d}.html"
            (folder / "images" / f"hoi-nghi-{i}.jpg").write_bytes(_photo(i, "jpg"))
            images += 1
            text = "".join(f"<p>{p}</p>" for p in body[1:4])
            text += (
                f'<figure class="image"><img src="images/hoi-nghi-{i}.jpg" alt="Toàn cảnh '
                f'hội nghị"><figcaption>Đại biểu dự hội nghị lần {i}</figcaption></figure>'
                "<h2>Nhiều nội dung được tập trung thảo luận</h2>"
            )
            text += "".join(f"<p>{p}</p>" for p in body[4:])
            related = "".join(
                f'<li><a href="/r{k}">Tin liên quan số {k}</a></li>' for k in range(15)
            )
            page = (
                f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - '
                f"Cổng TTĐT tỉnh Bắc Kạn</title>{head}</head><body>{header}"
                f'<div class="main"><div class="article"><h1 class="title">{title}</h1>'
                f'<div class="date">Thứ 3, Ngày {date} 08:30 | Lượt xem: {1000 + i}</div>'
                '<div class="tools">Tăng cỡ chữ Giảm cỡ chữ | In bài viết | Chia sẻ</div>'
                f'<p class="sapo"><strong>{body[0]}</strong></p>{text}'
                '<p style="text-align:right"><strong>Hương Dịu</strong></p></div>'
                f'<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div></div>'
                f"{footer}</body></html>"
            )
        elif style == 1:  # a news site; its photos are on the web (not downloaded)
            name = f"news-{i:03d}.html"
            day, month, year = date.split("/")
            comments = "".join(
                f'<div class="comment"><b>Bạn đọc {k}</b><p>Ý kiến của bạn đọc số {k} về bài '
                "viết, mong tỉnh sớm triển khai.</p></div>"
                for k in range(12)
            )
            page = (
                f'<html lang="vi"><head><meta charset="utf-8"><title>{title} | Báo Bắc Kạn'
                f'</title><meta property="article:published_time" content="{year}-{month}-'
                f'{day}T08:30:00+07:00"><meta name="author" content="Thu Trang"><link '
                f'rel="canonical" href="https://baobackan.example.vn/bai-{i}.html">{head}'
                f"</head><body><nav>{header}</nav><article><h1>{title}</h1>"
                f'<h2 class="sapo">{body[0]}</h2><p>{body[1]}</p><p style="text-align:center">'
                f'<img src="https://cdn.example.vn/anh-{i}.jpg" alt="Lễ khởi công"></p>'
                '<p style="text-align:center"><em>Các đại biểu thực hiện nghi thức khởi công.'
                "</em></p><p><strong>Kỳ vọng của người dân vùng cao</strong></p>"
                + "".join(f"<p>{p}</p>" for p in body[2:])
                + f'</article><div class="comments"><h3>Bình luận</h3>{comments}</div>'
                f"{footer}</body></html>"
            )
        else:  # saved by a browser, "Web page, complete": NAME_files/
            name = f"trang-{i:03d}.html"
            files = folder / f"trang-{i:03d}_files"
            files.mkdir()
            (files / "style.css").write_text(_PAGE_STYLE.format(k=i) * 200, "utf-8")
            (files / "jquery.js").write_text(_PAGE_SCRIPT.format(i=i) * 40, "utf-8")
            (files / "to-cong-nghe.jpg").write_bytes(_photo(i, "jpg"))
            (files / "bieu-do.png").write_bytes(_photo(i, "png"))
            images += 2
            page = (
                "<!DOCTYPE html>\n<!-- saved from url=(0058)https://sotttt.example.gov.vn/tin/"
                f'{i} -->\n<html><head><meta http-equiv="Content-Type" content="text/html; '
                f'charset=UTF-8"><title>{title}</title><link rel="stylesheet" '
                f'href="./trang-{i:03d}_files/style.css"><script '
                f'src="./trang-{i:03d}_files/jquery.js"></script>{head}</head><body>'
                f'<div class="portlet">PublishingPortal - Block_Menu</div>{header}'
                f'<div class="content"><h2 class="title">{title}</h2>'
                f"<div>Ngày đăng: {date} | Lượt xem: {300 + i}</div><p>{body[0]}</p>"
                '<table class="image" align="center"><tbody><tr><td><img '
                f'src="./trang-{i:03d}_files/to-cong-nghe.jpg" alt="Tổ công nghệ số hướng dẫn '
                'người dân"></td></tr><tr><td class="image_desc">Tổ công nghệ số cộng đồng '
                "hướng dẫn người dân cài đặt ứng dụng (Ảnh: Minh Anh)</td></tr></tbody></table>"
                + "".join(f"<p>{p}</p>" for p in body[1:3])
                + f'<p><img src="trang-{i:03d}_files/bieu-do.png" alt="Biểu đồ số hồ sơ trực '
                'tuyến theo tháng"></p>'
                + "".join(f"<p>{p}</p>" for p in body[3:])
                + f"</div>{footer}</body></html>"
            )
        data = page.encode("utf-8")
        (folder / name).write_bytes(data)
        html_bytes += len(data)
    return html_bytes, images


def bench_import_html(n: int = 150) -> None:
    """Import throughput for a folder of saved web pages (three styles, local images)."""
    import io

    from reader.importer import run_import

    with tempfile.TemporaryDirectory() as tmp:
        src, library = Path(tmp) / "pages", Path(tmp) / "library"
        html_bytes, images = _write_saved_pages(src, n)
        cold = "trafilatura" not in sys.modules
        out, err = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        rc = run_import([src], library, force=False, as_json=False, out=out, err=err)
        seconds = time.perf_counter() - start
        written = len(list(library.rglob("*.md")))
        copied = len([p for p in library.rglob("images/*") if p.is_file()])
        start = time.perf_counter()
        run_import([src], library, force=False, as_json=False, out=io.StringIO(), err=err)
        again = time.perf_counter() - start
    cold_note = " including trafilatura's first import" if cold else ""
    print(f"import of {n} saved web pages ({html_bytes / n / 1024:.0f} KB each on average; "
          f"portal, news site, saved with _files; {images} local images): {n / seconds:.1f} "
          f"pages per second ({seconds:.1f} s{cold_note}, exit {rc}, "
          f"{written} articles written, {copied} images copied)")  # fmt: skip
    print(f"  the same {n} pages again (all unchanged): {n / again:.1f} pages per second "
          f"({again:.1f} s)")  # fmt: skip
    if rc != 0:
        print("  " + "\n  ".join(line for line in out.getvalue().splitlines()
                                 if not line.startswith("ok:")))  # fmt: skip


def _search_queries(corpus: object, n: int) -> list[str]:
    """``n`` queries as readers type them: 1-3 words of a title or a sentence, with marks."""
    import random

    rng = random.Random(7)
    queries = []
    while len(queries) < n:
        source = corpus.title(rng) if rng.random() < 0.5 else corpus.sentence(rng)  # type: ignore[attr-defined]
        words = [w.strip(".,;:()“”\"") for w in source.split()]
        words = [w for w in words if any(c.isalpha() for c in w)]
        if len(words) < 3:
            continue
        k = rng.randint(1, 3)
        start = rng.randrange(len(words) - k + 1)
        queries.append(" ".join(words[start : start + k]))
    return queries


def _cpu_seconds() -> float:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool, once it has ended
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


_LISTED_PROBE = """
import resource, sys, tempfile, time
start = time.perf_counter()
from collections.abc import Callable
from pathlib import Path
from PySide6.QtCore import QTimer
from reader.app import AppContext
ctx = AppContext("en", Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()))
window = ctx.window(Path(sys.argv[1]), None)
window.resize(1024, 768)
def listed(count):
    def painted():
        took = (time.perf_counter() - start) * 1000
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"listed={count} listed_ms={took:.0f} peak_rss_mb={peak:.0f}", flush=True)
        ctx.app.quit()
    window.list_view.viewport().repaint()
    QTimer.singleShot(0, painted)
window.library_loaded.connect(listed)
window.show()
ctx.app.exec()
window.search.close()
ctx.close(window)
"""


def _library_window_runs(library: Path, config: Callable[[], Path], label: str) -> None:
    """Three window starts on ``library``, each with the config folder ``config()`` gives."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", _LISTED_PROBE, str(library), str(config())],
            cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        line = next((x for x in done.stdout.splitlines() if x.startswith("listed=")), "")
        if not line:
            print(f"window, {label}: failed: {done.stderr[-500:]}")
            return
        runs.append(dict(part.split("=") for part in line.split()))
    ms = sorted(float(r["listed_ms"]) for r in runs)
    mb = max(float(r["peak_rss_mb"]) for r in runs)
    each = ", ".join(f"{m:.0f}" for m in ms)
    median = statistics.median(ms)
    print(f"window with {int(runs[0]['listed']):,} articles listed, {label}: start to list "
          f"painted median {median:.0f} ms (runs {each}), peak memory {mb:.0f} MB")  # fmt: skip


def bench_library_window(count: int = 10_000) -> None:
    """The window on a folder of 10,000 articles: process start to the list painted, and
    peak memory (issue #12: <= 150 MB; the list rows are light entries, not article models),
    on a first start (no index: every file's front matter is read) and on the usual start
    (the index exists: rows come from it, reader.library.listing)."""
    from bulletin_corpus import Corpus

    from reader.library.index import SearchIndex

    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        Corpus(seed=12).write(library, count)
        fresh = iter(range(1, 4))
        _library_window_runs(
            library, lambda: Path(tmp) / f"first-{next(fresh)}", "first start (no index)"
        )
        config = Path(tmp) / "config"
        start = time.perf_counter()
        with SearchIndex(config / "cache") as index:  # where the window keeps it
            index.update([library])
        took = time.perf_counter() - start
        print(f"  (index of {count:,} made in {took:.1f} s for the next runs)")
        _library_window_runs(library, lambda: config, "the index made")


def bench_search() -> None:
    """Index 1,000 and 10,000 generated articles; re-open unchanged; 200 searches each way.

    Targets (issue #12): 10k first index <= 15 s, re-open with nothing changed <= 0.5 s,
    search median <= 20 ms.
    """
    from bulletin_corpus import Corpus

    from reader.library.folding import fold
    from reader.library.index import SearchIndex

    corpus = Corpus(seed=12)
    queries = _search_queries(corpus, 200)
    with tempfile.TemporaryDirectory() as tmp:
        for count in (1_000, 10_000):
            library = Path(tmp) / f"library-{count}"
            start = time.perf_counter()
            corpus.write(library, count)
            written = time.perf_counter() - start
            cache = Path(tmp) / f"cache-{count}"
            cpu_before, main_before = _cpu_seconds(), time.process_time()
            load_before = os.getloadavg()[0]
            start = time.perf_counter()
            with SearchIndex(cache) as index:
                report = index.update([library])
            first = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu_before  # parsing processes included: load-independent
            main = time.process_time() - main_before  # walking, SQLite, taking the records
            load = f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}"
            size = sum(f.stat().st_size for f in cache.iterdir()) / 1e6
            reopens = []
            for _ in range(3):
                start = time.perf_counter()
                with SearchIndex(cache) as index:
                    again = index.update([library])
                reopens.append(time.perf_counter() - start)
            print(f"search index, {count:,} articles ({written:.1f} s to write them): first "
                  f"index {first:.1f} s, {cpu:.1f} s of CPU ({main:.1f} s of it in this "
                  f"process; {load} on {os.cpu_count()} cores) ({report.articles} articles, "
                  f"{len(report.failed)} unreadable, {size:.0f} MB); re-open with nothing "
                  f"changed: median {statistics.median(reopens) * 1000:.0f} ms "
                  f"({again.unchanged} unchanged)")  # fmt: skip
            with SearchIndex(cache) as index:
                for label, typed in (("with marks", queries),
                                     ("without marks", [fold(q) for q in queries])):  # fmt: skip
                    took, found = [], 0
                    for q in typed:
                        start = time.perf_counter()
                        found += bool(index.search(q, limit=20))
                        took.append((time.perf_counter() - start) * 1000)
                    took.sort()
                    print(f"  200 searches {label} (20 results, snippets): median "
                          f"{statistics.median(took):.1f} ms, p95 {took[189]:.1f} ms, "
                          f"max {took[-1]:.1f} ms; {found} found something")  # fmt: skip


FIRST_BYTE_PLAYER = """
import os, sys, time
sys.stdin.buffer.read(1)
with open(sys.argv[1], "a") as f:
    f.write(f"{time.time()}\\n")
while sys.stdin.buffer.read(65536):
    pass
"""


def bench_speech() -> None:
    """Play -> first audio byte at the player, Stop -> worker and player gone, export time."""
    import shutil
    import threading

    if shutil.which("espeak-ng") is None:
        print("speech: espeak-ng is not installed; no speech figures")
        return
    from reader.formats.markdown_article import load_article
    from reader.speech.backend import Ready, Unavailable
    from reader.speech.export import export_article
    from reader.speech.process_backend import ProcessBackend

    with tempfile.TemporaryDirectory() as tmp:
        stamps = Path(tmp) / "first-bytes"
        ready = threading.Event()
        events: list[object] = []

        def listener(event: object) -> None:
            events.append(event)
            if isinstance(event, Ready | Unavailable):
                ready.set()

        backend = ProcessBackend(
            listener, player=[sys.executable, "-c", FIRST_BYTE_PLAYER, str(stamps)]
        )
        backend.start()
        ready.wait(20)
        firsts, stops = [], []
        for _ in range(5):
            before = stamps.read_text().count("\n") if stamps.exists() else 0
            start = time.time()
            backend.speak("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười bốn.", voice="aav/vi")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                lines = stamps.read_text().split() if stamps.exists() else []
                if len(lines) > before:
                    firsts.append((float(lines[-1]) - start) * 1000)
                    break
                time.sleep(0.001)
            t = time.perf_counter()
            backend.stop()  # kills the worker's process group: the player goes with it
            stops.append((time.perf_counter() - t) * 1000)
            ready.clear()
            ready.wait(10)
            time.sleep(0.2)
        backend.close()
        # A new player is started per worker, so these are "cold player" figures.
        first, stop = statistics.median(firsts), statistics.median(stops)
        print(f"speech: Play -> first audio at the player: median {first:.0f} ms "
              f"(target <= 100); Stop -> worker and player killed: median {stop:.0f} ms "
              "(target <= 100)")  # fmt: skip
        article = load_article(SEED)
        t = time.perf_counter()
        result = export_article(article, Path(tmp) / "seed.wav")
        took = time.perf_counter() - t
        print(f"speech: export of the seed article ({result.utterances} sentences, "
              f"{result.seconds:.0f} s of audio) to WAV: {took:.2f} s")  # fmt: skip
    bench_speech_engines()


ENGLISH = PROJECT / "articles" / "2024-03-14-harrowmere-library-opens-accessible-reading-room.md"


def bench_speech_engines() -> None:
    """espeak-ng against the neural (Piper) voice, English: voice load, Play -> first audio
    at the player (voice loaded), the largest gap between sentences (the next one asked
    for at Finished, as the window does, with the "next" hint), real-time factor."""
    import threading

    from reader.formats.markdown_article import load_article
    from reader.speech.backend import Finished, Ready, Started, choose_voice
    from reader.speech.process_backend import ProcessBackend
    from reader.speech.script import ScriptOptions, build_script
    from reader.speech.voices import discover_piper_voices, piper_installed

    neural = [v for v in discover_piper_voices().voices if v.languages[0].startswith("en")]
    if not (neural and piper_installed()):
        print("speech engines: no English Piper voice (make setup installs one); espeak-ng only")
    script = [u for u in build_script(load_article(ENGLISH), ScriptOptions()) if u.text][:12]
    probe = max(script, key=lambda u: len(u.text))  # the longest: the slowest to start
    with tempfile.TemporaryDirectory() as tmp:
        for engine in ("espeak-ng", "piper"):
            if engine == "piper" and not (neural and piper_installed()):
                continue
            stamps = Path(tmp) / f"first-{engine}"
            events: list[tuple[float, object]] = []
            ready = threading.Event()

            def listener(event: object, events=events, ready=ready) -> None:
                events.append((time.perf_counter(), event))
                if isinstance(event, Ready):
                    ready.set()

            player = [sys.executable, "-c", FIRST_BYTE_PLAYER, str(stamps)]
            backend = ProcessBackend(listener, player=player)
            backend.start()
            ready.wait(30)
            voices = backend.voices()
            if engine == "piper":
                voice = neural[0].id
            else:
                plain = [v for v in voices if not v.neural]
                chosen = choose_voice(plain, "en")
                voice = chosen.id if chosen else "en"
            loads: list[int] = []
            firsts = []
            for _ in range(3):
                backend.preload(voice if engine == "piper" else None)
                deadline = time.monotonic() + 30
                while engine == "piper" and voice not in backend.loaded:
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.01)
                if engine == "piper":
                    loads.append(backend.loaded.pop(voice, 0))
                before = stamps.read_text().count("\n") if stamps.exists() else 0
                start = time.time()
                backend.speak(probe.text, voice=voice)
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    lines = stamps.read_text().split() if stamps.exists() else []
                    if len(lines) > before:
                        firsts.append((float(lines[-1]) - start) * 1000)
                        break
                    time.sleep(0.001)
                ready.clear()
                backend.stop()
                ready.wait(30)
            backend.close()
            # The gaps: a worker with the "null" player (real-time pacing, no device).
            events.clear()
            ready.clear()
            backend = ProcessBackend(listener, player="null")
            backend.start()
            ready.wait(30)
            if engine == "piper":
                backend.preload(voice)
                while voice not in backend.loaded:
                    time.sleep(0.01)
            done = threading.Event()
            ids: list[int] = []

            def go_on(i: int, backend=backend, voice=voice, ids=ids) -> None:
                nxt = script[i + 1].text if i + 1 < len(script) else None
                ids.append(backend.speak(script[i].text, voice=voice, next_text=nxt))

            def on_event(event: object, go_on=go_on, ids=ids, done=done) -> None:
                if isinstance(event, Finished) and ids and event.id == ids[-1]:
                    if len(ids) < len(script):
                        go_on(len(ids))
                    else:
                        done.set()

            backend._listener = lambda e, on_event=on_event, listener=listener: (
                listener(e), on_event(e)
            )
            t0 = time.perf_counter()
            go_on(0)
            done.wait(600)
            audio = time.perf_counter() - t0
            backend.close()
            finished = {e.id: t for t, e in events if isinstance(e, Finished)}
            started = {e.id: t for t, e in events if isinstance(e, Started)}
            pairs = [(a, b) for a, b in itertools.pairwise(ids) if b in started]
            gaps = [(started[b] - finished[a]) * 1000 for a, b in pairs]
            rtf = _real_time_factor(engine, voice, [u.text for u in script], neural)
            load = f"{statistics.median(loads):.0f} ms" if loads else "-"
            print(
                f"speech engines: {engine}: voice load {load}; Play -> first audio at the "
                f"player (voice loaded): median {statistics.median(firsts):.0f} ms "
                f"(target <= 300); largest gap between sentences {max(gaps):.0f} ms over "
                f"{len(gaps)} (target <= 150); real-time factor {rtf:.3f} "
                f"({len(script)} sentences, {audio:.0f} s read)"
            )


def _real_time_factor(engine: str, voice: str, texts: list[str], neural: list) -> float:  # type: ignore[type-arg]
    """Seconds of synthesis per second of audio, in this process (no player)."""
    if engine == "piper":
        from reader.speech.piper_engine import PiperSynth

        synth = PiperSynth()
        rate = synth.sample_rate(neural[0])
        t = time.perf_counter()
        samples = sum(len(c[0]) // 2 for x in texts for c in synth.chunks(neural[0], x, 175, 1.0))
        return (time.perf_counter() - t) / (samples / rate)
    from reader.speech.worker import EspeakEngine

    espeak = EspeakEngine(None)
    t = time.perf_counter()
    samples = sum(len(espeak.synthesize(x, voice, 175, 1.0)[0]) // 2 for x in texts)
    return (time.perf_counter() - t) / (samples / espeak.sample_rate)


def bench_import_fidelity() -> None:
    """Issue 13: fields recovered on the real portal pages (scripts/eval_import.py)."""
    import eval_import  # scripts/ is on the path when this file runs

    eval_import.main(["--quiet"])


if __name__ == "__main__":
    print(
        f"Bulletin Reader benchmark ({os.environ.get('QT_QPA_PLATFORM', 'offscreen')} platform, "
        f"{os.cpu_count()} cores)"
    )
    parts = {
        "launch": bench_launch,
        "launch-ratio": bench_launch_ratio,
        "font-steps": bench_font_steps,
        "soak": bench_soak,  # before the large article, whose freed memory the process keeps
        "large-article": bench_large_article,
        "import": bench_import,
        "import-html": bench_import_html,
        "import-fidelity": bench_import_fidelity,
        "speech": bench_speech,
        "search": bench_search,
        "library-window": bench_library_window,
    }
    chosen = sys.argv[1:] or list(parts)
    unknown = [name for name in chosen if name not in parts]
    if unknown:
        sys.exit(f"bench.py: unknown part {', '.join(unknown)}; choose from {', '.join(parts)}")
    for name in chosen:
        parts[name]()
