"""A fixed extraction workload to count instructions with, which do not drift as time does.

Usage (from the repository root)::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python benchmarks/instructions.py --docs 200
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python benchmarks/instructions.py --docs 0

Each run reads the first 200 TimeML files of ../shared/corpora/te3-silver and warms chrono up
on one sentence, then extracts the first ``--docs`` of them (news genre, each file's creation
date). The difference between the two "Collected" totals is what extraction costs; the second
alone is start-up and reading. Run each tree once before counting, so that its bytecode is
compiled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "te3-silver"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from chrono.api import extract_document
    from chrono.timeml import read_timeml, tml_files

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=200, help="documents to extract (200)")
    args = parser.parse_args(argv)
    docs = [read_timeml(file) for file in tml_files([args.corpus])[:200]]
    extract_document("The meeting is on Monday.", dct=docs[0].dct)
    for doc in docs[: args.docs]:
        extract_document(doc.text, dct=doc.dct, genre="news")
    return 0


if __name__ == "__main__":
    sys.exit(main())
