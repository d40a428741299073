"""Storage: DuckDB tables for Documents and their records, queries, and export."""

from newsgraph.store.database import DEFAULT_PATH, AddResult, ArticleSummary, Store, StoreError
from newsgraph.store.export import FORMATS, export

__all__ = ["DEFAULT_PATH", "FORMATS", "AddResult", "ArticleSummary", "Store", "StoreError", "export"]
