import factory
from allauth.account.models import EmailAddress

from academy.accounts.models import User

PASSWORD = "correct-horse-battery-staple"


class EmailAddressFactory(factory.django.DjangoModelFactory):
    """An address allauth knows for a user: verified and not primary unless said otherwise."""

    class Meta:
        model = EmailAddress

    user = factory.SubFactory("tests.academy.accounts.factories.UserFactory", verified=False)
    email = factory.Sequence(lambda n: f"other.address{n}@council.gov.uk")
    verified = True
    primary = False


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@council.gov.uk")
    full_name = factory.Faker("name", locale="en_GB")
    organisation = "Northshire County Council"
    job_title = "Commissioning officer"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if not create:
            return
        self.save()
        if extracted is not False:
            EmailAddressFactory(user=self, email=self.email, primary=True)
