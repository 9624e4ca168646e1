"""Adaptive bit rate (ABR): which variant of an HLS master the preview player plays on *Auto*.

Pure and Qt-free: the player panel feeds it the picture's area, the measured segment downloads and stalls, and
loads what it answers. The rules:

- **Size:** never more lines than the picture shows on the screen: the variant's height at most the lines its
  picture takes in the player (its aspect kept, fitted in the player's area), times the device pixel ratio. A
  player smaller than the lowest variant still gets the lowest.
- **Throughput:** the estimate is the lower of a fast and a slow moving average of the measured segment
  downloads (bits per second; downloads under `Policy.min_sample_bytes` are latency, not throughput, and are
  not counted). A variant is chosen up only when its peak BANDWIDTH is at most `up_fraction` of the estimate;
  the playing variant is kept until its BANDWIDTH exceeds `down_fraction` of it. With no measurement (a local
  master) only the size counts.
- **Hysteresis:** between the two fractions nothing changes; a switch up for throughput waits
  `min_up_interval_s` after the last switch; a smaller player switches down only when the variant has more than
  `shrink_tolerance` times the lines shown; a stall (the position stuck while playing) goes down at least one
  variant, not within `min_stall_interval_s` of the last switch (the new variant is still loading). A bigger
  player switches up at once (the user asked for it), as far as the throughput allows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Variant:
    uri: str
    width: int
    height: int
    bandwidth: int  # peak bits per second (the master's BANDWIDTH)
    codec: str = ""  # H.264, HEVC, AV1


@dataclass(frozen=True)
class Policy:
    up_fraction: float = 0.7
    down_fraction: float = 1.0
    min_up_interval_s: float = 10.0
    min_stall_interval_s: float = 3.0
    shrink_tolerance: float = 1.25
    fast_weight: float = 0.5  # the weight of a new sample in the fast average
    slow_weight: float = 0.2  # and in the slow one
    min_sample_bytes: int = 8192


class Throughput:
    """The download throughput estimate: min(fast, slow) exponentially weighted moving averages of the samples'
    bits per second (the first sample starts both)."""

    def __init__(self, policy: Policy = Policy()):
        self.policy = policy
        self.fast: float | None = None
        self.slow: float | None = None
        self.samples = 0

    def add(self, nbytes: int, seconds: float) -> bool:
        """Count one download; False when it is too small to tell (or took no time)."""
        if nbytes < self.policy.min_sample_bytes or seconds <= 0:
            return False
        bps = nbytes * 8 / seconds
        if self.fast is None or self.slow is None:
            self.fast = self.slow = bps
        else:
            self.fast += self.policy.fast_weight * (bps - self.fast)
            self.slow += self.policy.slow_weight * (bps - self.slow)
        self.samples += 1
        return True

    def estimate(self) -> float | None:
        return None if self.fast is None or self.slow is None else min(self.fast, self.slow)


def shown_lines(variant: Variant, view_width: float, view_height: float, dpr: float = 1.0) -> float:
    """The lines of the screen the variant's picture takes in a player of that area (logical pixels), its aspect
    kept."""
    if variant.width <= 0 or variant.height <= 0:
        return view_height * dpr
    return min(view_height, view_width * variant.height / variant.width) * dpr


def size_cap(variants: list[Variant], view_width: float, view_height: float, dpr: float = 1.0) -> int:
    """The index of the highest variant (ordered by bandwidth, low to high) with no more lines than shown; 0 when
    none fits."""
    fits = [i for i, v in enumerate(variants) if v.height <= shown_lines(v, view_width, view_height, dpr) + 0.5]
    return max(fits) if fits else 0


def throughput_cap(variants: list[Variant], estimate: float | None, fraction: float) -> int:
    """The index of the highest variant whose BANDWIDTH is at most `fraction` of the estimate (0 when none; the
    highest when nothing was measured)."""
    if estimate is None:
        return len(variants) - 1
    fits = [i for i, v in enumerate(variants) if v.bandwidth <= fraction * estimate]
    return max(fits) if fits else 0


class Controller:
    """The state of Auto for one master: the variants (one codec, sorted by bandwidth), the one playing, the
    estimate, the last switch. Each event answers the index to play now, or None to keep the current one.
    `now` is any monotonic clock in seconds."""

    def __init__(self, variants: list[Variant], policy: Policy = Policy()):
        if not variants:
            raise ValueError("no variants")
        self.variants = sorted(variants, key=lambda v: (v.bandwidth, v.height))
        self.policy = policy
        self.throughput = Throughput(policy)
        self.current: int | None = None
        self.view = (0.0, 0.0, 1.0)
        self.last_switch = float("-inf")
        self.reason = ""

    @property
    def variant(self) -> Variant | None:
        return None if self.current is None else self.variants[self.current]

    def _switch(self, index: int, now: float, reason: str) -> int | None:
        if index == self.current:
            return None
        self.current, self.last_switch, self.reason = index, now, reason
        return index

    def _caps(self) -> tuple[int, int, int]:
        estimate = self.throughput.estimate()
        return (size_cap(self.variants, *self.view), throughput_cap(self.variants, estimate, self.policy.up_fraction),
                throughput_cap(self.variants, estimate, self.policy.down_fraction))

    def start(self, width: float, height: float, dpr: float, now: float) -> int:
        """The first variant: the highest the size allows, within the throughput if any was measured."""
        self.view = (width, height, dpr)
        size, up, _ = self._caps()
        self.current, self.last_switch, self.reason = min(size, up), now, "start"
        return self.current

    def resize(self, width: float, height: float, dpr: float, now: float) -> int | None:
        self.view = (width, height, dpr)
        if self.current is None:
            return None
        size, up, _ = self._caps()
        current = self.variants[self.current]
        if size > self.current and up > self.current:
            return self._switch(min(size, up), now, "larger")
        if size < self.current and current.height > self.policy.shrink_tolerance * shown_lines(current, *self.view):
            return self._switch(size, now, "smaller")
        return None

    def sample(self, nbytes: int, seconds: float, now: float) -> int | None:
        """A segment downloaded: nbytes in seconds."""
        if not self.throughput.add(nbytes, seconds) or self.current is None:
            return None
        size, up, keep = self._caps()
        if self.current > keep:  # the playing variant needs more than is measured
            return self._switch(min(size, up), now, "throughput")
        if min(size, up) > self.current and now - self.last_switch >= self.policy.min_up_interval_s:
            return self._switch(min(size, up), now, "headroom")
        return None

    def stall(self, now: float) -> int | None:
        """The position stuck while playing: at least one variant down."""
        if self.current is None or self.current == 0 or now - self.last_switch < self.policy.min_stall_interval_s:
            return None
        size, up, _ = self._caps()
        return self._switch(min(size, up, self.current - 1), now, "stall")
