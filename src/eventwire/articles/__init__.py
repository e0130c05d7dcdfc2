"""articles stage: read the input (files, directories, stdin) into `Article` records."""

from eventwire.articles.readers import read_articles
from eventwire.articles.sources import SUPPORTED_SUFFIXES
from eventwire.articles.text import content_id

__all__ = ["SUPPORTED_SUFFIXES", "content_id", "read_articles"]
