"""Writes of the events app: sessions (lead), bookings and the waiting list (learner), attendance, reminders."""


class SessionError(Exception):
    """A rule about sessions or bookings was broken; the message is fit to show to the person."""
