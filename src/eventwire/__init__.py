"""eventwire: code English news into PLOVER political event records."""

__version__ = "0.1.0"
