"""Pages of the main window: lists, detail pages, Today, trash, duplicates."""
