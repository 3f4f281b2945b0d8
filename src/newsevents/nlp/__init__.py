"""spaCy loading and the components newsevents adds to it."""
