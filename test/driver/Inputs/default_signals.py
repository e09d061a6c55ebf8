"""Run a command with the ending signals at their default disposition.

A shell starts background jobs with SIGINT and SIGQUIT ignored, and an
ignored signal stays ignored across exec: ownck, which rightly leaves an
ignored signal alone, would then outlive the signal the test sends it.
"""
import os
import signal
import sys

for number in (signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM):
    signal.signal(number, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])
