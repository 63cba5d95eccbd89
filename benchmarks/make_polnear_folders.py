"""Write the PolNeAR articles as corpus folders a user would have (``.txt`` files + ``manifest.csv``).

``.venv/bin/python benchmarks/make_polnear_folders.py --data ../shared/data --out ../tmpdata``

Writes ``<out>/polnear924`` (all 924 articles of train and dev) and ``<out>/polnear300`` (a seeded sample
of 300 of them), the folders ``bench_collection.py`` and ``bench_incidents_speed.py`` read. The texts
stay outside the repository. Exits 0 with a message when the shared data folder is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_overlap import polnear_articles  # noqa: E402

MANIFEST_COLUMNS = ["doc_id", "file", "outlet", "title", "published", "published_source", "language", "notes"]


def write_folder(arts: pd.DataFrame, folder: Path) -> int:
    """Write one corpus folder; returns the number of articles written.

    >>> import tempfile
    >>> a = pd.DataFrame({"doc_id": ["x_1"], "text": ["Hi."], "published": ["2016-01-02"], "label": ["nyt"]})
    >>> d = Path(tempfile.mkdtemp()); write_folder(a, d), (d / "manifest.csv").read_text().splitlines()[1]
    (1, 'x_1,x_1.txt,nyt,,2016-01-02,metadata,en,PolNeAR')
    """
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for r in arts.itertuples(index=False):
        (folder / f"{r.doc_id}.txt").write_text(r.text, encoding="utf-8")
        rows.append({"doc_id": r.doc_id, "file": f"{r.doc_id}.txt", "outlet": r.label, "title": "",
                     "published": r.published, "published_source": "metadata" if r.published else "unknown",
                     "language": "en", "notes": "PolNeAR"})
    pd.DataFrame(rows, columns=MANIFEST_COLUMNS).to_csv(folder / "manifest.csv", index=False)
    return len(rows)


def main() -> int:
    """Write both folders."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("../tmpdata"))
    args = ap.parse_args()
    if not (args.data / "polnear").is_dir():
        print(f"no PolNeAR under {args.data}: nothing written")
        return 0
    arts = polnear_articles(args.data).sort_values("doc_id", kind="stable")
    n = write_folder(arts, args.out / "polnear924")
    m = write_folder(arts.sample(n=300, random_state=0).sort_values("doc_id"), args.out / "polnear300")
    print(f"wrote {n} articles to {args.out / 'polnear924'} and {m} to {args.out / 'polnear300'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
