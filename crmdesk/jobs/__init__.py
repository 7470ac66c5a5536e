"""Background work: plain-Python job control (progress, cancel) and a Qt runner for the GUI."""
