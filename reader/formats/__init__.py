"""Sources -> article model: Markdown article files (and later, imported scrapes)."""
