"""Bearer tokens for the API: 401 with a reason for a missing, unknown, revoked or expired token."""

from django.http import HttpRequest
from ninja.security import HttpBearer

from academy.api import tokens


class Unauthorised(Exception):
    """The request carries no usable token; the message says why."""


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <token>``. The request gets ``request.auth``, the ApiToken."""

    def authenticate(self, request: HttpRequest, token: str):
        try:
            return tokens.authenticate(token)
        except tokens.TokenError as error:
            raise Unauthorised(str(error)) from None
