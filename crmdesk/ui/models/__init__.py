"""Qt item models over service queries: windowed, holding ids and plain rows."""
