"""spaCy loading: one pipeline per process, named by a setting."""
