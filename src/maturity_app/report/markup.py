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


def parse(parser, text: str, style):
    """(style, fragments, bullet fragments) as `parser.parse(text, style)` gives them, or None when *text* is
    not in the regular form read here."""
    if _PARA.match(text):
        return None  # a paragraph that brings its own <para> tag: rare, left to reportlab
    tokens = []
    at = 0
    for match in _TOKEN.finditer(text):
        if match.start() != at:
            return None
        at = match.end()
        tokens.append(match)
    if at != len(text):
        return None
    parser._setup_for_parse(style)
    parser.handle_starttag("para", [])
    for match in tokens:
        kind = match.lastgroup
        if kind == "data":
            parser.handle_data(match.group("data"))
        elif kind == "entity":
            parser.handle_entityref(match.group("entity"))
        elif kind == "charref":
            parser.handle_charref(match.group("charref"))
        elif kind == "end":
            parser.handle_endtag(match.group("end").lower())
        else:
            tag = match.group("start").lower()
            if tag in _CDATA:
                return None
            attrs = [(name.lower(), double or single) for name, double, single in _ATTR.findall(match.group("attrs"))]
            if match.group("close"):
                parser.handle_startendtag(tag, attrs)
            else:
                parser.handle_starttag(tag, attrs)
    parser.handle_endtag("para")
    return parser._complete_parse()
