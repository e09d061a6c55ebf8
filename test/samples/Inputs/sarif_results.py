"""Print the results of the SARIF files under a directory, one per line.

Used by the scan-build tests: scan-build -sarif writes one SARIF file per
translation unit, with randomised names and pretty-printed JSON whose key
order says nothing about which message belongs to which location. This
flattens every result to

    <ruleId> <level> <file name>:<line>:<column>: <message>

followed by one indented line per step of its code flow (the notes),

      <file name>:<line>:<column>: <message>

sorted, so that FileCheck can read them.
"""
import glob
import json
import os
import sys


def where(location):
    """Return 'file:line:column' for a SARIF physical location."""
    physical = location["physicalLocation"]
    region = physical.get("region", {})
    name = os.path.basename(physical["artifactLocation"]["uri"])
    return "%s:%s:%s" % (name, region.get("startLine", 0),
                         region.get("startColumn", 0))


def results(path):
    """Yield the flattened lines of one SARIF file's results."""
    with open(path) as sarif:
        log = json.load(sarif)
    for run in log["runs"]:
        for result in run.get("results", []):
            lines = ["%s %s %s: %s" % (result.get("ruleId"),
                                       result.get("level", "warning"),
                                       where(result["locations"][0]),
                                       result["message"]["text"])]
            for flow in result.get("codeFlows", []):
                for thread in flow["threadFlows"]:
                    for step in thread["locations"]:
                        step = step["location"]
                        lines.append("  %s: %s" % (
                            where(step), step.get("message", {}).get("text")))
            yield "\n".join(lines)


def main():
    found = []
    for path in glob.glob(os.path.join(sys.argv[1], "**", "*.sarif"),
                          recursive=True):
        found.extend(results(path))
    for result in sorted(found):
        print(result)


if __name__ == "__main__":
    main()
