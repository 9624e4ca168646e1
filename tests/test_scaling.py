"""app.core.scaling: a kept swscale context per thread and conversion gives what ``VideoFrame.reformat`` gives."""

import threading

import av
import numpy as np

from app.core import scaling


def picture(width: int, height: int, seed: int):
    rng = np.random.default_rng(seed)
    return av.VideoFrame.from_ndarray(rng.integers(0, 255, (height, width, 3), np.uint8), "rgb24").reformat(
        format="yuv420p")


def planes(frame) -> list[bytes]:
    """Each plane's visible samples (a line's padding is not the picture)."""
    out = []
    for p in frame.planes:
        lines = np.frombuffer(p, np.uint8).reshape(p.height, p.line_size)
        out.append(lines[:, :p.width * (2 if frame.format.components[0].bits > 8 else 1)].tobytes())
    return out


def test_the_same_pictures_as_frame_reformat_for_every_conversion():
    for seed, (w, h) in enumerate(((1280, 720), (640, 360), (426, 240))):
        for target in ((426, 240, "yuv420p", "BICUBIC"), (1920, 1080, "yuv420p", "BICUBIC"),
                       (w, h, "yuv420p10le", None), (320, 180, "yuvj420p", "BILINEAR")):
            for k in range(3):  # new frames each time: the kept context serves them all
                src = picture(w, h, seed * 10 + k)
                want = src.reformat(target[0], target[1], target[2], interpolation=target[3])
                got = scaling.reformat(picture(w, h, seed * 10 + k), *target[:3], interpolation=target[3])
                assert (got.width, got.height, got.format.name) == (want.width, want.height, want.format.name)
                assert planes(got) == planes(want), (w, h, target)


def test_nothing_to_do_gives_the_frame_itself():
    src = picture(640, 360, 1)
    assert scaling.reformat(src, 640, 360, "yuv420p") is src


def test_one_context_a_thread_and_conversion_kept_and_bounded():
    src = picture(640, 360, 2)
    scaling.reformat(src, 320, 180, "yuv420p")
    scaling.reformat(picture(640, 360, 3), 320, 180, "yuv420p")
    mine = dict(scaling._local.kept)
    assert len([k for k in mine if k[:6] == (640, 360, "yuv420p", 320, 180, "yuv420p")]) == 1  # both pictures
    theirs: dict = {}

    def other():
        scaling.reformat(picture(640, 360, 4), 320, 180, "yuv420p")
        theirs.update(scaling._local.kept)

    t = threading.Thread(target=other)
    t.start()
    t.join()
    key = (640, 360, "yuv420p", 320, 180, "yuv420p", None)
    assert theirs[key] is not mine[key]  # never shared between threads
    for i in range(scaling.MAX_KEPT + 5):
        scaling.reformat(src, 100 + 2 * i, 60, "yuv420p")
    assert len(scaling._local.kept) <= scaling.MAX_KEPT
