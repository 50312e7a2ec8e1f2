"""The photo gallery of a client: grid, thumbnails, import, viewer, delete with undo.

Nothing here imports Pillow or SQLAlchemy at module import time: the photo service and the
Pillow helpers are imported inside worker code paths only, so the first paint stays light.
"""
