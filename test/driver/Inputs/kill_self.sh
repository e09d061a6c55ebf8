#!/bin/sh
# Stands in for clang: dies of a signal (SIGKILL, which leaves no core
# file), as a clang whose own driver crashed would.
kill -KILL "$$"
