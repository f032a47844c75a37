"""``bulletin-reader import``: text scrapes, saved web pages and URLs -> library articles.

Qt-free, and never imports the UI (import-linter checks it). One module per step:
``sources`` (what the inputs are), ``fetch`` (the only network access), ``recover`` (an
input -> the article model), ``writer`` (the library file: names, clashes, backups, atomic
writes), ``report`` (reason codes, their sentences, the records) and ``batch`` (the command's
loop, ``run_import``).
"""

from reader.importer.batch import run_import
from reader.importer.recover import (
    Recovered,
    read_html,
    read_scrape,
    read_url,
    recover,
    recover_html,
)
from reader.importer.report import NOTE_CODES, REASONS, ImportFailure

__all__ = [
    "NOTE_CODES",
    "REASONS",
    "ImportFailure",
    "Recovered",
    "read_html",
    "read_scrape",
    "read_url",
    "recover",
    "recover_html",
    "run_import",
]
