"""Dictionary-backed actor recognition and resolution (the ``actors`` stage's machinery).

``dictionary`` loads and indexes the TSV files, ``matcher`` finds names with hash lookups over
token n-grams, ``resolve`` builds title/role phrases and applies metonymy, ``coref`` links later
references (surname, "the minister", pronouns) within one article.
"""
