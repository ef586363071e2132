"""Reading the people to invite from a CSV upload (email, name, organisation) or a typed list of emails.

File-level problems (empty, too large, not a CSV, no email column) raise UploadError before anything is created;
row-level problems (a bad email, a duplicate) are reported per row by the invitation service.
"""

import csv
import io
from dataclasses import dataclass
from email.utils import parseaddr

from django.template.defaultfilters import filesizeformat

NO_FILE = "Select a CSV file"
EMPTY_FILE = "The selected file is empty"
FILE_TOO_LARGE = "The selected file must be smaller than {size}"
NOT_A_CSV = "The selected file must be a CSV"
NOT_UTF8 = "The selected file must be a CSV saved as UTF-8 (in Excel, choose ‘CSV UTF-8’)"
NO_EMAIL_COLUMN = "The selected file must have an email column: make the first row email,name,organisation"
NO_PEOPLE = "The selected file has no email addresses in it"
TOO_MANY_ROWS = "The selected file must have {max_rows} rows or fewer"
NO_EMAILS_TYPED = "Enter at least one email address"
TOO_MANY_EMAILS = "Enter {max_rows} email addresses or fewer"

HEADER_ALIASES = {
    "email": {"email", "email address", "e-mail", "e-mail address", "work email", "work email address"},
    "name": {"name", "full name", "full_name"},
    "organisation": {"organisation", "organization", "org"},
}


class UploadError(Exception):
    """A problem with the whole file; the message is fit to show next to the upload field."""


@dataclass(frozen=True)
class Invitee:
    row: int  # the row number in the file (the header is row 1) or the position in a typed list
    email: str
    name: str = ""
    organisation: str = ""


def read_invitee_csv(uploaded, *, max_bytes: int, max_rows: int) -> list[Invitee]:
    """The people in an uploaded CSV. Handles a byte-order mark, a header row (or none) and blank lines."""
    if uploaded is None:
        raise UploadError(NO_FILE)
    if not (uploaded.name or "").lower().endswith(".csv"):
        raise UploadError(NOT_A_CSV)
    if uploaded.size == 0:
        raise UploadError(EMPTY_FILE)
    if uploaded.size > max_bytes:
        raise UploadError(FILE_TOO_LARGE.format(size=filesizeformat(max_bytes)))
    raw = uploaded.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise UploadError(FILE_TOO_LARGE.format(size=filesizeformat(max_bytes)))
    if b"\x00" in raw:  # spreadsheets, images and other binary files renamed to .csv
        raise UploadError(NOT_A_CSV)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UploadError(NOT_UTF8) from error
    if not text.strip():
        raise UploadError(EMPTY_FILE)
    try:
        rows = [(number, row) for number, row in enumerate(csv.reader(io.StringIO(text, newline="")), start=1)]
    except csv.Error as error:
        raise UploadError(NOT_A_CSV) from error
    rows = [(number, [cell.strip() for cell in row]) for number, row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise UploadError(EMPTY_FILE)
    columns = _columns(rows[0][1])
    if columns is None:
        if "@" not in rows[0][1][0]:
            raise UploadError(NO_EMAIL_COLUMN)
        columns = {"email": 0, "name": 1, "organisation": 2}  # no header: the documented column order
    else:
        rows = rows[1:]
    if not rows:
        raise UploadError(NO_PEOPLE)
    if len(rows) > max_rows:
        raise UploadError(TOO_MANY_ROWS.format(max_rows=max_rows))
    return [
        Invitee(
            row=number,
            email=_cell(row, columns.get("email")),
            name=_cell(row, columns.get("name"))[:200],
            organisation=_cell(row, columns.get("organisation"))[:200],
        )
        for number, row in rows
    ]


def read_email_list(text: str, *, max_rows: int) -> list[Invitee]:
    """People from a typed list: one per line or separated by commas or semicolons; "Name <email>" is accepted."""
    entries = [entry.strip() for line in (text or "").splitlines() for entry in line.replace(";", ",").split(",")]
    entries = [entry for entry in entries if entry]
    if not entries:
        raise UploadError(NO_EMAILS_TYPED)
    if len(entries) > max_rows:
        raise UploadError(TOO_MANY_EMAILS.format(max_rows=max_rows))
    invitees = []
    for position, entry in enumerate(entries, start=1):
        name, address = parseaddr(entry) if "<" in entry else ("", entry)
        invitees.append(Invitee(row=position, email=address or entry, name=name[:200]))
    return invitees


def _columns(header: list[str]) -> dict[str, int] | None:
    names = [cell.strip().lower() for cell in header]
    columns = {}
    for key, aliases in HEADER_ALIASES.items():
        for index, name in enumerate(names):
            if name in aliases:
                columns[key] = index
                break
    return columns if "email" in columns else None


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""
