"""Reading whatever a user uploads or pastes into rows, and saying what was done to read it.

CSV, TSV (or any delimiter csv.Sniffer recognises) and JSONL; UTF-8 with or without a BOM, or
whatever encoding charset-normalizer detects (Latin-1 and Windows-1252 exports from Excel are
common). Nothing is dropped or cut silently: every change lands in `Table.notes`.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from tailor.errors import TailorError

SUFFIXES = (".csv", ".tsv", ".jsonl", ".json", ".ndjson", ".txt")
PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman", "shift_jis", "gb18030")
MAX_CELL_CHARS = 20_000  # one input or output; a longer cell is almost always a broken file
csv.field_size_limit(2**31 - 1)  # so that an oversized cell gets our message, not csv's


@dataclass
class Table:
    """Rows as dicts of strings (or JSON values), and notes on how they were read."""

    rows: list[dict]
    notes: list[str] = field(default_factory=list)


def decode(raw: bytes, name: str) -> tuple[str, str | None]:
    """Text and, when it was not UTF-8, a note naming the encoding used."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches or b"\x00" in raw[:4096]:
        raise TailorError(f"{name} does not look like text. Upload a CSV, TSV or JSONL file.")
    # On short files several encodings fit about equally well; among those, prefer the ones
    # spreadsheets actually export (Excel writes Windows-1252 in Western locales).
    near = [m for m in matches if m.chaos <= matches[0].chaos + 0.1]
    best = next((m for enc in PREFERRED for m in near if m.encoding == enc), matches[0])
    return str(best), f"{name} is not UTF-8: read it as {best.encoding}."


def _check_cells(row: dict, line: int, name: str) -> None:
    for column, value in row.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise TailorError(f"{name}, row {line}: the '{column}' cell has {len(value):,} "
                              f"characters; the limit is {MAX_CELL_CHARS:,}. Shorten it or "
                              "remove that row.")


def _jsonl(text: str, name: str) -> Table:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TailorError(f"Line {n} is not valid JSON ({exc.msg}). Each line of a "
                              "JSONL file must be one JSON object.") from exc
        if not isinstance(row, dict):
            raise TailorError(f"Line {n} is a JSON {type(row).__name__}, not an object "
                              "with named fields.")
        _check_cells(row, n, name)
        rows.append(row)
    return Table(rows)


def sniff_delimiter(text: str, suffix: str = "") -> str:
    """The delimiter: by the file's suffix when it says, else by what the header line and
    the first rows agree on (csv.Sniffer), else the header's most frequent candidate."""
    if suffix == ".tsv":
        return "\t"
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    header = lines[0] if lines else ""
    if "\t" in header:
        return "\t"  # tabs never occur in ordinary text: a tab in the header decides
    if suffix == ".csv":
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;|").delimiter
    except csv.Error:
        counts = {d: header.count(d) for d in ",;|"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _delimited(text: str, suffix: str, name: str) -> Table:
    delimiter = sniff_delimiter(text, suffix)
    # Tab-separated exports rarely quote; a quote inside a tab-separated cell is text.
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    reader = csv.reader(text.splitlines(), delimiter=delimiter, quoting=quoting)
    try:
        header = next(reader)
    except StopIteration:
        return Table([])
    header = [h.strip() for h in header]
    rows, extra = [], []
    for fields in reader:
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) > len(header):
            # An unquoted delimiter inside a cell: we cannot know which field is which, so
            # the row is left out rather than guessed (a split field must never become a label).
            extra.append(line)
            continue
        row = dict(zip(header, [*fields, *[""] * (len(header) - len(fields))], strict=True))
        _check_cells(row, line, name)
        rows.append(row)
    notes = []
    if delimiter not in (",", "\t"):
        notes.append(f"Columns are separated by '{delimiter}'.")
    if extra:
        shown = ", ".join(map(str, extra[:5])) + (" …" if len(extra) > 5 else "")
        what = "comma" if delimiter == "," else "separator"
        notes.append(f"{len(extra)} row(s) have more fields than the header (an unquoted "
                     f"{what} inside a cell?) and were left out: line(s) {shown}. Quote "
                     "those cells, or paste tab-separated rows.")
    return Table(rows, notes)


def parse_text(text: str, suffix: str = "", name: str = "the pasted rows") -> Table:
    """Rows from text: JSONL when the file says so or the first line is an object, else a
    delimited table with a header line."""
    text = text.strip("\ufeff").strip()
    if not text:
        raise TailorError("Nothing to read: paste rows with a header line, or upload a file.")
    if suffix in (".jsonl", ".json", ".ndjson") or (not suffix and text.startswith("{")):
        return _jsonl(text, name)
    return _delimited(text, suffix, name)


def read_table(path: str | Path, max_bytes: int | None = None) -> Table:
    """A CSV, TSV or JSONL file's rows, with notes on how it was read."""
    p = Path(path)
    if not p.exists():
        raise TailorError(f"No file at {p}. Check the path.")
    if p.suffix.lower() not in SUFFIXES:
        raise TailorError(f"{p.name}: use a .csv, .tsv or .jsonl file.")
    size = p.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise TailorError(f"{p.name} is {size / 2**20:.1f} MB; the limit here is "
                          f"{max_bytes / 2**20:.0f} MB. Upload a sample of your rows.")
    text, note = decode(p.read_bytes(), p.name)
    table = parse_text(text, p.suffix.lower(), p.name)
    if note:
        table.notes.insert(0, note)
    return table


def cap_rows(table: Table, max_rows: int, seed: int = 0) -> Table:
    """At most `max_rows` rows, drawn at random (the file may be sorted by label), with a
    note saying so."""
    if len(table.rows) <= max_rows:
        return table
    picked = sorted(random.Random(seed).sample(range(len(table.rows)), max_rows))
    note = (f"The data has {len(table.rows):,} rows; the lab compares techniques on "
            f"{max_rows:,} of them, drawn at random (a production run would train on all).")
    return Table([table.rows[i] for i in picked], [*table.notes, note])
