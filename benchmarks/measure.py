"""Run a command and report its CPU time and peak RSS, as ``/usr/bin/time`` would.

    python -m benchmarks.measure OUT.json -- COMMAND [ARG…]

A small process that forks and execs the command, waits for it (``os.wait4``)
and writes ``{"exit_code", "wall_s", "cpu_s", "peak_rss_mb"}`` to OUT.json. The
command is forked from this small process rather than from the runner: Linux
carries the memory high-water mark of the process that forks over into the
child's ``ru_maxrss``, so a child of the (large) runner would report at least
the runner's own RSS.
"""

import json
import os
import signal
import sys
import time


def main() -> int:
    out, separator, *command = sys.argv[1:]
    if separator != "--" or not command:
        print(__doc__, file=sys.stderr)
        return 2
    began = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    # Killed or interrupted: the command goes too.
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda received, _frame: os.kill(pid, received))
    while True:
        try:
            _, status, usage = os.wait4(pid, 0)
            break
        except InterruptedError:
            continue
    code = os.waitstatus_to_exitcode(status)
    with open(out, "w") as handle:
        json.dump({"exit_code": code, "wall_s": time.monotonic() - began,
                   "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}, handle)
    return code if code >= 0 else 1


if __name__ == "__main__":
    sys.exit(main())
