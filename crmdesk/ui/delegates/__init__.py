"""Item delegates: how list cells are painted and edited."""
