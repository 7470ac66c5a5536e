"""Storage: the ORM model, the engine with its PRAGMAs, and the open gate with migrations."""
