"""Rebuild the vendored browser libraries and boundary data from the npm packages they come from.

Not used at run time. Run once per upgrade, from a folder where the three npm packages were packed::

    npm pack leaflet@1.9.4 world-atlas@2.0.2 @knight-lab/timelinejs@3.9.11
    python -m analysis.display.vendor.build FOLDER_WITH_THE_TGZ_FILES

What it changes on the way (so that a page works from the HTML file alone, with no network):
Leaflet's CSS gets its control images as data URIs; TimelineJS's CSS keeps only the WOFF2 icon font,
as a data URI. Everything else is copied byte for byte, with each package's licence.
"""

from __future__ import annotations

import base64
import re
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
PACKAGES = {"leaflet": "leaflet-1.9.4.tgz", "timelinejs": "knight-lab-timelinejs-3.9.11.tgz",
            "world-atlas": "world-atlas-2.0.2.tgz"}


def _member(tgz: Path, name: str) -> bytes:
    """One file of an npm tarball (paths inside start with ``package/``)."""
    with tarfile.open(tgz) as tar:
        return tar.extractfile(f"package/{name}").read()


def _data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def leaflet(tgz: Path) -> None:
    """leaflet.js as shipped; leaflet.css with images/*.png inlined; the licence."""
    out = HERE / "leaflet"
    out.mkdir(exist_ok=True)
    (out / "leaflet.js").write_bytes(_member(tgz, "dist/leaflet.js"))
    css = _member(tgz, "dist/leaflet.css").decode("utf-8")
    css = re.sub(r"url\((images/[\w.-]+\.png)\)",
                 lambda m: f"url({_data_uri(_member(tgz, 'dist/' + m.group(1)), 'image/png')})", css)
    (out / "leaflet.css").write_text(css, encoding="utf-8")
    (out / "LICENSE").write_bytes(_member(tgz, "LICENSE"))


def timelinejs(tgz: Path) -> None:
    """timeline.js as shipped; timeline.css with only the WOFF2 icon font, inlined; the licences."""
    out = HERE / "timelinejs"
    out.mkdir(exist_ok=True)
    (out / "timeline.js").write_bytes(_member(tgz, "dist/js/timeline.js"))
    (out / "timeline.js.LICENSE.txt").write_bytes(_member(tgz, "dist/js/timeline.js.LICENSE.txt"))
    css = _member(tgz, "dist/css/timeline.css").decode("utf-8")
    woff2 = _data_uri(_member(tgz, "dist/css/icons/tl-icons.woff2"), "font/woff2")
    css = re.sub(r"src:\s*url\([^;}]*tl-icons\.eot\);", "", css)  # the IE-only first src declaration
    css = re.sub(r"src:\s*url\([^;}]*tl-icons[^;}]*", f"src: url({woff2}) format(\"woff2\")", css)
    if re.search(r"url\((?!data:|#)", css):
        raise SystemExit("timeline.css still refers to a file: check the rewrite")
    (out / "timeline.css").write_text(css, encoding="utf-8")
    (out / "LICENSE").write_bytes(_member(tgz, "LICENSE"))


def world_atlas(tgz: Path) -> None:
    """Natural Earth 1:50m country boundaries (TopoJSON) as shipped by world-atlas, with its licence."""
    DATA.mkdir(exist_ok=True)
    (DATA / "countries-50m.json").write_bytes(_member(tgz, "countries-50m.json"))
    (DATA / "world-atlas-LICENSE").write_bytes(_member(tgz, "LICENSE"))


def main(folder: str) -> None:
    """Rebuild every vendored file from the tarballs in ``folder``."""
    src = Path(folder)
    leaflet(src / PACKAGES["leaflet"])
    timelinejs(src / PACKAGES["timelinejs"])
    world_atlas(src / PACKAGES["world-atlas"])


if __name__ == "__main__":
    main(sys.argv[1])
