"""Article model -> utterances: order, keys, figure announcements, pauses, offset maps."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import ENGLISH_ARTICLE, SEED_ARTICLE

from reader.formats.markdown_article import load_article, make_text
from reader.model import Article, Figure, Heading, ListBlock, Paragraph
from reader.speech.script import (
    ALT,
    AUTHOR,
    DATE,
    LEAD,
    TITLE,
    ScriptOptions,
    UtteranceKey,
    build_script,
    clip_script,
    find_utterance,
    iter_script,
    source_text,
)


def _article(*blocks, lang="vi", **kw) -> Article:  # type: ignore[no-untyped-def]
    return Article(title=kw.pop("title", "Tiêu đề"), lang=lang, blocks=tuple(blocks), **kw)


def _fig(alt: str, caption: str | None, lang: str = "vi") -> Figure:
    return Figure(None, alt, make_text(caption, lang) if caption is not None else None)


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(SEED_ARTICLE)


def test_seed_reads_title_date_author_lead_then_blocks_in_order(seed: Article) -> None:
    script = build_script(seed)
    kinds = [u.kind for u in script[:4]]
    assert kinds == ["title", "date", "author", "lead"]
    assert [u.key.block for u in script[:4]] == [TITLE, DATE, AUTHOR, LEAD]
    assert script[1].text == "Ngày năm tháng mười hai năm hai nghìn không trăm hai mươi ba"
    assert script[2].text == "Tác giả: Hương Dịu"
    keys = [u.key for u in script]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    # Every sentence of the model is read once (the seed's figures all have captions).
    model_sentences = [
        (b, t, s)
        for b, block in enumerate(seed.blocks)
        for t, text in enumerate(block.texts())
        for s in range(len(text.sentences))
    ]
    said = [(k.block, k.text, k.sentence) for k in keys if k.block >= 0]
    assert said == model_sentences
    assert len(script) == 3 + seed.sentence_count()


def test_each_utterance_is_one_normalised_sentence(seed: Article) -> None:
    script = build_script(seed)
    for u in script:
        if u.key.block >= 0 and u.kind != "alt":
            text = seed.blocks[u.key.block].texts()[u.key.text]
            sentence = text.sentences[u.key.sentence]
            assert u.shown == sentence.of(text.text)
            assert u.shown_start == sentence.start
        assert u.text.startswith(u.prefix) and u.text.strip()
    joined = " ".join(u.text for u in script)
    assert "UBND" not in joined and "HĐND" not in joined and "20/29" not in joined
    assert "ủy ban nhân dân" in joined and "hai mươi trên hai mươi chín" in joined


def test_word_ranges_map_back_inside_the_shown_sentence(seed: Article) -> None:
    for u in build_script(seed):
        for m in re.finditer(r"\S+", u.text):
            shown = u.shown_range(m.start(), m.end())
            if m.end() <= len(u.prefix):
                assert shown is None
                continue
            assert shown is not None
            lo, hi = shown
            assert u.shown_start <= lo < hi <= u.shown_start + len(u.shown), (u.text, m.group())


def test_an_expanded_abbreviation_highlights_the_abbreviation() -> None:
    text = make_text("Mở đầu. Chủ tịch UBND tỉnh phát biểu.", "vi")
    [_, second] = [u for u in build_script(_article(Paragraph(text))) if u.kind == "paragraph"]
    assert second.text == "Chủ tịch ủy ban nhân dân tỉnh phát biểu."
    start = second.text.index("ủy ban nhân dân")
    lo, hi = second.shown_range(start, start + len("ủy ban nhân dân"))
    assert text.text[lo:hi] == "UBND"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("caption", ["Ảnh: Đại biểu dự hội nghị"]),
        ("alt", ["Ảnh: Quang cảnh hội trường"]),
        ("both", ["Ảnh: Quang cảnh hội trường", "Đại biểu dự hội nghị"]),
        ("skip", []),
    ],
)
def test_figure_announcement_modes(mode: str, expected: list[str]) -> None:
    article = _article(_fig("Quang cảnh hội trường", "Đại biểu dự hội nghị"))
    script = build_script(article, ScriptOptions(figures=mode))  # type: ignore[arg-type]
    figure = [u for u in script if u.key.block == 0]
    assert [u.text for u in figure] == expected
    kinds = {"caption": ["caption"], "alt": ["alt"], "both": ["alt", "caption"], "skip": []}
    assert [u.kind for u in figure] == kinds[mode]
    if mode == "both":
        assert [u.key.text for u in figure] == [ALT, 0]
        assert figure[0].shown_range(0, 4) is None  # "Ảnh:" is shown nowhere


def test_figure_falls_back_to_what_it_has_and_speaks_english_labels() -> None:
    no_caption = _article(_fig("Quang cảnh hội trường", None))
    assert [u.text for u in build_script(no_caption)][1:] == ["Ảnh: Quang cảnh hội trường"]
    nothing = _article(_fig("", None))
    assert [u.kind for u in build_script(nothing)] == ["title"]
    same = _article(_fig("Đại biểu", "Đại biểu"))
    both = build_script(same, ScriptOptions(figures="both"))
    assert [u.text for u in both][1:] == ["Ảnh: Đại biểu"]
    self_announced = _article(_fig("Ảnh đại biểu dự hội nghị", "Đại biểu"))
    alt = build_script(self_announced, ScriptOptions(figures="alt"))
    assert [u.text for u in alt][1:] == ["Ảnh đại biểu dự hội nghị"]
    english = _article(_fig("", "A reader at the desk.", "en"), lang="en", title="Title")
    assert [u.text for u in build_script(english)][1:] == ["Image: A reader at the desk."]


def test_headings_have_a_pause_before_and_after_and_blocks_after() -> None:
    article = _article(
        Paragraph(make_text("Câu một. Câu hai.", "vi")),
        Heading(2, make_text("Kết quả", "vi")),
        Paragraph(make_text("Câu ba.", "vi")),
    )
    options = ScriptOptions(heading_pause_ms=700, block_pause_ms=300)
    title, one, two, heading, three = build_script(article, options)
    assert title.pause_before_ms == 0 and title.pause_after_ms == 700
    assert (one.pause_before_ms, one.pause_after_ms) == (0, 0)
    assert two.pause_after_ms == 300
    assert (heading.kind, heading.pause_before_ms, heading.pause_after_ms) == ("heading", 700, 700)
    assert three.pause_after_ms == 300


def test_ordered_list_items_are_numbered_and_keyed_by_item() -> None:
    items = tuple(make_text(t, "vi") for t in ("Nông nghiệp.", "Công nghiệp."))
    script = build_script(_article(ListBlock(True, items)))
    assert [u.text for u in script[1:]] == ["một, Nông nghiệp.", "hai, Công nghiệp."]
    assert [u.key for u in script[1:]] == [UtteranceKey(0, 0, 0), UtteranceKey(0, 1, 0)]
    assert script[1].shown_range(0, 4) is None
    assert script[1].shown_range(5, 15) == (0, 10)


def test_english_article_meta_and_numbers() -> None:
    article = Article(
        title="Library opens",
        lang="en",
        date=dt.date(2024, 3, 14),
        author="Jane Doe",
        lead=make_text("It cost £2,500 in 2023.", "en"),
    )
    texts = [u.text for u in build_script(article)]
    assert texts[1:] == [
        "the fourteenth of March twenty twenty-four",
        "By Jane Doe",
        "It cost two thousand five hundred pounds in twenty twenty-three.",
    ]
    assert build_script(load_article(ENGLISH_ARTICLE))[0].kind == "title"


def test_find_utterance_for_read_from_here(seed: Article) -> None:
    script = build_script(seed)
    block = next(b for b, blk in enumerate(seed.blocks) if len(blk.texts()[0].sentences) > 1)
    second = seed.blocks[block].texts()[0].sentences[1]
    i = find_utterance(script, block, 0, second.start + 1)
    assert i is not None and script[i].key == UtteranceKey(block, 0, 1)
    assert script[find_utterance(script, LEAD, 0, 0)].kind == "lead"  # type: ignore[index]
    assert find_utterance(script, len(seed.blocks), 0, 0) is None


def test_iterating_gives_the_same_script_as_building_it(seed: Article) -> None:
    english = load_article(ENGLISH_ARTICLE)
    for article in (seed, english):
        for mode in ("caption", "alt", "both", "skip"):
            options = ScriptOptions(figures=mode)  # type: ignore[arg-type]
            assert list(iter_script(article, options)) == list(build_script(article, options))


def test_every_key_points_into_its_source_text(seed: Article) -> None:
    figure = _fig("Quang cảnh hội trường", "Đại biểu dự hội nghị.")
    article = _article(Paragraph(make_text("Một câu. Hai câu.", "vi")), figure)
    for a in (seed, article):
        for u in build_script(a, ScriptOptions(figures="both")):
            source = source_text(a, u.key.block, u.key.text)
            assert source is not None, u.key
            assert source[u.shown_start : u.shown_start + len(u.shown)] == u.shown
    assert source_text(article, 1, ALT) == "Quang cảnh hội trường"
    assert source_text(article, 0, ALT) is None  # a paragraph has no alt text
    assert source_text(article, 7, 0) is None and source_text(article, 0, 3) is None
    assert source_text(article, DATE, 0) is None and source_text(article, AUTHOR, 0) is None


def test_a_clipped_selection_says_exactly_the_selected_words() -> None:
    text = make_text("Năm 2021 tỉnh đạt 8.840 tỷ đồng. Tăng 6,33% so với năm trước.", "vi")
    article = _article(Paragraph(text), Paragraph(make_text("Câu sau cùng.", "vi")))
    script = build_script(article)
    # From "8.840" in the first sentence to "Tăng" in the second.
    start = text.text.index("8.840")
    end = text.text.index("Tăng") + len("Tăng")
    part = clip_script(script, (0, 0, start), (0, 0, end))
    assert [u.shown for u in part] == ["8.840 tỷ đồng.", "Tăng"]
    assert part[0].text.startswith("tám nghìn tám trăm bốn mươi")  # normalised again
    assert [u.shown_start for u in part] == [start, text.text.index("Tăng")]
    assert part[1].key == script[2].key  # keys stay those of the whole sentences
    # Across texts: the end of the first paragraph, all of the second up to "sau".
    part = clip_script(script, (0, 0, text.text.index("so với")), (1, 0, len("Câu sau")))
    assert [u.shown for u in part] == ["so với năm trước.", "Câu sau"]
    # Nothing to say (only punctuation, or an empty range) gives nothing.
    dot = text.text.index("đồng.") + len("đồng")
    assert clip_script(script, (0, 0, dot), (0, 0, dot + 1)) == []
    assert clip_script(script, (0, 0, 5), (0, 0, 5)) == []
    # A whole sentence is the very same utterance.
    whole = clip_script(script, (0, 0, 0), (0, 0, text.text.index("Tăng")))
    assert whole == [script[1]]


def test_a_caption_keeps_its_announcement_only_when_selected_from_its_start() -> None:
    article = _article(_fig("", "Đại biểu dự hội nghị."))
    [caption] = [u for u in build_script(article) if u.kind == "caption"]
    assert caption.prefix == "Ảnh: "
    [whole] = clip_script([caption], (0, 0, 0), (0, 0, 8))
    assert whole.prefix == "Ảnh: " and whole.shown == "Đại biểu"
    [inner] = clip_script([caption], (0, 0, 4), (0, 0, 8))
    assert inner.prefix == "" and inner.shown == "biểu"


def test_a_long_paragraph_is_given_out_a_sentence_at_a_time(monkeypatch) -> None:
    """The window builds the script between events: one text must not be one big step."""
    import reader.speech.script as script_module

    calls = []
    real = script_module.normalize

    def counting(text, lang, lexicon=None):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, lang, lexicon)

    monkeypatch.setattr(script_module, "normalize", counting)
    body = " ".join(f"Câu số {i} của đoạn rất dài." for i in range(3000))
    article = _article(Paragraph(make_text(body, "vi")))
    utterances = iter_script(article)
    first = [next(utterances) for _ in range(3)]  # the title, then two sentences
    assert [u.kind for u in first] == ["title", "paragraph", "paragraph"]
    assert len(calls) <= 4  # one sentence looked ahead, not 3,000
    rest = list(utterances)
    assert len(rest) == 2998 and rest[-1].pause_after_ms == ScriptOptions().block_pause_ms
    assert first[1].pause_before_ms == 0 and rest[0].pause_after_ms == 0
