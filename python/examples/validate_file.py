"""Validate a request body from a file (or stdin) and print its problems.

Usage: python python/examples/validate_file.py [FILE] [--lang zh-CN]
Exit status: 0 valid, 1 invalid.
"""

from __future__ import annotations

import argparse
import sys

import kybcheck


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", help="the JSON document (default: stdin)")
    parser.add_argument("--lang", default="en", help='message language: "en" or "zh-CN"')
    args = parser.parse_args(argv)
    if args.file:
        with open(args.file, "rb") as f:
            body = f.read()
    else:
        body = sys.stdin.buffer.read()
    report = kybcheck.validate(body, lang=args.lang)
    for issue in report.errors:
        print(f"error   {issue.pointer or '(document)'}: {issue.message} [{issue.code}]")
    for issue in report.warnings:
        print(f"warning {issue.pointer or '(document)'}: {issue.message} [{issue.code}]")
    print("valid" if report.valid else f"invalid: {len(report.errors)} errors")
    return 0 if report.valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
