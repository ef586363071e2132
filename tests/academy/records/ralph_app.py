"""Ralph's LRS app for the tests, its file system backend appending to its one file.

Ralph's fs LRS backend writes each POST with the "create" operation to the same file, so only the first POST of a
process succeeds (later ones answer 500: "already exists and overwrite is not allowed"); it is meant for loading
files once, not for serving. Appending makes it a working LRS for our tests, with Ralph's own validation and
duplicate handling unchanged.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402 - after the patch, which the app's backend reads when writing

__all__ = ["app"]
