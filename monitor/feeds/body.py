"""Read a response body in bounded steps, counting the size AFTER decompression.

httpx's iter_bytes() hands back a gzip bomb as one 64 MiB chunk before any size check can run
(RELIABILITY.md §1: peak RSS 157 MB); here the raw stream is inflated at most _STEP bytes at a
time and abandoned as soon as the decoded size passes the limit.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import httpx

from monitor.errors import FetchError

ACCEPT_ENCODING = "gzip, deflate"  # what read_body decodes in bounded steps (no brotli installed)
_STEP = 64 * 1024  # decompress at most this much per call: memory stays bounded


async def read_body(response: httpx.Response, limit: int) -> bytes:
    """Read the raw stream and decode it in bounded steps, abandoning past `limit` decoded bytes.

    Raises FetchError(kind="too_large") past the limit, and (kind="decoding") on a body the
    declared Content-Encoding cannot decode.
    """
    decoders = _decoders(response.headers.get("content-encoding", ""), str(response.url))
    declared = response.headers.get("content-length", "")
    if not decoders and declared.isdigit() and int(declared) > limit:  # no need to download it
        raise FetchError(str(response.url), f"body larger than {limit} bytes (Content-Length {declared})",
                         kind="too_large")
    out = bytearray()
    async for raw in response.aiter_raw():
        _feed(decoders, raw, out, limit, str(response.url))
    return bytes(out)


class _Decoder:
    """One content-coding step that never produces more than _STEP bytes per call."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.first = True
        wbits = 16 + zlib.MAX_WBITS if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self.zlib = zlib.decompressobj(wbits)

    def steps(self, data: bytes) -> Iterable[bytes]:
        """Yield decoded pieces of at most _STEP bytes each."""
        if self.coding == "deflate" and self.first and data:
            self.first = False
            try:  # servers send zlib-wrapped or raw deflate; try the standard first
                probe = zlib.decompressobj(zlib.MAX_WBITS)
                probe.decompress(data[:64], 0)
            except zlib.error:
                self.zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            piece = self.zlib.decompress(data, _STEP)
            data = self.zlib.unconsumed_tail
            yield piece
            if self.zlib.eof:
                break


def _decoders(header: str, url: str) -> list[_Decoder]:
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(url, f"unsupported Content-Encoding: {coding}", kind="decoding")
    return [_Decoder(c) for c in reversed(codings)]  # the last coding applied is undone first


def _feed(decoders: list[_Decoder], data: bytes, out: bytearray, limit: int, url: str) -> None:
    """Push `data` through the decoder chain into `out`, checking the limit at every step."""
    pieces: Iterable[bytes] = [data] if data else []
    try:
        for decoder in decoders:
            pieces = _chain(decoder, pieces)
        for piece in pieces:
            out += piece
            if len(out) > limit:
                raise FetchError(url, f"body larger than {limit} bytes (after decompression)",
                                 kind="too_large")
    except zlib.error as exc:
        raise FetchError(url, f"cannot decode the body: {exc}", kind="decoding") from None


def _chain(decoder: _Decoder, pieces: Iterable[bytes]) -> Iterable[bytes]:
    for piece in pieces:
        yield from decoder.steps(piece)
