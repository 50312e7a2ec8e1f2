"""Matrix/TRC ICC v2 display profiles built in the test, and the true colours they encode.

Adobe RGB (1998) and Display P3 are what cameras and phones embed; building them here (from
the published primaries, white point and transfer curves) keeps binary files out of the repo
and makes the reference colour computable by hand: encoded RGB → linear → XYZ (D65) → CIELAB.
"""

from __future__ import annotations

import struct

import numpy as np

# D65-referred RGB → XYZ matrices from the specifications.
ADOBE_RGB_TO_XYZ = np.array(
    [[0.5767309, 0.1855540, 0.1881852], [0.2973769, 0.6273491, 0.0752741],
     [0.0270343, 0.0706872, 0.9911085]]
)  # fmt: skip
ADOBE_GAMMA = 563 / 256
P3_TO_XYZ = np.array(
    [[0.4865709, 0.2656677, 0.1982173], [0.2289746, 0.6917385, 0.0792869],
     [0.0000000, 0.0451134, 1.0439444]]
)  # fmt: skip
WHITE_D65 = np.array([0.95047, 1.0, 1.08883])
WHITE_D50 = np.array([0.9642, 1.0, 0.8249])
# Bradford chromatic adaptation D65 → D50 (ICC profiles carry D50-adapted colorants).
_BRADFORD = np.array(
    [[0.8951, 0.2664, -0.1614], [-0.7502, 1.7135, 0.0367], [0.0389, -0.0685, 1.0296]]
)


def _d65_to_d50() -> np.ndarray:
    cone_src, cone_dst = _BRADFORD @ WHITE_D65, _BRADFORD @ WHITE_D50
    adapted: np.ndarray = np.linalg.inv(_BRADFORD) @ np.diag(cone_dst / cone_src) @ _BRADFORD
    return adapted


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz_tag(xyz: np.ndarray) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15(v) for v in xyz)


def _text_desc(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    body = b"desc\0\0\0\0" + struct.pack(">I", len(ascii_text)) + ascii_text
    return body + b"\0" * 12 + b"\0" * 67  # empty Unicode and ScriptCode parts


def _curve(gamma: float | None, table: np.ndarray | None = None) -> bytes:
    if table is not None:
        values: bytes = np.clip(np.rint(table * 65535), 0, 65535).astype(">u2").tobytes()
        return b"curv\0\0\0\0" + struct.pack(">I", len(table)) + values
    assert gamma is not None
    return b"curv\0\0\0\0" + struct.pack(">IH", 1, round(gamma * 256))


def matrix_profile(name: str, rgb_to_xyz_d65: np.ndarray, curve: bytes) -> bytes:
    """An ICC v2 RGB display profile with these primaries (D65) and one curve for R, G, B."""
    adapted = _d65_to_d50() @ rgb_to_xyz_d65
    tags = [
        (b"desc", _text_desc(name)),
        (b"cprt", b"text\0\0\0\0No copyright, test data\0"),
        (b"wtpt", _xyz_tag(WHITE_D50)),
        (b"rXYZ", _xyz_tag(adapted[:, 0])),
        (b"gXYZ", _xyz_tag(adapted[:, 1])),
        (b"bXYZ", _xyz_tag(adapted[:, 2])),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    table = struct.pack(">I", len(tags))
    offset = 128 + 4 + 12 * len(tags)
    data = b""
    for signature, body in tags:
        padded = body + b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += padded
    size = offset + len(data)
    header = (
        struct.pack(">I", size) + b"lcms" + bytes([2, 0x10, 0, 0]) + b"mntr" + b"RGB "
        + b"XYZ " + struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp" + b"APPL"
        + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 8 + struct.pack(">I", 0)
        + b"".join(_s15(v) for v in WHITE_D50) + b"test" + b"\0" * 44
    )  # fmt: skip
    assert len(header) == 128
    return header + table + data


def adobe_rgb_profile() -> bytes:
    return matrix_profile("Adobe RGB (1998) test", ADOBE_RGB_TO_XYZ, _curve(ADOBE_GAMMA))


def display_p3_profile() -> bytes:
    steps = np.linspace(0.0, 1.0, 1024)
    srgb_curve = np.where(steps <= 0.04045, steps / 12.92, ((steps + 0.055) / 1.055) ** 2.4)
    return matrix_profile("Display P3 test", P3_TO_XYZ, _curve(None, srgb_curve))


def lab_of(rgb8: tuple[int, int, int], rgb_to_xyz: np.ndarray, decode: str) -> np.ndarray:
    """The true CIELAB (D65) of an 8-bit colour encoded in a space ("gamma" or "srgb" curve)."""
    c = np.asarray(rgb8, dtype=np.float64) / 255.0
    if decode == "gamma":
        linear = c**ADOBE_GAMMA
    else:
        linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = rgb_to_xyz @ linear / WHITE_D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])
