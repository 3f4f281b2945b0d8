"""The HTTP API: a FastAPI app over a store opened read-only (``create_app``), one router per
resource, response models built from the store's columns. Shapes: docs/API.md."""

from newsevents.api.app import create_app

__all__ = ["create_app"]
