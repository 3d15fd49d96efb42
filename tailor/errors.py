"""The one error class users see: its message says what went wrong and what to do."""


class TailorError(Exception):
    """A problem the user can fix; the message tells them how."""
