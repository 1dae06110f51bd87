#!/usr/bin/env python3
"""Writes a benchmark's table into docs/PERFORMANCE.md between <!-- NAME:start --> and
<!-- NAME:end -->, replacing what was there; the first time, under HEADING (created at the end
of the file if missing).

    bench/doc-section.py NAME HEADING < table.md
"""
import sys

name, heading = sys.argv[1], sys.argv[2]
table = sys.stdin.read().rstrip("\n")
path = "docs/PERFORMANCE.md"
text = open(path).read()
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
block = f"{start}\n{table}\n{end}"
if start in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
elif heading in text:
    i = text.index(heading) + len(heading)
    text = text[:i] + "\n\n" + block + "\n" + text[i:]
else:
    text = text.rstrip() + f"\n\n{heading}\n\n{block}\n"
open(path, "w").write(text)
print(f"(written into {path})")
