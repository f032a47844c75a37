"""Article folders: what is in them, and which files have problems."""
