#!/bin/sh
# Stands in for clang: sends the signal named by OWNCK_TEST_SIGNAL (TERM
# when unset) to the driver that started it, then waits to be killed in
# turn, as a clang interrupted mid-analysis would.
kill -"${OWNCK_TEST_SIGNAL:-TERM}" "$PPID"
exec sleep 10
