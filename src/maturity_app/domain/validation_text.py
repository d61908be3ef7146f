"""Pydantic's validation errors in the interface language.

Pydantic words its messages in English only. A pack author or someone importing a file reads them beside the
file and the field they name, so each error type the app's models can raise gets its own sentence in the
catalogue, filled from the error's context. In English pydantic's own words are kept; a type without a sentence
here keeps them in every language, and a ValueError raised by the app's own validators was worded when raised.
"""

from __future__ import annotations

from . import i18n
from .i18n import N_, _, ngettext

_PLAIN = {
    "missing": N_("Field required"),
    "extra_forbidden": N_("Extra inputs are not permitted"),
    "string_type": N_("Input should be a valid string"),
    "string_pattern_mismatch": N_("String should match pattern '{pattern}'"),
    "int_type": N_("Input should be a valid integer"),
    "int_parsing": N_("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": N_("Input should be a valid integer, got a number with a fractional part"),
    "float_type": N_("Input should be a valid number"),
    "float_parsing": N_("Input should be a valid number, unable to parse string as a number"),
    "bool_type": N_("Input should be a valid boolean"),
    "bool_parsing": N_("Input should be a valid boolean, unable to interpret input"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "greater_than": N_("Input should be greater than {gt}"),
    "less_than": N_("Input should be less than {lt}"),
    "list_type": N_("Input should be a valid list"),
    "dict_type": N_("Input should be a valid dictionary"),
    "model_type": N_("Input should be a valid dictionary"),  # pydantic names its model class: not for readers
    "model_attributes_type": N_("Input should be a valid dictionary"),
}


def problem_text(error: dict) -> str:
    """The message of one entry of ``ValidationError.errors()``, in the current language."""
    message = error["msg"]
    kind = error.get("type")
    if kind in ("value_error", "assertion_error"):  # the app's own validators: worded when raised
        return message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return message
    ctx = dict(error.get("ctx") or {})
    try:
        if kind == "literal_error":
            # pydantic joins the choices as "'a', 'b' or 'c'": only the last joint is a word
            choices = str(ctx.get("expected", ""))
            head, joint, last = choices.rpartition(" or ")
            return _("Input should be {expected}").format(
                expected=f"{head} {_('or')} {last}" if joint else choices)
        if kind == "string_too_short":
            count = ctx["min_length"]
            return ngettext("String should have at least {count} character",
                            "String should have at least {count} characters", count).format(count=count)
        if kind == "string_too_long":
            count = ctx["max_length"]
            return ngettext("String should have at most {count} character",
                            "String should have at most {count} characters", count).format(count=count)
        if kind == "too_short":
            count = ctx["min_length"]
            return ngettext("should have at least {count} item, not {actual}",
                            "should have at least {count} items, not {actual}", count).format(
                count=count, actual=ctx.get("actual_length"))
        if kind == "too_long":
            count = ctx["max_length"]
            return ngettext("should have at most {count} item", "should have at most {count} items", count).format(
                count=count)
        if kind in _PLAIN:
            return _(_PLAIN[kind]).format(**ctx)
    except (KeyError, IndexError, ValueError):  # a pydantic whose context differs: its own words, never a crash
        pass
    return message
