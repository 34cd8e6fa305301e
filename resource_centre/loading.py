"""Model instances read from the database, made without ``Model.__init__``.

Django makes each row's instance with ``Model.__init__``, which walks every field of the
model, deferred ones included, and sets each value through its descriptor; before that,
``Model.from_db`` pads the row to the model's full width, looking each field up in the list
of the columns read. For a result card's dozen columns of a thirty-field model that is some
70 k instructions a row: a country page's twenty cards spent 1.5 M on it, more than a
tenth of the page's own work.

``from_db`` is Django's documented hook for making instances from rows. Here it fills the
new instance's ``__dict__`` with the row's values and its ``_state`` as ``__init__`` and
Django's ``from_db`` leave them (for parler's translatable models, their translation cache
and language too); a test compares the two on every model that uses it, whole rows, rows
read with ``only()`` and rows reached by ``select_related``. A model with ``pre_init`` or
``post_init`` receivers is made Django's way, so that they run.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init
from parler.models import TranslatableModelMixin
from parler.utils.i18n import get_language, normalize_language_code


class QuickLoad:
    """A model mixin (first among the bases): instances read from the database are made
    without ``Model.__init__``."""

    @classmethod
    def from_db(cls, db, field_names, values, *, fetch_mode=None):
        # (Asked only when some model has receivers: asking costs more than making a row.)
        if (pre_init.receivers or post_init.receivers) and (
            pre_init.has_listeners(cls) or post_init.has_listeners(cls)
        ):
            return super().from_db(db, field_names, values, fetch_mode=fetch_mode)
        new = cls.__new__(cls)
        state = ModelState()
        state.adding = False
        state.db = db
        if fetch_mode is not None:
            state.fetch_mode = fetch_mode
        attributes = new.__dict__
        attributes["_state"] = state
        attributes.update(zip(field_names, values, strict=True))
        if issubclass(cls, TranslatableModelMixin):
            # What parler's __init__ sets: no translation read yet, in the active language.
            attributes["_translations_cache"] = defaultdict(dict)
            attributes["_current_language"] = normalize_language_code(get_language())
        return new
