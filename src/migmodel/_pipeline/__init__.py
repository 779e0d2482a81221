"""The private parsing engine: one module per stage, each a pure function."""
