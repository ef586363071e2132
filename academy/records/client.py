"""Posting statements to an LRS's statements resource (xAPI 1.0.3, Basic auth), with the standard library."""

import base64
import json
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from academy.records.vocabulary import XAPI_VERSION


@dataclass(frozen=True)
class Response:
    status: int  # 0 when the LRS could not be reached
    detail: str = ""

    @property
    def stored(self) -> bool:
        """The LRS stored the statements (or found it held the same ones already: xAPI's idempotent ids)."""
        return self.status in (200, 204)

    @property
    def conflict(self) -> bool:
        """409: the LRS holds a statement with one of these ids. For one statement, it has it: delivered. For a
        batch, the LRS stored none of them (Ralph refuses the whole request)."""
        return self.status == 409

    @property
    def rejected(self) -> bool:
        """The LRS refused the content itself (a bad statement); sending it again will not help."""
        return self.status in (400, 413, 422)  # 422: FastAPI LRSs (Ralph) answer validation errors so

    @property
    def lrs_answered(self) -> bool:
        """Stored, conflicting or rejected: the LRS is up and working; anything else means try later."""
        return self.stored or self.conflict or self.rejected


def post_statements(url: str, statements: list[dict], *, username: str, password: str, timeout: float) -> Response:
    """POST an array of statements; never raises for a network or HTTP error, it reports it."""
    headers = {"Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION}
    if username or password:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    request = Request(url, data=json.dumps(statements).encode(), headers=headers, method="POST")  # noqa: S310
    try:
        with urlopen(request, timeout=timeout) as response:  # noqa: S310 - an http(s) address from the admin
            return Response(response.status)
    except HTTPError as error:
        return Response(error.code, _body(error))
    except (URLError, OSError, ValueError) as error:
        return Response(0, repr(getattr(error, "reason", error)))


def _body(error: HTTPError) -> str:
    try:
        return error.read(2000).decode("utf-8", "replace")
    except OSError:
        return ""
