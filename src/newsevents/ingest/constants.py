"""Calibrated constants of the ingest area, each with how it was set."""

from __future__ import annotations

#: Bytes inspected at the start of a file to decide whether it is binary. 8 KiB is what `file(1)` and
#: git inspect; every binary format we care about (PDF, Office, images, archives) shows NULs or its
#: signature well inside it.
SNIFF_BYTES = 8192

#: Above this share of C0 control bytes (other than tab, line feed, vertical tab, form feed, carriage
#: return and escape) a sample is binary. Uniformly random or compressed bytes have about 10.5 % of them
#: and text in any ASCII-compatible encoding about 0 %; 5 % sits between, leaving room for the odd stray
#: control character in scraped text.
CONTROL_RATIO_MAX = 0.05

#: The most bytes one character takes in UTF-8 (and in UTF-16/32). A file of more than
#: ``max_chars * MAX_BYTES_PER_CHAR`` bytes is over the character limit without reading it.
MAX_BYTES_PER_CHAR = 4

#: How far into an HTML file to look for a ``<meta charset>`` declaration. The HTML standard requires
#: the declaration within the first 1024 bytes; 2048 tolerates pages that put comments first.
HTML_CHARSET_WINDOW = 2048
