"""briefing: plain-text news articles in, a static, searchable, deep-linkable briefing site out."""

__version__ = "0.1.0"
