"""Single sign-on with each organisation's OpenID Connect provider, through allauth's OpenID Connect support."""
