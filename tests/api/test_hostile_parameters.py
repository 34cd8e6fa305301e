"""Hostile query parameters on the API's lists: a 200 or a JSON 400, never a 500 or a leak."""

import pytest

from tests.security.test_query_parameters import HOSTILE, content  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

LISTS = ["/api/practices/", "/api/trainings/", "/api/workshops/", "/api/countries/"]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("query", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_parameters_get_an_answer_or_a_named_error(api, content, url, query):  # noqa: F811
    response = api(f"{url}?{query}")
    assert response.status_code in (200, 400)
    assert response["Content-Type"] == "application/json"
    if response.status_code == 400:
        assert response.json()["errors"]


def test_sql_in_the_search_finds_nothing_rather_than_everything(api, content):  # noqa: F811
    assert api("/api/practices/").json()["count"] == 2
    assert api("/api/practices/?q=%27+OR+1%3D1+--").json()["count"] == 0
