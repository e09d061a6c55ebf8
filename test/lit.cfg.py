# lit configuration for the ownck suite.
#
# Substitutions:
#   %analyze      clang -cc1 -analyze with the plugin loaded, the ownership
#                 checkers enabled, minimal text output (each report and its
#                 notes, as the driver prints them, reach -verify) and the
#                 simulated system headers of Inputs/system
#   %ownck        the C driver
#   %clang        the Clang the plugin was built against
#   %plugin       the plugin itself
#   %annotations  the directory holding ownership.h
#   %srcroot      the top of the source tree
#   %python       the Python running lit
# Features: `rustc` and `go` where those compilers are on PATH;
# `sarif-refused` with Clang 22 and later, where the plugin refuses SARIF
# output because Clang's SARIF writer crashes on a plugin's reports.
import os
import shutil
import sys

import lit.formats

config.name = "ownck"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ownck_binary_root, "test")

# Keep the environment small and predictable, but let tools be found.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, os.environ.get("PATH", "")])
for name in ("HOME", "CARGO_HOME", "RUSTUP_HOME", "GOCACHE", "GOPATH",
             "TMPDIR"):
    if name in os.environ:
        config.environment[name] = os.environ[name]

annotations = os.path.join(config.ownck_source_root, "annotations")
system_headers = os.path.join(config.test_source_root, "Inputs", "system")

config.substitutions.append(("%analyze", " ".join([
    config.clang, "-cc1", "-analyze", "-load", config.ownck_plugin,
    "-analyzer-checker=ownership", "-analyzer-output=text-minimal",
    "-I", annotations, "-isystem", system_headers])))
config.substitutions.append(("%ownck", config.ownck_driver))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%plugin", config.ownck_plugin))
config.substitutions.append(("%annotations", annotations))
config.substitutions.append(("%srcroot", config.ownck_source_root))
config.substitutions.append(("%python", sys.executable))

for tool in ("rustc", "go"):
    if shutil.which(tool, path=config.environment["PATH"]):
        config.available_features.add(tool)

if int(config.llvm_version_major) >= 22:
    config.available_features.add("sarif-refused")
