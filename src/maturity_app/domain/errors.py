"""Errors a user can cause, each with a message a person can act on."""


class MaturityError(Exception):
    """Base for every error shown to users as one clear line."""


class PackError(MaturityError):
    """A questionnaire pack that cannot be read or does not validate."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}{'' if p.startswith(':') else ' '}{p}" for p in problems))


class ValidationFailed(MaturityError):
    """Input that breaks a rule of the domain (a text too long, a level off the scale)."""
