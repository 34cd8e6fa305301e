"""Factories for the models the tests need."""

import factory
from allauth.account.models import EmailAddress

from accounts.models import User

PASSWORD = "calm-harbour-lantern-42"


class UserFactory(factory.django.DjangoModelFactory):
    """A member whose e-mail address is verified, so they can sign in."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Faker("first_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()
