"""The Redis cache backend: Django's, with one client per connection pool."""

import os
import threading
import uuid

import pytest

from resource_centre.cache import RedisCache

pytestmark = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"), reason="needs a Redis server (REDIS_URL)"
)


@pytest.fixture
def backend():
    # Keys of this test's own, gone within a minute (clear() would empty the whole database).
    return RedisCache(
        os.environ["REDIS_URL"], {"KEY_PREFIX": f"test-{uuid.uuid4().hex}", "TIMEOUT": 60}
    )


def test_values_written_by_several_threads_are_read_back_by_each(backend):
    failures = []

    def work(n):
        try:
            for i in range(50):
                backend.set(f"k{n}-{i}", {"n": n, "i": i})
                assert backend.get(f"k{n}-{i}") == {"n": n, "i": i}
            found = backend.get_many([f"k{n}-{i}" for i in range(50)])
            assert len(found) == 50
            assert backend.add(f"k{n}-0", "other") is False
            backend.delete(f"k{n}-0")
            assert backend.get(f"k{n}-0", "gone") == "gone"
        except Exception as error:
            failures.append((n, error))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_one_client_serves_every_call_to_the_same_server(backend):
    backend.set("a", 1)
    first = backend._cache.get_client(write=True)
    assert backend._cache.get_client(write=True) is first
    assert backend._cache.get_client(write=False) is first  # a single server: one pool
    assert backend.get("a") == 1
