"""Article model -> HTML for the article view."""
