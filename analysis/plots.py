"""One figure style for every notebook; every saved figure is saved with the data behind it."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from . import frames, paths

PALETTE = "colorblind"


def set_style() -> None:
    """Apply the project's figure style (seaborn whitegrid, colour-blind palette); SVG inline figures.

    Notebook figures are shown as SVG: sharp at any zoom, text searchable, and reproducible byte for
    byte (fixed hash salt, no creation date written into the file).

    >>> set_style()
    """
    sns.set_theme(style="whitegrid", palette=PALETTE, context="notebook")
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 150, "savefig.bbox": "tight",
                         "svg.hashsalt": "militia", "svg.fonttype": "none", "axes.titleweight": "bold"})
    try:  # only inside a notebook kernel
        from IPython import get_ipython

        if get_ipython() is not None:
            from matplotlib_inline.backend_inline import set_matplotlib_formats

            set_matplotlib_formats("svg", metadata={"Date": None})
    except ImportError:
        pass


def save_figure(fig: plt.Figure, data: pd.DataFrame, name: str, folder: str | Path | None = None) -> Path:
    """Save ``fig`` as ``<name>.png`` and ``data`` as ``<name>.csv`` side by side; return the PNG path.

    >>> fig, ax = plt.subplots(); save_figure(fig, pd.DataFrame({"x": [1]}), "demo", "/tmp").name
    'demo.png'
    """
    out = paths.resolve(folder) if folder is not None else paths.FIGURES
    out.mkdir(parents=True, exist_ok=True)
    png = out / f"{name}.png"
    fig.savefig(png, metadata={"Software": None})
    frames.write_csv(data, out / f"{name}.csv")
    return png
