#!/usr/bin/env python3
"""Measures `ecsec assess` through a pseudo-terminal: time to the first full frame, and the
time from each key written to the screen update arriving (navigation keys, and answer keys,
which include the atomic, fsync'd save).

Usage: python3 Benchmarks/tui_latency.py [path/to/ecsec] [--runs N] [--keys N]
Prints medians and percentiles; nothing here is a pass/fail test.
"""
import fcntl, json, os, pty, select, shutil, signal, statistics, struct, subprocess, sys, tempfile, termios, time

BIN = os.path.abspath(next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/release/ecsec"))
RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 20
KEYS = int(sys.argv[sys.argv.index("--keys") + 1]) if "--keys" in sys.argv else 240
ENV = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "en_US.UTF-8", "LC_CTYPE": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"}
FOOTER = b"English"  # the last item of the key hints, drawn last in the first frame


def spawn(folder, args):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen([BIN, "assess", *args], cwd=folder, env=ENV, stdin=slave, stdout=slave, stderr=slave,
                            start_new_session=True, pass_fds=(), close_fds=True,
                            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
    os.close(slave)
    return proc, master, start


def read_until(master, needle, timeout=5.0):
    """Reads until `needle` appears; returns (bytes, time of the chunk that completed it)."""
    data = b""
    deadline = time.perf_counter() + timeout
    while needle not in data:
        ready, _, _ = select.select([master], [], [], max(0, deadline - time.perf_counter()))
        if not ready:
            raise TimeoutError(f"no {needle!r} in {data[-200:]!r}")
        data += os.read(master, 65536)
    return data, time.perf_counter()


def settle(master, idle=0.03, first_within=2.0):
    """Reads until the terminal is quiet for `idle` seconds; returns the time of the last byte.
    Waits up to `first_within` seconds for the first byte, so a slow save (an fsync stalled by
    other disk traffic) is measured rather than missed."""
    last = None
    while True:
        ready, _, _ = select.select([master], [], [], idle if last is not None else first_within)
        if not ready:
            return last
        chunk = os.read(master, 65536)
        if chunk:
            last = time.perf_counter()


def prepared_file(folder):
    subprocess.run([BIN, "new", "shop.json", "--profile", "platform=package", "--profile", "hosting=iaas",
                    "--profile", "cardHandling=own-servers", "--profile", "wordpress=yes", "--profile", "members=yes",
                    "--profile", "staff=yes", "--profile", "contractor=yes", "--profile", "remoteAccess=yes",
                    "--profile", "adminDevices=both", "--profile", "adminRestriction=yes", "--profile", "ownDomain=yes",
                    "--profile", "exportsData=yes"],
                   cwd=folder, env=ENV, check=True, capture_output=True)


def quit_app(proc, master):
    os.write(master, b"q")
    proc.wait(timeout=5)
    os.close(master)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    folder = tempfile.mkdtemp()
    try:
        prepared_file(folder)
        first = []
        for _ in range(RUNS):
            proc, master, start = spawn(folder, ["shop.json", "--lang", "ja"])
            _, done = read_until(master, FOOTER)
            first.append((done - start) * 1000)
            settle(master)
            quit_app(proc, master)

        proc, master, _ = spawn(folder, ["shop.json", "--lang", "ja"])
        read_until(master, FOOTER)
        settle(master)
        navigation, answers = [], []
        for i in range(KEYS):
            key = b"n" if i % 2 == 0 else b"p"
            sent = time.perf_counter()
            os.write(master, key)
            last = settle(master, idle=0.02)
            navigation.append((last - sent) * 1000)
        for i in range(KEYS):
            # Answer (which saves and moves on), then step back unmeasured, so every answer
            # key records an answer and redraws a question screen.
            sent = time.perf_counter()
            os.write(master, b"1234"[i % 4:i % 4 + 1])
            last = settle(master, idle=0.02)
            answers.append((last - sent) * 1000)
            os.write(master, b"p")
            settle(master, idle=0.02)
        quit_app(proc, master)
        with open(os.path.join(folder, "shop.json")) as f:
            answered = len(json.load(f)["answers"])

        def line(name, values):
            return f"{name:<44} median {statistics.median(values):6.2f} ms   p90 {pct(values, 90):6.2f} ms   max {max(values):6.2f} ms   (n={len(values)})"
        print(f"ecsec assess through a pty, 80x24, ipa-ec-site (52 controls in scope), {BIN}")
        print(line("start -> first full frame", first))
        print(line("navigation key (n/p) -> screen updated", navigation))
        print(line("answer key (1-4, saved + fsync) -> updated", answers))
        print(f"answers in the file afterwards: {answered}")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
