"""Logs are JSON lines that a collector can read, and hold no personal data."""

import io
import json
import logging
import sys

import pytest
from django.test import Client

from resource_centre.logging import JsonFormatter, PersonalDataFilter


@pytest.fixture
def output():
    """What the site's configured log handler writes (standard error in production)."""
    (handler,) = [h for h in logging.getLogger().handlers if isinstance(h.formatter, JsonFormatter)]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def log_lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_log_line_is_json_with_level_logger_and_extra_fields(output):
    logging.getLogger("workshops.services").warning(
        "registration %s: %s", 42, "confirmed", extra={"workshop": 7}
    )
    (line,) = [entry for entry in log_lines(output) if entry["logger"] == "workshops.services"]
    assert line["level"] == "WARNING"
    assert line["message"] == "registration 42: confirmed"
    assert line["workshop"] == 7
    assert line["time"].endswith("+00:00")


def test_addresses_and_query_strings_are_masked_wherever_they_come_from(output):
    logging.getLogger("some.library").error(
        "mail to %s at 09:23:21 from 192.0.2.44 and 2001:db8::1:2 failed on %s",
        "noor.h@example.org",
        "/accounts/?next=/x&email=noor.h@example.org",
    )
    (line,) = log_lines(output)
    assert "noor.h" not in json.dumps(line)
    assert "192.0.2.44" not in line["message"]
    assert line["message"] == (
        "mail to [email] at 09:23:21 from [ip] and [ip] failed on /accounts/?[query]"
    )


def test_an_exception_s_traceback_is_masked_too():
    record = logging.makeLogRecord({"msg": "failed", "levelno": logging.ERROR})
    try:
        raise ValueError("no such member: ilona@example.org")
    except ValueError:
        record.exc_info = sys.exc_info()
    PersonalDataFilter().filter(record)
    line = json.loads(JsonFormatter().format(record))
    assert "ValueError" in line["exception"] and "ilona@" not in line["exception"]


@pytest.mark.django_db
def test_a_page_not_found_is_logged_without_the_search_terms(output):
    Client().get("/practices/no-such-practice/?q=my+own+diagnosis")
    err = output.getvalue()
    assert "no-such-practice" in err
    assert "diagnosis" not in err
