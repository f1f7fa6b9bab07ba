#!/usr/bin/env python3
"""Draws Onward's toolbar icons (a green rounded square with a white arrow pointing onward)
into extension/icons/onward-*.png. Standard library only: python3 tests/extension/support/draw-icons.py"""
import os
import struct
import zlib

GREEN = (11, 110, 79)
WHITE = (255, 255, 255)


def inside_rounded_square(x, y, r):
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def inside_arrow(x, y):
    # shaft
    if 0.22 <= x <= 0.58 and 0.43 <= y <= 0.57:
        return True
    # head: triangle (0.52,0.24) (0.80,0.50) (0.52,0.76)
    if 0.52 <= x <= 0.80:
        half = 0.26 * (0.80 - x) / 0.28
        return abs(y - 0.5) <= half
    return False


def pixel(size, px, py, ss=4):
    acc = [0.0, 0.0, 0.0, 0.0]
    for sy in range(ss):
        for sx in range(ss):
            x = (px + (sx + 0.5) / ss) / size
            y = (py + (sy + 0.5) / ss) / size
            if not inside_rounded_square(x, y, 0.22):
                continue
            colour = WHITE if inside_arrow(x, y) else GREEN
            for i in range(3):
                acc[i] += colour[i]
            acc[3] += 255
    n = ss * ss
    a = acc[3] / n
    if a == 0:
        return (0, 0, 0, 0)
    covered = acc[3] / 255
    return tuple(round(acc[i] / covered) for i in range(3)) + (round(a),)


def png(size):
    rows = b""
    for py in range(size):
        rows += b"\x00" + b"".join(bytes(pixel(size, px, py)) for px in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "extension", "icons")
    for size in (16, 32, 48, 128):
        with open(os.path.join(out, f"onward-{size}.png"), "wb") as f:
            f.write(png(size))
