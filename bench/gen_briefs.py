#!/usr/bin/env python3
"""Writes N briefs (default 10,000) into a folder, for timing `outsource check DIR`
against `bench/check_python.py`: copies of the example briefs, each with its own
project name and a few answers changed, so no two files are the same.

Usage: bench/gen_briefs.py OUT_DIR [N]
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = ["b2b-software.toml", "ecommerce-retailer.toml", "ecommerce-retailer-before.toml",
            "utility-partial.toml"]


def main():
    out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    os.makedirs(out, exist_ok=True)
    templates = []
    for name in EXAMPLES:
        with open(os.path.join(ROOT, "examples", name), encoding="utf-8") as f:
            # The schema comment points at a relative path that does not hold here.
            templates.append(re.sub(r"^#:schema.*\n", "", f.read(), flags=re.M))
    for i in range(count):
        text = templates[i % len(templates)]
        text = re.sub(r'^name = "(.*)"$', lambda m: f'name = "{m.group(1)} #{i}"', text,
                      count=1, flags=re.M)
        # Vary one numeric answer: readiness weeks 1 to 26.
        text = re.sub(r"^readiness-weeks = \d+$", f"readiness-weeks = {1 + i % 26}", text,
                      flags=re.M)
        with open(os.path.join(out, f"brief-{i:05}.toml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
