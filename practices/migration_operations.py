"""A migration operation that django-parler needs and Django does not have."""

from django.db import migrations
from parler.models import TranslatableModelMixin


class MakeTranslatable(migrations.operations.base.Operation):
    """Give an existing model django-parler's base class in the migration state, so that a
    translations model can be created for it. Nothing changes in the database.

    Migrations before this one keep the model as it was, so their data migrations can still
    create rows of it.
    """

    reversible = True

    def __init__(self, name: str):
        self.name = name

    def deconstruct(self):
        return self.__class__.__qualname__, [self.name], {}

    def state_forwards(self, app_label, state):
        model = state.models[app_label, self.name.lower()]
        if TranslatableModelMixin not in model.bases:
            model.bases = (TranslatableModelMixin, *model.bases)
        state.reload_model(app_label, self.name.lower(), delay=True)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def describe(self) -> str:
        return f"Make {self.name} translatable"

    @property
    def migration_name_fragment(self) -> str:
        return f"translatable_{self.name.lower()}"
