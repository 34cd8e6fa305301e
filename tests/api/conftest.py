"""What the API tests share: the OpenAPI document that every answer is checked against."""

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

_documents = {}


@pytest.fixture
def openapi(client, db):
    """The API's OpenAPI document, as it serves it (read once: it changes with the code only)."""
    if "document" not in _documents:
        response = client.get("/api/openapi.json")
        assert response.status_code == 200
        _documents["document"] = OpenAPI.from_dict(response.json())
    return _documents["document"]


@pytest.fixture
def api(client, openapi):
    """GET an API address; the answer must match what the OpenAPI document promises."""

    def get(path, data=None, **extra):
        response = client.get(path, data, **extra)
        openapi.validate_response(
            DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
        )
        return response

    return get
