#!/bin/sh
# Stands in for clang: sends SIGTERM to the driver that started it, then
# waits to be killed in turn, as a clang interrupted mid-analysis would.
kill -TERM "$PPID"
exec sleep 10
