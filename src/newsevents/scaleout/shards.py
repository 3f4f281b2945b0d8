"""A batch of coded articles as Parquet files under a folder or fsspec URL, and back.

A shard is one folder holding one Parquet file per table of an article's rows and failures
(``Store.copy_tables``). It is built under a temporary name and renamed into place, so a reader
never sees half a shard; a task that runs twice writes the same shard twice, and the merge of
either copy stores the same rows (content ids).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import fsspec
from fsspec.implementations.local import LocalFileSystem

from newsevents.model import Document, Failure
from newsevents.store import Store


def shard_url(root: str, key: str) -> str:
    return f"{root.rstrip('/')}/batch-{key}"


def write_shard(
    docs: Sequence[Document], failures: Sequence[Failure], run_id: str, url: str
) -> dict[str, Failure]:
    """The rows of ``docs`` and ``failures`` as a shard at ``url``; returns, by article id, the E113
    failure of each document whose rows could not be stored (they are in the shard's failures too)."""
    fs, path = fsspec.core.url_to_fs(url)
    with tempfile.TemporaryDirectory(prefix="newsevents-shard-") as scratch, Store(None) as store:
        unstored = store.write_batch(docs, failures, run_id)
        store.copy_tables(Path(scratch))
        partial = f"{path}.partial-{uuid.uuid4().hex}"
        fs.makedirs(partial, exist_ok=True)
        for local in sorted(Path(scratch).iterdir()):
            fs.put_file(str(local), f"{partial}/{local.name}")
        if fs.exists(path):  # an earlier attempt of the same task: same content, replace it
            fs.rm(path, recursive=True)
        fs.mv(partial, path, recursive=True)
    return unstored


@contextmanager
def shard_files(url: str, tables: Sequence[str]) -> Iterator[dict[str, str]]:
    """The shard at ``url`` as local files by table name, for DuckDB to read (a remote shard is
    fetched into a temporary folder for the time of the ``with``)."""
    fs, path = fsspec.core.url_to_fs(url)
    if isinstance(fs, LocalFileSystem):
        yield {table: f"{path}/{table}.parquet" for table in tables}
        return
    with tempfile.TemporaryDirectory(prefix="newsevents-shard-") as scratch:
        files = {}
        for table in tables:
            files[table] = str(Path(scratch) / f"{table}.parquet")
            fs.get_file(f"{path}/{table}.parquet", files[table])
        yield files


def remove_shard(url: str) -> None:
    fs, path = fsspec.core.url_to_fs(url)
    if fs.exists(path):
        fs.rm(path, recursive=True)
