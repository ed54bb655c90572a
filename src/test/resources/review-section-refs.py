#!/usr/bin/env python3
"""Writes review-section-refs.tsv: for each numbered section of the review, the reference numbers its
text cites ([39], [58–60], [87,92]). Run from the repository root:
    python3 src/test/resources/review-section-refs.py ../shared/seed/sodium-ion-conductors-review.md
The converted text lost the headings of 4.2 and 4.2.1: the paragraph that resumes mid-sentence with
"a lower valence state." is theirs (Sc/Yb co-doping of NASICON [92], Zn on Zr [93]), so it is filed
under 4.2.1 rather than under 4.1, whose heading precedes it."""
import re
import sys

src = sys.argv[1]
out = "src/test/resources/review-section-refs.tsv"
heading = re.compile(r"^#+\s+(\d+(?:\.\d+)*)\.?\s")
cite = re.compile(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]")
refs = {}
section = None
for line in open(src, encoding="utf-8"):
    if line.startswith("## References"):
        break
    m = heading.match(line)
    if m:
        section = m.group(1)
        refs.setdefault(section, set())
        continue
    if line.startswith("a lower valence state."):
        section = "4.2.1"
        refs.setdefault(section, set())
    if section is None:
        continue
    for group in cite.findall(line):
        for part in re.split(r"\s*,\s*", group):
            ends = re.split(r"\s*[\u2013-]\s*", part)
            lo, hi = int(ends[0]), int(ends[-1])
            refs[section].update(range(lo, hi + 1))
with open(out, "w", encoding="utf-8") as f:
    f.write("# section<TAB>reference numbers its text cites, from the review's Markdown text by\n")
    f.write("# src/test/resources/review-section-refs.py (see its docstring); a section's own text only,\n")
    f.write("# without its subsections. An empty list: the section's text cites nothing.\n")
    for s in sorted(refs, key=lambda k: [int(x) for x in k.split(".")]):
        f.write(s + "\t" + ",".join(str(n) for n in sorted(refs[s])) + "\n")
