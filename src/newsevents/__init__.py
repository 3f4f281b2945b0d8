"""newsevents: verifiable political event data from news articles, on a laptop."""

__version__ = "0.1.0"
