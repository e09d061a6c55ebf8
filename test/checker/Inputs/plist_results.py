"""Print the diagnostics of a Clang analyzer property list, one per line.

    <check_name> <file name>:<line>:<column>: <description>

sorted, so that FileCheck can read them whatever order Clang wrote.
"""
import os
import plistlib
import sys


def main():
    with open(sys.argv[1], "rb") as source:
        log = plistlib.load(source)
    files = log["files"]
    found = []
    for diagnostic in log["diagnostics"]:
        where = diagnostic["location"]
        found.append("%s %s:%d:%d: %s" % (
            diagnostic["check_name"], os.path.basename(files[where["file"]]),
            where["line"], where["col"], diagnostic["description"]))
    for line in sorted(found):
        print(line)


if __name__ == "__main__":
    main()
