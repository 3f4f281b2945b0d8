"""Coding on a Dask distributed cluster: workers write Parquet shards, the client merges them.

``ingest_on_dask`` (``client.py``) reads the inputs and hands batches of articles to Dask workers;
each worker builds its pipeline once (``worker.py``), codes its batch and writes the rows as a
Parquet shard to a folder or any fsspec URL (``shards.py``); the client merges every finished shard
into the DuckDB store by content id, so a task run twice (a worker killed mid-task) or a whole run
repeated stores each article once.
"""

from newsevents.scaleout.client import ingest_on_dask

__all__ = ["ingest_on_dask"]
