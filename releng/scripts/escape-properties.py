#!/usr/bin/env python3
"""Rewrites .properties files with non-ASCII characters as \\uXXXX escapes (Eclipse NLS reads ISO-8859-1).

Usage: releng/scripts/escape-properties.py FILE...   (files already escaped are left as they are)
"""
import sys

for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        text = f.read()
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    if escaped != text:
        with open(name, "w", encoding="ascii") as f:
            f.write(escaped)
