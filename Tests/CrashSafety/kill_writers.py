#!/usr/bin/env python3
"""Kills the writers with SIGKILL at random moments, many times, and checks after each kill
that the assessment file still parses and holds every answer acknowledged before the kill.

- `ecsec answer`: acknowledged = the process exited 0 before it was killed.
- `ecsec assess` (through a pty): acknowledged = the screen moved on after the answer key,
  which happens only after the save.
- Writers through aliases of one file (a symbolic link, a `./` path, an absolute path), many at
  once, some killed: every acknowledged answer is in the file, and the link is still a link.

Usage: python3 Tests/CrashSafety/kill_writers.py path/to/ecsec [--answers N] [--sessions N]
Prints 'N passed, M failed'.
"""
import fcntl, json, os, pty, random, select, shutil, signal, struct, subprocess, sys, tempfile, termios, time

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ".build/debug/ecsec")
ANSWERS = int(sys.argv[sys.argv.index("--answers") + 1]) if "--answers" in sys.argv else 300
SESSIONS = int(sys.argv[sys.argv.index("--sessions") + 1]) if "--sessions" in sys.argv else 40
# English messages (the lock message is matched); UTF-8 for the terminal UI.
ENV = {"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "LC_CTYPE": "C.UTF-8", "TERM": "xterm-256color", "SWIFT_BACKTRACE": "enable=no"}
rng = random.Random(20261122)
work = tempfile.mkdtemp(prefix="ecsec-kill-")
passed = failed = 0

def check(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", message)

def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as error:
        return error

PROFILE = ["--profile", "platform=package", "--profile", "hosting=iaas", "--profile", "cardHandling=own-servers",
           "--profile", "wordpress=yes", "--profile", "members=yes", "--profile", "staff=yes",
           "--profile", "contractor=yes", "--profile", "remoteAccess=yes", "--profile", "adminDevices=both",
           "--profile", "adminRestriction=yes", "--profile", "ownDomain=yes", "--profile", "exportsData=yes"]
try:
    # 1. ecsec answer, killed at random points.
    file = os.path.join(work, "answer.json")
    subprocess.run([BIN, "new", file, *PROFILE], env=ENV, check=True, capture_output=True, timeout=600)
    checklist_ids = [c["id"] for s in json.load(open(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "Checklists", "ipa-ec-site.json")))["sections"] for c in s["controls"]]
    expected = {}      # control -> statuses possible now: last acknowledged, plus later unacknowledged attempts
    kills = acknowledged = 0
    # How long one answer takes, so the kills land anywhere from start-up to after the rename.
    start = time.perf_counter()
    subprocess.run([BIN, "answer", file, checklist_ids[0], "unanswered"], env=ENV, check=True, capture_output=True, timeout=600)
    duration = time.perf_counter() - start
    for i in range(ANSWERS):
        control = checklist_ids[i % len(checklist_ids)]
        status = rng.choice(["implemented", "partial", "notImplemented", "unknown"])
        process = subprocess.Popen([BIN, "answer", file, control, status], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.5))
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=120)
        if code == 0:
            acknowledged += 1
            expected[control] = {status}
        else:
            kills += 1
            expected.setdefault(control, {None}).add(status)
        document = load(file)
        if isinstance(document, Exception):
            check(False, f"answer run {i}: the file does not parse after SIGKILL: {document}")
            break
        answers = document["answers"]
        wrong = [c for c, allowed in expected.items() if (answers.get(c) or {}).get("status") not in allowed]
        check(not wrong, f"answer run {i}: answers lost or wrong for {wrong[:5]}")
        leftovers = [n for n in os.listdir(work) if n.startswith(".answer.json.tmp")]
        for name in leftovers:   # a temporary file of a killed writer; never the real file
            os.remove(os.path.join(work, name))
    print(f"ecsec answer: {ANSWERS} runs, {kills} killed mid-way, {acknowledged} acknowledged; file valid after every kill")

    # 2. ecsec assess through a pty, killed at random points.
    tui = os.path.join(work, "tui.json")
    subprocess.run([BIN, "new", tui, *PROFILE], env=ENV, check=True, capture_output=True, timeout=600)
    total_acknowledged = 0
    for session in range(SESSIONS):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        process = subprocess.Popen([BIN, "assess", tui, "--lang", "en"], env=ENV, stdin=slave, stdout=slave, stderr=slave,
                                   start_new_session=True, preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        buffer = b""
        deadline = time.time() + 5
        # The whole first frame: the key hints end with the language switch, drawn last; then quiet.
        while "日本語".encode() not in buffer and time.time() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                buffer += os.read(master, 65536)
        while select.select([master], [], [], 0.05)[0]:
            os.read(master, 65536)
        before = load(tui)
        answered_before = len(before["answers"]) if not isinstance(before, Exception) else 0
        acknowledged = 0
        for _ in range(rng.randint(1, 8)):
            os.write(master, rng.choice([b"1", b"2", b"3", b"4"]))
            # Wait for the screen to answer (the save happened before it redraws).
            ready, _, _ = select.select([master], [], [], 2)
            if ready:
                os.read(master, 65536)
                acknowledged += 1
                while select.select([master], [], [], 0.01)[0]:   # the rest of that update
                    os.read(master, 65536)
        os.write(master, rng.choice([b"1", b"2", b"3", b"4"]))   # one more, killed at a random moment
        time.sleep(rng.uniform(0, 0.004))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=120)
        os.close(master)
        after = load(tui)
        if isinstance(after, Exception):
            check(False, f"assess session {session}: the file does not parse after SIGKILL: {after}")
            break
        # Answers only move forward through unanswered controls until all are answered.
        gained = len(after["answers"]) - answered_before
        check(gained >= min(acknowledged, 44 - answered_before), f"assess session {session}: {acknowledged} acknowledged, only {gained} new answers in the file")
        total_acknowledged += acknowledged
        for name in os.listdir(work):
            if name.startswith(".tui.json.tmp"):
                os.remove(os.path.join(work, name))
        if len(after["answers"]) >= 40:
            os.remove(tui)
            subprocess.run([BIN, "new", tui, *PROFILE], env=ENV, check=True, capture_output=True, timeout=600)
    print(f"ecsec assess: {SESSIONS} sessions killed with SIGKILL, {total_acknowledged} acknowledged answers; file valid after every kill")

    # 3. Many writers at once through three names of one file; a third of them killed.
    real = os.path.join(work, "alias.json")
    subprocess.run([BIN, "new", real, *PROFILE], env=ENV, check=True, capture_output=True, timeout=600)
    os.symlink("alias.json", os.path.join(work, "link.json"))
    names = ["link.json", "./alias.json", real]
    writers = [(checklist_ids[i], rng.choice(["implemented", "partial", "notImplemented", "unknown"]), names[i % 3])
               for i in range(45)]
    acknowledged_alias, killed_alias, retries = {}, 0, 0
    running = []
    for control, status, name in writers:
        running.append((control, status, name, subprocess.Popen([BIN, "answer", name, control, status], cwd=work, env=ENV,
                                                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)))
    while running:
        still = []
        for control, status, name, process in running:
            if process.poll() is None:
                if rng.random() < 0.01:
                    process.send_signal(signal.SIGKILL)
                    process.wait(timeout=120)
                    killed_alias += 1
                else:
                    still.append((control, status, name, process))
                continue
            error = process.stderr.read().decode()
            if process.returncode == 0:
                acknowledged_alias[control] = status
            elif "another ecsec" in error:   # the lock: try again, as a script would
                retries += 1
                still.append((control, status, name, subprocess.Popen([BIN, "answer", name, control, status], cwd=work,
                                                                       env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)))
            elif process.returncode < 0:
                killed_alias += 1
            else:
                check(False, f"alias writer {control} via {name} failed: {error.strip()}")
        running = still
        time.sleep(0.002)
    document = load(real)
    check(not isinstance(document, Exception), f"aliases: the file does not parse: {document}")
    if not isinstance(document, Exception):
        lost = [c for c, st in acknowledged_alias.items() if (document["answers"].get(c) or {}).get("status") != st]
        check(not lost, f"aliases: acknowledged answers lost: {lost}")
    check(os.path.islink(os.path.join(work, "link.json")), "aliases: the symbolic link was replaced by a file")
    print(f"aliases: 45 writers through {', '.join(names[:2])} and an absolute path, {len(acknowledged_alias)} acknowledged, "
          f"{killed_alias} killed, {retries} retries after the lock refused; no acknowledged answer lost")

    # 4. Killed at random while writing through the link: the link stays a link to a valid file.
    for i in range(60):
        process = subprocess.Popen([BIN, "answer", "link.json", checklist_ids[i % len(checklist_ids)], "partial"], cwd=work,
                                   env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=120)
        check(os.path.islink(os.path.join(work, "link.json")) and not isinstance(load(real), Exception),
              f"link run {i}: the link or its file broke")
    print("link: 60 writers through the link killed at random; the link and its file intact after every kill")
finally:
    shutil.rmtree(work)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
