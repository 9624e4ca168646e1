"""XPSNR of the luma plane with the reference picture's perceptual weights computed once, for many renditions.

XPSNR (Helmrich et al., the JVET/MPEG proposal; FFmpeg's ``xpsnr`` filter) is PSNR with each block's squared
error weighted by the inverse of the reference picture's visual activity: a high-pass filter of the picture
(spatial) plus its difference to the picture before (temporal). The weights depend on the reference alone, so a
source picture that many encodes are compared with (the per-title analysis: 15 encodes of the same windows) needs
them once; what is left for each encode is its blocks' squared error. FFmpeg's filter computes both for every
pair, and that was most of the analysis's measuring time (about 20 ms a 1080p picture here, against 2 ms for the
squared error of the blocks and 15 ms for the weights once).

`Reference(luma, previous, ...)` reproduces the filter's luma score exactly (the same block size, activity
filters, border handling, lower limit and, up to 640x480, the "minimum smoothing" of the weights;
`tests/test_xpsnr.py` compares it with the filter's own numbers): `score(rendition_luma)` is the filter's
``lavfi.xpsnr.xpsnr.y`` for that pair when the filter was last given `previous` (and `before`, over 32 pictures a
second). The filter's "reference" here is what the XPSNR paper calls the original: the source picture.

numpy: PyInstaller's bundle keeps it for this (packaging/rendition-studio.spec).
"""

from __future__ import annotations

import math
import threading

import numpy as np

GAMMA = 2


def block_size(width: int, height: int) -> int:
    """The filter's block size: 64 at 1080p, 128 at 2160p, a multiple of 4 (0: too small to weigh)."""
    return max(0, 4 * int(32.0 * math.sqrt(width * height / (3840.0 * 2160.0)) + 0.5))


def _starts(n: int, b: int) -> np.ndarray:
    return np.arange(0, n, b)


def block_sums(a: np.ndarray, b: int) -> np.ndarray:
    """Sums over b x b blocks (the last row and column of blocks may be smaller), as int64 (int32 on the way:
    a block of 128 x 128 activities of up to 4080 stays under 2**31)."""
    rows = np.add.reduceat(a, _starts(a.shape[0], b), axis=0, dtype=np.int32)
    return np.add.reduceat(rows, _starts(a.shape[1], b), axis=1).astype(np.int64)


class Reference:
    """One source picture's luma (8 to 16 bits, as a 2-D array) and its per-block weights."""

    def __init__(self, luma: np.ndarray, previous: np.ndarray | None = None, before: np.ndarray | None = None,
                 frame_rate: float = 25.0, depth: int = 8):
        h, w = luma.shape
        self.width, self.height, self.depth = w, h, depth
        self.block = b = block_size(w, h)
        # int16 holds the activities of 8- to 12-bit pictures (|f| <= 16 * 4095 would not: 14-16 bits in int32)
        kind = np.int16 if depth <= 8 else np.int32
        self.org = o = luma.astype(kind)
        self.max_error = ((1 << depth) - 1) ** 2
        self.pixel_weights: np.ndarray | None = None
        if b < 4:  # the filter scores such small pictures with plain PSNR
            return
        m1 = previous.astype(kind) if previous is not None else np.zeros_like(o)
        m2 = before.astype(kind) if before is not None else np.zeros_like(o)
        second = int(frame_rate) > 32  # the filter takes frame_rate.num / den as an integer
        ys, xs = _starts(h, b), _starts(w, b)
        bh = np.minimum(b, h - ys)[:, None].astype(np.float64)
        bw = np.minimum(b, w - xs)[None, :].astype(np.float64)
        v = 2 if w * h > 2048 * 1152 else 1
        # Each block's active area: the picture's outermost `v` lines and columns are left out.
        x_act = np.where(xs > 0, 0, v)[None, :]
        y_act = np.where(ys > 0, 0, v)[:, None]
        w_act = np.where((xs + b < w)[None, :], bw, bw - v)
        h_act = np.where((ys + b < h)[:, None], bh, bh - v)
        tiny = (w_act <= x_act) | (h_act <= y_act)
        if v == 1:
            f = (12 * o[1:-1, 1:-1] - 2 * (o[1:-1, :-2] + o[1:-1, 2:] + o[:-2, 1:-1] + o[2:, 1:-1])
                 - (o[:-2, :-2] + o[:-2, 2:] + o[2:, :-2] + o[2:, 2:]))
            act = np.zeros_like(o)
            act[1:-1, 1:-1] = np.abs(f)
            spatial = block_sums(act, b)
            d = o - m1 if not second else o - 2 * m1 + m2
            temporal = GAMMA * block_sums(np.abs(d), b)
        else:  # above 2048x1152: the high-pass on 2x2 groups, every other line and column
            def at(dy: int, dx: int) -> np.ndarray:  # o[y + dy, x + dx] for the even y, x from 2 to the end - 2
                return o[2 + dy:h - 2 + dy:2, 2 + dx:w - 2 + dx:2]

            f = (12 * (at(0, 0) + at(0, 1) + at(1, 0) + at(1, 1))
                 - 3 * (at(-1, 0) + at(-1, 1) + at(2, 0) + at(2, 1))
                 - 3 * (at(0, -1) + at(0, 2) + at(1, -1) + at(1, 2))
                 - 2 * (at(-1, -1) + at(-1, 2) + at(2, -1) + at(2, 2))
                 - (at(-2, -1) + at(-2, 0) + at(-2, 1) + at(-2, 2) + at(3, -1) + at(3, 0) + at(3, 1) + at(3, 2)
                    + at(-1, -2) + at(0, -2) + at(1, -2) + at(2, -2) + at(-1, 3) + at(0, 3) + at(1, 3) + at(2, 3)))
            act = np.zeros(((h + 1) // 2, (w + 1) // 2), dtype=np.int32)
            act[1:1 + f.shape[0], 1:1 + f.shape[1]] = np.abs(f)
            spatial = block_sums(act, b // 2)

            def quads(a: np.ndarray) -> np.ndarray:
                return a[0::2, 0::2] + a[0::2, 1::2] + a[1::2, 0::2] + a[1::2, 1::2]
            d = quads(o) - quads(m1) if not second else quads(o) - 2 * quads(m1) + quads(m2)
            temporal = GAMMA * block_sums(np.abs(d), b // 2)
        area = np.where(tiny, 1.0, (w_act - x_act) * (h_act - y_act))
        ms = spatial / area + temporal / (bw * bh)
        ms = np.maximum(ms, float(1 << (depth - 6)))
        weights = 1.0 / np.sqrt(ms * ms)
        weights[tiny] = 1.0  # the filter leaves such a block unweighted
        if w * h <= 640 * 480:
            weights = _smooth(weights, b, w, h)
        self.avg_act = math.sqrt(16.0 * (1 << (2 * depth - 9)) / math.sqrt(max(0.00001, w * h / (3840.0 * 2160.0))))
        # Each pixel's weight (its block's, times the filter's scale): a rendition's score is then one product
        # and sum over the picture (float32: squared errors are exact, each row's sum good to 1e-7).
        self.pixel_weights = np.repeat(np.repeat((weights * self.avg_act).astype(np.float32), b, axis=0)[:h], b,
                                       axis=1)[:, :w].copy()

    def wsse(self, rendition: np.ndarray) -> int:
        """The filter's weighted sum of squared errors of a rendition's luma (same size) against this picture."""
        kind = np.float32 if self.depth <= 12 else np.float64
        d = np.subtract(rendition, self.org, out=_scratch(rendition.shape, kind), dtype=kind)
        d *= d
        if self.pixel_weights is None:
            return int(d.sum(dtype=np.float64))
        total = float(np.einsum("ij,ij->i", d, self.pixel_weights).sum(dtype=np.float64))
        return 0 if total <= 0.0 else int(total + 0.5)

    def score(self, rendition: np.ndarray) -> float:
        """XPSNR-Y in dB (infinity for an identical picture)."""
        wsse = self.wsse(rendition)
        if wsse < 1:
            return math.inf
        return 10.0 * math.log10(self.width * self.height * self.max_error / wsse)


_local = threading.local()


def _scratch(shape: tuple[int, ...], kind) -> np.ndarray:
    """This thread's kept array of that shape and type: a 1080p picture's errors are 8 MB, and a fresh array for
    each score was a third of the per-title analysis's page faults (its memory zeroed by the kernel each time)."""
    kept = getattr(_local, "scratch", None)
    if kept is None or kept.shape != shape or kept.dtype != kind:
        kept = _local.scratch = np.empty(shape, kind)
    return kept


def _smooth(weights: np.ndarray, b: int, w: int, h: int) -> np.ndarray:
    """The filter's minimum smoothing of the weights up to 640x480 (in its order: each block lowers the one
    before it to the larger of its own neighbours)."""
    out = [float(v) for v in weights.ravel()]
    wblk = weights.shape[1]
    idx = 0
    for y in range(0, h, b):
        for x in range(0, w, b):
            if x == 0:
                prev = out[idx - 2] if idx > 1 else 0.0
            else:
                prev = max(out[idx - 2], out[idx]) if x > b else out[idx]
            if idx > wblk:
                prev = max(prev, out[idx - 1 - wblk])
            if idx > 0 and out[idx - 1] > prev:
                out[idx - 1] = prev
            if x + b >= w and y + b >= h and idx > wblk:
                last = max(out[idx - 1], out[idx - wblk])
                if out[idx] > last:
                    out[idx] = last
            idx += 1
    return np.array(out, dtype=np.float64).reshape(weights.shape)
