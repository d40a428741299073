"""Evaluation against public gold sets: one module per task, each a gold-file reader plus its metric."""
