"""Plain-text analysis (no Qt): sentence splitting for highlighting, speech and search."""
