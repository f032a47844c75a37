"""Saved web pages -> article (reader.formats.html_page): extraction, captions, images,
encodings, and that nothing of the page's markup, scripts or remote addresses gets through.

The pages below are written in the styles the importer meets: a provincial portal (menus,
ads, toolbar, date line, figure + figcaption, closing byline, related news), a news site
(photo paragraph with an italic caption below, bold subheadings, meta tags), a page saved by
a browser with its ``_files`` folder (image table with a caption cell), and hostile HTML.
The test_import_html.py tests import the same pages through the batch.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.formats.encodings import DecodeError, decode_html, encode_legacy
from reader.formats.html_page import (
    HtmlPageError,
    page_from_bytes,
    page_to_article,
    parse_html,
)
from reader.formats.markdown_article import parse_article
from reader.formats.markdown_writer import article_to_markdown

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)

LEAD = (
    "Ngày 5/12, các đồng chí lãnh đạo tỉnh chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần "
    "thứ 14 để đánh giá kết quả thực hiện nhiệm vụ năm 2023."
)
P1 = (
    "Hội nghị đã nghe báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm "
    "2023 và phương hướng, nhiệm vụ năm 2024. Các đại biểu đã thảo luận sôi nổi, thẳng thắn."
)
P2 = (
    "Tại hội nghị, các đại biểu tập trung thảo luận các giải pháp thúc đẩy tăng trưởng kinh "
    "tế, cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh."
)
P3 = (
    "Năm 2023, dự kiến có 20/29 chỉ tiêu đạt và vượt kế hoạch đề ra; tốc độ tăng trưởng kinh "
    "tế ước đạt 6,33%, thu nhập bình quân đầu người đạt khoảng 46 triệu đồng./."
)

# 1. A provincial portal: everything around the article is boilerplate.
PORTAL = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14 - Cổng TTĐT tỉnh Bắc Kạn</title>
<meta name="description" content="{LEAD}">
<style>.menu {{ color: red }} /* STYLE_MARKER */</style>
<script>var t = "SCRIPT_MARKER"; document.write("WRITE_MARKER");</script>
</head><body>
<div id="header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN</div>
<div class="today">Hôm nay: Thứ Hai, 25/03/2024</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu
</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản
</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a></div>
<div class="ads banner"><a href="https://ads.example.com/c"><img
  src="https://ads.example.com/b.gif" alt="QUANG CAO ADS_MARKER"></a></div>
<div class="main"><div class="article">
<h1 class="title">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14</h1>
<div class="date">Thứ 3, Ngày 05/12/2023 08:30 | Lượt xem: 1.245</div>
<div class="tools">Tăng cỡ chữ Giảm cỡ chữ | In bài viết | Chia sẻ</div>
<p class="sapo"><strong>{LEAD}</strong></p>
<p>{P1}</p>
<figure class="image"><img src="images/hoi-nghi.jpg" alt="Toàn cảnh hội trường tầng 2">
<figcaption>Đại biểu dự Hội nghị</figcaption></figure>
<h2>Nhiều nội dung được tập trung thảo luận</h2>
<p>{P2}</p>
<h2>Dự kiến 20/29 chỉ tiêu đạt và vượt kế hoạch</h2>
<p>{P3}</p>
<p style="text-align:right"><strong>Hương Dịu</strong></p>
</div>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">RELATED_MARKER một về hội
nghị tỉnh</a></li><li><a href="/b">RELATED_MARKER hai về hội nghị tỉnh</a></li></ul></div>
</div>
<div id="footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh Bắc Kạn FOOTER_MARKER.</div>
<script src="https://evil.example.com/x.js"></script>
</body></html>
"""

# 2. A news site: photo in a paragraph, its caption in the italic paragraph below.
NEWS = """<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Khởi công cầu Pác Nặm | Báo Bắc Kạn</title>
<meta property="article:published_time" content="2024-07-16T08:30:00+07:00">
<meta name="author" content="Thu Trang">
<link rel="canonical" href="https://baobackan.example.vn/khoi-cong-cau-pac-nam.html">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> NAV_MARKER</nav>
<article><h1>Khởi công cầu Pác Nặm</h1>
<h2 class="sapo">Sáng 16/7, UBND tỉnh tổ chức lễ khởi công xây dựng cầu Pác Nặm nối hai bờ
sông Năng, công trình được người dân vùng cao mong đợi nhiều năm qua.</h2>
<p>Cầu có chiều dài 120 m, rộng 9 m, tổng mức đầu tư hơn 80 tỷ đồng từ nguồn vốn ngân sách
tỉnh và vốn hỗ trợ của Trung ương, dự kiến hoàn thành trong năm 2025.</p>
<p style="text-align:center"><img src="cau-pac-nam.png" alt="Lễ khởi công cầu Pác Nặm"></p>
<p style="text-align:center"><em>Các đại biểu thực hiện nghi thức khởi công công trình.</em></p>
<p><strong>Kỳ vọng của người dân vùng cao</strong></p>
<p>Ông Hoàng Văn Sáng, người dân xã Bộc Bố cho biết, nhiều năm qua người dân phải đi đò qua
sông, rất nguy hiểm vào mùa mưa lũ, nhất là với học sinh đi học.</p>
<blockquote><p>Chúng tôi mong cầu sớm hoàn thành để con cháu đi học không phải lo nữa.</p>
</blockquote>
<ul><li>Chiều dài: 120 m;</li><li>Tổng vốn: hơn 80 tỷ đồng.</li></ul>
</article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li>SIDEBAR_MARKER tin một</li></ul></aside>
</body></html>
"""

# 3. Saved by a browser ("Web page, complete"): images in page_files/, an image table.
SAVED = """<!DOCTYPE html>
<!-- saved from url=(0058)https://sotttt.example.gov.vn/tin-tuc/chuyen-doi-so-2024 -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Chuyển đổi số cấp xã năm 2024</title>
<link rel="stylesheet" href="./trang_files/style.css">
<script src="./trang_files/jquery.js"></script></head>
<body><div class="portlet">PublishingPortal - Block_Menu</div>
<div class="content">
<h2 class="title">Chuyển đổi số cấp xã năm 2024</h2>
<div>Ngày đăng: 12/03/2024 | Lượt xem: 310</div>
<p>Năm 2024, tỉnh đặt mục tiêu 100% xã có tổ công nghệ số cộng đồng hoạt động hiệu quả,
hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.</p>
<table class="image" align="center"><tbody><tr><td><img src="./trang_files/to-cong-nghe.jpg"
 alt="Tổ công nghệ số hướng dẫn người dân"></td></tr><tr><td class="image_desc">Tổ công nghệ
số cộng đồng xã Đôn Phong hướng dẫn người dân cài đặt ứng dụng (Ảnh: Minh Anh)</td></tr>
</tbody></table>
<p>Đến nay, toàn tỉnh đã thành lập 1.123 tổ công nghệ số cộng đồng với hơn 6.000 thành viên,
tổ chức hàng trăm buổi hướng dẫn tại thôn, bản trong những tháng đầu năm.</p>
<p><img src="trang_files/bieu-do.png" alt="Biểu đồ số hồ sơ trực tuyến theo tháng"></p>
<p>Sở Thông tin và Truyền thông sẽ tiếp tục phối hợp với các địa phương rà soát, kiện toàn
các tổ công nghệ số và bồi dưỡng kỹ năng cho thành viên của tổ./.</p>
</div></body></html>
"""

# 4. Hostile HTML: none of it may reach the article.
HOSTILE = """<html><head><title>Thông báo lịch tiếp công dân tháng 4</title>
<meta http-equiv="refresh" content="0; url=https://evil.example.com/REFRESH_MARKER">
<base href="https://evil.example.com/BASE_MARKER/">
<script>alert("SCRIPT_MARKER")</script><style>body{background:url(STYLE_MARKER)}</style>
</head><body onload="alert('ONLOAD_MARKER')">
<h1>Thông báo lịch tiếp công dân tháng 4</h1>
<p onclick="alert('ONCLICK_MARKER')">Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân định kỳ
tháng 4 năm 2024 của lãnh đạo tỉnh tại Trụ sở tiếp công dân tỉnh, số 9 đường Trường Chinh.
<a href="javascript:alert('HREF_MARKER')">Xem chi tiết</a></p>
<iframe src="https://evil.example.com/IFRAME_MARKER">IFRAME_TEXT_MARKER</iframe>
<img src="x" onerror="alert('ONERROR_MARKER')" alt="">
<figure><img src="../../outside.jpg" alt="Ảnh nằm ngoài thư mục trang">
<figcaption>Chủ tịch UBND tỉnh tiếp công dân</figcaption></figure>
<p><img src="../../outside.jpg" alt="Ảnh ngoài thư mục"> <img src="/etc/passwd.jpg"
 alt="Tệp hệ thống"> <img src="file:///etc/hostname.png" alt="Tệp qua địa chỉ file">
 <img src="secret.jpg" alt="Tệp văn bản giả làm ảnh"> <img src="link.jpg" alt="Liên kết"></p>
<img src="data:image/png;base64,iVBORw0KGgo=" alt="Ảnh nhúng trong trang">
<svg onload="alert('SVG_MARKER')"><text>SVG_TEXT_MARKER</text></svg>
<object data="https://evil.example.com/OBJECT_MARKER.swf">OBJECT_MARKER</object>
<embed src="https://evil.example.com/EMBED_MARKER.swf"></embed>
<form action="https://evil.example.com/FORM_MARKER"><input value="INPUT_MARKER">
<button>BUTTON_MARKER</button></form>
<noscript><img src="https://evil.example.com/NOSCRIPT_MARKER.gif"></noscript>
<p>Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung
khiếu nại, tố cáo, kiến nghị, phản ánh &lt;script&gt;TEXT_SCRIPT&lt;/script&gt; để được hướng
dẫn.</p>
<template><p>TEMPLATE_MARKER</p></template>
</body></html>
"""
HOSTILE_MARKERS = [
    "SCRIPT_MARKER", "STYLE_MARKER", "ONLOAD_MARKER", "ONCLICK_MARKER", "HREF_MARKER",
    "javascript", "alert", "IFRAME", "ONERROR", "SVG_", "OBJECT_MARKER", "EMBED_MARKER",
    "FORM_MARKER", "INPUT_MARKER", "BUTTON_MARKER", "NOSCRIPT_MARKER", "TEMPLATE_MARKER",
    "REFRESH_MARKER", "BASE_MARKER", "evil.example.com", "onerror", "passwd", "hostname",
    "file:", "data:", "http",
]  # fmt: skip


def write_page(folder: Path, name: str, html: str, files: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / name
    page.write_text(html, "utf-8")
    for rel, data in (files or {}).items():
        f = folder / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    return page


def parse_file(page: Path, **kw):
    return page_from_bytes(page.read_bytes(), folder=page.parent, source=page.name, **kw)[1]


# --- the portal page ----------------------------------------------------------------------


def test_portal_page_title_date_lead_body_author_and_nothing_else(tmp_path: Path) -> None:
    page = parse_file(write_page(tmp_path, "bai.html", PORTAL, {"images/hoi-nghi.jpg": JPEG}))
    assert page.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14"
    assert page.date == dt.date(2023, 12, 5)  # not "Hôm nay: 25/03/2024"
    assert page.lead == LEAD
    assert page.author == "Hương Dịu"  # the closing byline, removed from the body
    assert page.paragraphs == [P1, P2, P3]
    assert page.headings == [
        "Nhiều nội dung được tập trung thảo luận",
        "Dự kiến 20/29 chỉ tiêu đạt và vượt kế hoạch",
    ]
    assert page.captions == ["Đại biểu dự Hội nghị"]
    (fig,) = page.figures
    assert fig.alt == "Toàn cảnh hội trường tầng 2" and fig.name == "images/01-hoi-nghi.jpg"
    assert fig.image == tmp_path / "images" / "hoi-nghi.jpg"
    assert page.lang == "vi" and page.source == "bai.html"
    md = article_to_markdown(page_to_article(page))
    for junk in (
        "MARKER", "Trang chủ", "Giới thiệu", "Tăng cỡ chữ", "Lượt xem", "Tin liên quan",
        "Bản quyền", "QUANG CAO", "ads.example", "Hôm nay", "CỔNG THÔNG TIN",
    ):  # fmt: skip
        assert junk not in md, junk


def test_figure_order_in_the_body(tmp_path: Path) -> None:
    page = parse_file(write_page(tmp_path, "bai.html", PORTAL, {"images/hoi-nghi.jpg": JPEG}))
    assert [b.kind for b in page.blocks] == [
        "paragraph", "figure", "heading", "paragraph", "heading", "paragraph",
    ]  # fmt: skip


# --- the news page ------------------------------------------------------------------------


def test_image_with_caption_paragraph_below_and_bold_subheading(tmp_path: Path) -> None:
    page = parse_file(write_page(tmp_path, "tin.htm", NEWS, {"cau-pac-nam.png": PNG}))
    assert page.title == "Khởi công cầu Pác Nặm"
    assert page.date == dt.date(2024, 7, 16)  # article:published_time
    assert page.author == "Thu Trang"  # meta author
    assert page.source == "https://baobackan.example.vn/khoi-cong-cau-pac-nam.html"
    assert page.lead is not None and page.lead.startswith("Sáng 16/7, UBND tỉnh")  # <h2 sapo>
    assert page.headings == ["Kỳ vọng của người dân vùng cao"]  # a wholly bold paragraph
    assert page.captions == ["Các đại biểu thực hiện nghi thức khởi công công trình."]
    (fig,) = page.figures
    assert fig.name == "images/01-cau-pac-nam.png" and fig.alt == "Lễ khởi công cầu Pác Nặm"
    kinds = [b.kind for b in page.blocks]
    assert kinds == ["paragraph", "figure", "heading", "paragraph", "quote", "list"]
    assert page.blocks[-1].items == ("Chiều dài: 120 m;", "Tổng vốn: hơn 80 tỷ đồng.")
    assert "NAV_MARKER" not in str(page) and "SIDEBAR_MARKER" not in str(page)


def test_a_remote_image_is_never_fetched_the_figure_keeps_its_caption(tmp_path: Path) -> None:
    html = NEWS.replace("cau-pac-nam.png", "https://cdn.example.vn/2024/cau.png")
    page = parse_file(write_page(tmp_path, "tin.html", html))
    (fig,) = page.figures
    assert fig.image is None and fig.name is None and fig.unavailable == "remote"
    assert fig.caption == "Các đại biểu thực hiện nghi thức khởi công công trình."
    assert fig.alt == "Lễ khởi công cầu Pác Nặm"
    assert page.images == []
    assert any("1 image on the web, not downloaded" in w for w in page.warnings)
    md = article_to_markdown(page_to_article(page))
    assert "cdn.example.vn" not in md and "![Lễ khởi công cầu Pác Nặm]()" in md


def test_a_missing_local_image_keeps_caption_and_alt(tmp_path: Path) -> None:
    page = parse_file(write_page(tmp_path, "tin.html", NEWS))  # cau-pac-nam.png not saved
    (fig,) = page.figures
    assert fig.image is None and fig.unavailable == "missing" and fig.caption


# --- the page saved with its _files folder ------------------------------------------------


def test_page_saved_with_files_folder(tmp_path: Path) -> None:
    files = {
        "trang_files/to-cong-nghe.jpg": JPEG,
        "trang_files/bieu-do.png": PNG,
        "trang_files/style.css": b"body{}",
        "trang_files/jquery.js": b"alert(1)",
    }
    page = parse_file(write_page(tmp_path, "trang.html", SAVED, files))
    assert page.title == "Chuyển đổi số cấp xã năm 2024"
    assert page.date == dt.date(2024, 3, 12)
    assert page.source == "https://sotttt.example.gov.vn/tin-tuc/chuyen-doi-so-2024"
    assert page.lead is not None and page.lead.startswith("Năm 2024, tỉnh đặt mục tiêu")
    assert page.captions == [
        "Tổ công nghệ số cộng đồng xã Đôn Phong hướng dẫn người dân cài đặt ứng dụng "
        "(Ảnh: Minh Anh)"
    ]
    assert [(p.name, n) for p, n in page.images] == [
        ("to-cong-nghe.jpg", "images/01-to-cong-nghe.jpg"),
        ("bieu-do.png", "images/02-bieu-do.png"),
    ]
    alts = [f.alt for f in page.figures]
    assert alts == ["Tổ công nghệ số hướng dẫn người dân", "Biểu đồ số hồ sơ trực tuyến theo tháng"]
    assert page.paragraphs[-1].endswith("của tổ./.")
    assert not any("PublishingPortal" in p for p in page.paragraphs)


def test_the_extension_comes_from_the_bytes_not_the_name(tmp_path: Path) -> None:
    files = {"trang_files/to-cong-nghe.jpg": PNG, "trang_files/bieu-do.png": b"GIF89a" + bytes(9)}
    page = parse_file(write_page(tmp_path, "trang.html", SAVED, files))
    assert [n for _, n in page.images] == ["images/01-to-cong-nghe.png", "images/02-bieu-do.gif"]


# --- hostile HTML -------------------------------------------------------------------------


def test_hostile_html_reaches_nothing(tmp_path: Path) -> None:
    (tmp_path / "outside.jpg").write_bytes(JPEG)
    inner = tmp_path / "a" / "b"
    page_file = write_page(inner, "evil.html", HOSTILE, {"secret.jpg": b"password=1"})
    (inner / "link.jpg").symlink_to(tmp_path / "outside.jpg")
    page = parse_file(page_file)
    assert page.title == "Thông báo lịch tiếp công dân tháng 4"
    assert page.images == []  # outside the folder, absolute, file:, not an image, symlink
    assert page.captions == ["Chủ tịch UBND tỉnh tiếp công dân"]
    assert "Tệp hệ thống" in [f.alt for f in page.figures]  # a figure without its image
    md = article_to_markdown(page_to_article(page))
    # The page's own address (canonical, og:url, base) is the source: shown, never fetched.
    assert page.source is not None and page.source.startswith(("https://", "evil.html"))
    md = "\n".join(line for line in md.splitlines() if not line.startswith("source: "))
    for marker in HOSTILE_MARKERS:
        assert marker not in md, marker
    # Text that looks like markup stays text, escaped for Markdown.
    assert "&lt;script>TEXT\\_SCRIPT&lt;/script>" in md
    reloaded = parse_article(md, inner, "x.md")
    assert all(b.type != "figure" or b.image is None for b in reloaded.blocks)
    assert any("outside the page's folder, refused" in w for w in page.warnings)
    assert any("not image files" in w for w in page.warnings)


def test_a_symlink_out_of_the_page_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "private.jpg").write_bytes(JPEG)
    folder = tmp_path / "pages"
    page_file = write_page(folder, "tin.html", NEWS)
    (folder / "cau-pac-nam.png").symlink_to(tmp_path / "private.jpg")
    assert parse_file(page_file).images == []


# --- encodings, language, errors ----------------------------------------------------------


def _legacy_page(body: str) -> str:
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
        f"<title>Khởi công cầu Pác Nặm</title></head><body><h1>Khởi công cầu Pác Nặm</h1>"
        f"<p>{body}</p></body></html>"
    )


BODY = (
    "Sáng 16/7, Ủy ban nhân dân tỉnh tổ chức lễ khởi công xây dựng cầu Pác Nặm nối hai bờ "
    "sông Năng, công trình được người dân vùng cao mong đợi nhiều năm qua."
)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_vietnamese_legacy_pages_despite_their_declared_charset(encoding: str) -> None:
    html = _legacy_page(BODY)
    data = encode_legacy(html, encoding)
    decoded, page = page_from_bytes(data)
    assert decoded.encoding == encoding
    expected = BODY.replace("Ủy", "ủy") if encoding == "tcvn3" else BODY
    assert page.lead == expected


@pytest.mark.parametrize(
    "charset", ["unicode_escape", "raw_unicode_escape", "utf-7", "punycode", "rot13", "hex"]
)
def test_a_declared_codec_that_is_no_text_encoding_is_ignored(charset: str) -> None:
    page = (
        f'<html><head><meta charset="{charset}"></head>'
        "<body><p>Gi\\u00e1 \\x41 +AGEA- caf\xe9</p></body></html>"
    ).encode("latin-1")
    got = decode_html(page)
    assert "\\u00e1" in got.text and "\\x41" in got.text and "+AGEA-" in got.text
    assert got.encoding not in {"unicode-escape", "raw-unicode-escape", "utf-7", "punycode"}


def test_utf16_and_declared_charsets() -> None:
    html = _legacy_page(BODY)
    assert decode_html(("\ufeff" + html).encode("utf-16-le")).encoding == "utf-16-le"
    cyrillic = "<html><head><meta charset='koi8-r'></head><body><p>Привет, мир</p></body></html>"
    got = decode_html(cyrillic.encode("koi8-r"))
    assert got.encoding == "koi8-r" and "Привет" in got.text
    with pytest.raises(DecodeError):
        decode_html(b"")


def test_language_from_the_page_unless_the_text_is_plainly_vietnamese() -> None:
    english = (
        "<html lang='en-GB'><body><h1>Library opens a reading room</h1><p>The Harrowmere "
        "library opened an accessible reading room on Monday, with large-print books and "
        "screen readers for visitors.</p></body></html>"
    )
    assert parse_html(english).lang == "en"
    wrong_tag = _legacy_page(BODY).replace("<html>", "<html lang='en'>")
    assert parse_html(wrong_tag).lang == "vi"


@pytest.mark.parametrize(
    "html",
    [
        "<html></html>",
        "<p>x</p>",
        "<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html/>",
    ],
)
def test_pages_without_an_article_are_a_clear_error(html: str) -> None:
    with pytest.raises(HtmlPageError):
        parse_html(html)


def test_the_written_article_loads_back_with_its_figures(tmp_path: Path) -> None:
    page = parse_file(write_page(tmp_path, "tin.htm", NEWS, {"cau-pac-nam.png": PNG}))
    article = page_to_article(page)
    out = tmp_path / "lib" / "tin"
    (out / "images").mkdir(parents=True)
    for src, name in page.images:
        (out / name).write_bytes(src.read_bytes())
    back = parse_article(article_to_markdown(article), out, str(out / "article.md"))
    assert back.title == article.title and back.lead and back.lead.text == page.lead
    fig = next(b for b in back.blocks if b.type == "figure")
    assert fig.image == "images/01-cau-pac-nam.png" and fig.problem is None
    assert fig.caption is not None and fig.caption.text == page.captions[0]
    assert [b.type for b in back.blocks] == [b.type for b in article.blocks]
