#!/usr/bin/env python3
"""Benchmarks `ecsec` against a `jq` program that computes the same weighted score, against the
floor (Benchmarks/ParseOnly: a static Swift program that only reads and parses the file with
JSONSerialization), and against merely reading the files. One-file timings alternate ecsec and
the baseline run by run so machine noise hits both alike; callgrind instruction counts, which
do not move with that noise, are printed beside them. Nothing here passes or fails.

Usage: python3 Benchmarks/bench.py [--files 10000] [--runs 30] [--bin .build/release/ecsec] [--no-callgrind]
Needs: jq, GNU time (/usr/bin/time), valgrind, and the generator's data (created here in a temp folder).
Give callgrind a stripped binary (`strip` a copy of the static release build): valgrind gives up
on the static binary's debug information.
"""
import fcntl, os, pty, re, select, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
FILES = int(arg("--files", "10000"))
RUNS = int(arg("--runs", "30"))
BIN = os.path.abspath(arg("--bin", os.path.join(ROOT, ".build/release/ecsec")))
CHECKLIST = os.path.join(ROOT, "Checklists", "ipa-ec-site.json")
JQ = os.path.join(ROOT, "Benchmarks", "score.jq")

def timed(command, runs, **kw):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, **kw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)

def alternated(commands, runs):
    """Median seconds of each command, running them in turn run by run."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times[index].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]

def instructions(command):
    """Instructions executed (callgrind's 'Collected'), the whole process."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", out.stderr).group(1))

def assess_instructions(path):
    """Instructions of `ecsec assess` started, drawn and quit in an 80x24 pty: the `q` is queued
    before start, so it is read right after the first frame and no idle polling is counted."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    process = subprocess.Popen(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", BIN, "assess", path,
                                "--lang", "en"], stdin=slave, stdout=slave, stderr=subprocess.PIPE, env=env,
                               start_new_session=True, preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
    os.close(slave)
    os.write(master, b"q")
    while process.poll() is None:
        if select.select([master], [], [], 0.1)[0]:
            try:
                os.read(master, 65536)
            except OSError:
                break
    os.close(master)
    return int(re.search(r"Collected : (\d+)", process.stderr.read().decode()).group(1))

def peak_kb(command, **kw):
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True, **kw)
    return int(out.stderr.strip().splitlines()[-1])

folder = tempfile.mkdtemp(prefix="ecsec-bench-")
try:
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), folder, str(FILES)], check=True)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".json"))
    size = sum(os.path.getsize(f) for f in files)
    one, two = files[0], files[1]
    list_file = os.path.join(folder, "files.txt")
    open(list_file, "w").write("\n".join(files) + "\n")
    print(f"data: {len(files)} ipa-ec-site assessments, {size / 1e6:.1f} MB; {BIN}")

    baseline_folder = os.path.join(ROOT, "Benchmarks", "ParseOnly")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--package-path", baseline_folder],
                   check=True, stdout=subprocess.DEVNULL)
    baseline = os.path.join(baseline_folder, ".build", "release", "parse-only")
    ecsec_one, floor_one = alternated([[BIN, "score", one, "--format", "json"], [baseline, one]], RUNS)
    jq_one = timed(["jq", "-c", "--slurpfile", "cl", CHECKLIST, "-f", JQ, one], RUNS)
    true_one = timed(["/bin/true"], RUNS)
    version_one = timed([BIN, "--version"], RUNS)
    diff_one = timed([BIN, "diff", one, two, "--format", "json"], RUNS)
    print(f"score, one file (median of {RUNS}):  ecsec {ecsec_one * 1000:.1f} ms   jq {jq_one * 1000:.1f} ms   ratio {ecsec_one / jq_one:.2f}"
          f"   (process start alone: ecsec --version {version_one * 1000:.1f} ms, /bin/true {true_one * 1000:.1f} ms)")
    print(f"score vs the parse-only floor (alternating, median of {RUNS}): ecsec {ecsec_one * 1000:.2f} ms   "
          f"parse-only {floor_one * 1000:.2f} ms   ratio {ecsec_one / floor_one:.2f}")
    if "--no-callgrind" not in sys.argv:
        # The generated files answer the newest checklist; the examples answer earlier versions,
        # which ship in the archive and are read the same way.
        examples = os.path.join(ROOT, "Examples")
        counts = {name: instructions(command) for name, command in [
            ("ecsec score", [BIN, "score", one, "--format", "json"]), ("parse-only", [baseline, one]),
            ("score 1.0 example", [BIN, "score", os.path.join(examples, "quarters", "shop-2026-Q4.json")]),
            ("score card 1.1 example", [BIN, "score", os.path.join(examples, "card", "shop-card-2026-Q4.json")]),
            ("ecsec checklists", [BIN, "checklists"]),
            ("ecsec --version", [BIN, "--version"]), ("/bin/true", ["/bin/true"])]}
        print("instructions (callgrind): " + "   ".join(f"{name} {count / 1e6:.1f} M" for name, count in counts.items())
              + f"   ratio score/parse-only {counts['ecsec score'] / counts['parse-only']:.2f}")
        tui_file = os.path.join(folder, "tui.json")
        shutil.copy(os.path.join(examples, "quarters", "shop-2026-Q4.json"), tui_file)
        generated_copy = os.path.join(folder, "tui-generated.json")
        shutil.copy(one, generated_copy)   # assess may record the language; keep the data as generated
        print(f"instructions (callgrind), assess start -> first frame -> quit: 1.0 example {assess_instructions(tui_file) / 1e6:.1f} M"
              f"   generated file {assess_instructions(generated_copy) / 1e6:.1f} M")
    print(f"diff, two files (median of {RUNS}): ecsec {diff_one * 1000:.1f} ms")

    subprocess.run(["cat", list_file], stdout=subprocess.DEVNULL)   # warm the page cache
    runs = max(3, RUNS // 10)
    summary, cat = alternated([[BIN, "summary", folder, "--format", "json"],
                               ["sh", "-c", f"xargs -a {list_file} cat > /dev/null"]], runs)
    jq_all = timed(["sh", "-c", f"xargs -a {list_file} jq -c --slurpfile cl {CHECKLIST} -f {JQ} > /dev/null"], max(1, runs // 3))
    memory = peak_kb([BIN, "summary", folder, "--format", "json"])
    if "--no-callgrind" not in sys.argv:
        sample = os.path.dirname(files[0])   # one folder of 1,000 files
        in_folder = [f for f in files if os.path.dirname(f) == sample]
        summary_ir = instructions([BIN, "summary", sample, "--format", "json"])
        cat_ir = instructions(["cat", *in_folder])
        print(f"instructions (callgrind), summary of {len(in_folder)} files: ecsec {summary_ir / 1e6:.1f} M   "
              f"cat {cat_ir / 1e6:.1f} M   ({summary_ir / len(in_folder) / 1e3:.0f} k per file)")
    print(f"summary vs cat, {len(files)} files (alternating, median of {runs}): ecsec {summary:.2f} s ({len(files) / summary:,.0f} files/s, {size / 1e6 / summary:.0f} MB/s, peak {memory / 1024:.1f} MiB)"
          f"   jq {jq_all:.2f} s ({jq_all / summary:.1f}x slower)   cat {cat:.2f} s (ecsec = {summary / cat:.1f}x cat)")
finally:
    shutil.rmtree(folder)
