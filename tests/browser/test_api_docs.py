"""A developer reads how to use the open data API and follows it to a list of practices."""

import json

from tests.factories import PracticeFactory

from .conftest import assert_no_axe_violations


def test_read_the_api_documentation_and_fetch_a_filtered_list(page):
    PracticeFactory(title="Budapest listening circle", countries=["HU"])
    PracticeFactory(title="Utrecht recovery walks", countries=["NL"])

    page.goto("/api/")
    assert page.get_by_role("heading", level=1, name="Open data API").is_visible()
    assert page.get_by_role("link", name="OpenAPI 3 document").is_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="OpenAPI 3 document").click()
    page.wait_for_url("**/api/openapi.json")
    document = json.loads(page.locator("body").inner_text())
    assert "/api/practices/" in document["paths"]

    page.goto("/api/practices/?country=HU")
    body = json.loads(page.locator("body").inner_text())
    assert [row["title"] for row in body["results"]] == ["Budapest listening circle"]
