"""Structured logs: one JSON object a line, with personal data kept out.

Log messages in this project name records by their primary key, never by a person's name or
address. Django's own loggers and third-party ones do not promise that, so every record passes
a filter that masks e-mail addresses, IP addresses and the query strings of logged paths
(search terms and tokens can be personal) before it is written.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from datetime import UTC, datetime

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
# Anything shaped like an IPv6 address; only what parses as one is masked (not "09:23:21").
IPV6 = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
QUERY = re.compile(r"(/[^\s?\"']*)\?[^\s\"']*")

# Attributes every LogRecord has; anything else was passed with `extra=` and is kept.
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
# Django attaches the request and the server's socket object to some records: never log them.
DROPPED = {"request", "server_time", "status_code_int"}


def scrub(text: str) -> str:
    """Mask e-mail addresses, IP addresses and query strings in a log text."""
    text = EMAIL.sub("[email]", text)
    text = IPV6.sub(_mask_ipv6, IPV4.sub("[ip]", text))
    return QUERY.sub(r"\1?[query]", text)


def _mask_ipv6(match: re.Match) -> str:
    try:
        ipaddress.IPv6Address(match.group())
    except ValueError:
        return match.group()
    return "[ip]"


class PersonalDataFilter(logging.Filter):
    """Rewrite a record's message so it holds no personal data (it never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record still gets logged, as its template
            message = str(record.msg)
        record.msg, record.args = scrub(message), ()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and any `extra` fields."""

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key in STANDARD or key in DROPPED or key.startswith("_"):
                continue
            data[key] = value if isinstance(value, int | float | bool | None) else scrub(str(value))
        if record.exc_info:
            data["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(data, ensure_ascii=False)
