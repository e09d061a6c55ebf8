# Empty custom commands generated dependencies file for clang-tablegen-targets.
# This may be replaced when dependencies are built.
