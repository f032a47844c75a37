"""Sources -> article model: Markdown article files, text scrapes and saved web pages;
and the model -> Markdown, for the importer."""
