"""Paragraph markup read without Python's HTML parser, for the markup the report writes.

reportlab's ParaParser is an html.parser.HTMLParser: its tokenizer, not the handlers that make fragments, is
most of the time a paragraph takes to parse. The report's markup is small and regular (escaped text, entities,
<b>, <i>, <font color/size/face>, <br/>, <a href>, <onDraw>), so it is cut into the same tokens here and handed
to the same ParaParser handlers, in the same order, that HTMLParser would call: the fragments are the ones
reportlab makes. Anything outside that regular form (comments, unquoted or escaped attribute values, a stray
"<" or "&", script and style elements) returns None, and the caller parses as reportlab does.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"(?P<data>[^<&]+)"
    r"|&(?P<entity>[a-zA-Z][a-zA-Z0-9]*);"
    r"|&#(?P<charref>[0-9]+|[xX][0-9a-fA-F]+);"
    r"|</(?P<end>[a-zA-Z][a-zA-Z0-9]*)\s*>"
    r"|<(?P<start>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>(?:\s+[a-zA-Z_][-a-zA-Z0-9_:.]*=(?:\"[^\"<>&]*\"|'[^'<>&]*'))*)"
    r"\s*(?P<close>/?)>"
)
_ATTR = re.compile(r"([a-zA-Z_][-a-zA-Z0-9_:.]*)=(?:\"([^\"]*)\"|'([^']*)')")
_PARA = re.compile(r"^\s*<\s*para(?:\s+|>|/>)")
_CDATA = frozenset({"script", "style"})


def tokens(text: str) -> list | None:
    """*text* cut into the tokens read here, or None when it is not in that regular form."""
    if _PARA.match(text):
        return None  # a paragraph that brings its own <para> tag: rare, left to reportlab
    found = []
    at = 0
    for match in _TOKEN.finditer(text):
        if match.start() != at:
            return None
        at = match.end()
        if match.lastgroup == "start" and match.group("start").lower() in _CDATA:
            return None
        found.append(match)
    if at != len(text):
        return None
    return found


def parse(parser, text: str, style):
    """(style, fragments, bullet fragments) as `parser.parse(text, style)` gives them, or None when *text* is
    not in the regular form read here."""
    found = tokens(text)
    return None if found is None else parse_tokens(parser, found, style)


def parse_tokens(parser, found: list, style, made_by_data: list | None = None):
    """parse() of tokens already cut; *made_by_data*, when given, gets for each text token how many fragments
    its handling added and the index of the first (reportlab adds one per run of text)."""
    parser._setup_for_parse(style)
    parser.handle_starttag("para", [])
    for match in found:
        kind = match.lastgroup
        if kind == "data":
            before = len(parser.fragList)
            parser.handle_data(match.group("data"))
            if made_by_data is not None:
                made_by_data.append((len(parser.fragList) - before, before))
        elif kind == "entity":
            parser.handle_entityref(match.group("entity"))
        elif kind == "charref":
            parser.handle_charref(match.group("charref"))
        elif kind == "end":
            parser.handle_endtag(match.group("end").lower())
        else:
            tag = match.group("start").lower()
            attrs = [(name.lower(), double or single) for name, double, single in _ATTR.findall(match.group("attrs"))]
            if match.group("close"):
                parser.handle_startendtag(tag, attrs)
            else:
                parser.handle_starttag(tag, attrs)
    parser.handle_endtag("para")
    return parser._complete_parse()


# Tags whose fragments depend on nothing but the tag and its attributes (no counters, images, callbacks,
# bullets or symbol-font text): markup made only of these and text parses the same whatever the text says.
_PLAIN_TAGS = frozenset({"b", "i", "u", "strike", "strong", "em", "font", "br", "a", "span", "super", "sup",
                         "sub"})


def skeleton(found: list) -> tuple | None:
    """What of the markup decides its fragments but the text itself: every token but the text runs (tags,
    attributes, entities), or None when a tag outside _PLAIN_TAGS takes part."""
    out = []
    for match in found:
        kind = match.lastgroup
        if kind == "data":
            out.append(None)
            continue
        if kind in ("start", "end") and match.group(kind).lower() not in _PLAIN_TAGS:
            return None
        out.append(match.group(0))
    return tuple(out)


def texts(found: list) -> list[str]:
    return [match.group("data") for match in found if match.lastgroup == "data"]


def template_of(result, made_by_data: list):
    """(style, fragments, where each text run's fragment is) of a parse, to make the fragments of markup of the
    same skeleton from; None when a text run did not add exactly one fragment of plain text."""
    style, frags, bullets = result
    if frags is None or bullets:
        return None
    places = []
    for added, first in made_by_data:
        if added != 1 or getattr(frags[first], "greek", 0) or "cbDefn" in frags[first].__dict__:
            return None
        places.append(first)
    return style, [frag.clone() for frag in frags], places


def from_template(template, found: list):
    """The parse result of markup whose skeleton is the template's: its fragments, with this markup's text."""
    style, frags, places = template
    made = [frag.clone() for frag in frags]
    for place, text in zip(places, texts(found)):
        made[place].text = text
    return style, made, None
