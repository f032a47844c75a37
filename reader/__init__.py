"""Bulletin Reader: an accessible, offline reader for news-bulletin articles."""

__version__ = "0.1.0"
