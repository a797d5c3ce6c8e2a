"""What the first bytes of a file say it is, without reading it: here, whether it is an HTML page.
Kept apart from the HTML loader so that telling a page from text costs no import of the parser."""

from __future__ import annotations


def is_html(head: bytes) -> bool:
    """An HTML document's start: optional XML declaration and comments, then <!doctype html>, <html>,
    or a tag only a page's head or body opens with (a saved page may lack <html>: <head>, <meta …>,
    a redirect's <script>).
    A scan, not a regular expression: comments are skipped with find(), so the time is linear (a
    pattern `(?:<!--.*?-->\\s*)*` backtracks exponentially on many comments and no <html>)."""
    # NULs removed so UTF-16 pages match too; a leading BOM is skipped.
    head = head.replace(b"\x00", b"").lower()
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    at = _skip_space(head, 0)
    if head.startswith(b"<?xml", at):
        end = head.find(b">", at)
        if end < 0:
            return False
        at = _skip_space(head, end + 1)
    while head.startswith((b"<!--", b"<%"), at):  # comments, a server page's directives (<%@ page …%>)
        comment = head.startswith(b"<!--", at)
        end = head.find(b"-->" if comment else b"%>", at + 2)
        if end < 0:
            return False
        at = _skip_space(head, end + (3 if comment else 2))
    if head.startswith(b"<!doctype", at):
        return head[at + 9 : at + 10].isspace() and head[at + 10 :].lstrip().startswith(b"html")
    for tag in OPENING_TAGS:
        after = at + len(tag)
        if head.startswith(tag, at) and (head[after : after + 1].isspace() or head[after : after + 1] in (b">", b"/")):
            return True
    return False


OPENING_TAGS = (b"<html", b"<head", b"<meta", b"<title", b"<script", b"<body", b"<link", b"<style")


def _skip_space(data: bytes, at: int) -> int:
    while at < len(data) and data[at] in b" \t\r\n\f\v":
        at += 1
    return at
