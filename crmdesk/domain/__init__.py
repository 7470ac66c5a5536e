"""Plain-Python domain rules: enums, value types, validation and normalisation. No I/O."""
