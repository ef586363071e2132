"""`python -m tests.production.slow_worker` runs the Celery worker; with ACADEMY_TEST_SLOW_MARKER set, certificate
issue and export writing stop in the middle (inside the transaction, after the work has begun), write the marker file
and wait, so a test can SIGKILL the worker at exactly that point."""

import os
import sys
import time
from pathlib import Path


def _pause_in_the_middle_of(module, name: str, marker: Path) -> None:
    original = getattr(module, name)

    def paused(*args, **kwargs):
        marker.write_text(name)
        time.sleep(120)
        return original(*args, **kwargs)

    setattr(module, name, paused)


def main() -> None:
    marker = os.environ.get("ACADEMY_TEST_SLOW_MARKER")
    if marker:
        import django

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings")
        django.setup()
        from academy.certificates import services as certificates
        from academy.cohorts.services import exports

        _pause_in_the_middle_of(certificates, "_save_signed", Path(marker))
        _pause_in_the_middle_of(exports, "write_table", Path(marker))
    from celery.__main__ import main as celery_main

    sys.argv[0] = "celery"
    celery_main()


if __name__ == "__main__":
    main()
