#!/usr/bin/env python3
"""Loads `ecsec summary --rows csv` for 10,000 generated assessments into a real PostgreSQL and
checks that the SQL of docs/at-scale.md answers what `ecsec summary` answers.

It starts its own server (Debian's postgresql package, as the `postgres` user when run as root)
on a Unix socket in a temporary folder — no TCP port, nothing outside this machine — runs every
```sql block of docs/at-scale.md, loads the rows with \\copy, and compares per period: the number
of shops, the nearest-rank quartiles and median, the share with every mandatory measure, and the
mandatory controls most often missing with their counts; then the level drops and the shops not
re-assessed for two quarters against the same answers computed from the rows in Python.

Usage: python3 Tests/AtScale/postgres_check.py path/to/ecsec [--files N]
Prints 'N passed, M failed'.
"""
import csv, glob, json, os, pwd, re, shutil, subprocess, sys, tempfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else os.path.join(ROOT, ".build/debug/ecsec"))
FILES = int(sys.argv[sys.argv.index("--files") + 1]) if "--files" in sys.argv else 10480
passed = failed = 0

def check(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", message)

bindirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
if not bindirs:
    sys.exit("postgres_check: PostgreSQL is not installed (scripts/setup.sh installs Debian's postgresql)")
BINDIR = bindirs[-1]
as_user = []
work = tempfile.mkdtemp(prefix="ecsec-pg-")
if os.getuid() == 0:   # PostgreSQL refuses to run as root
    account = pwd.getpwnam("postgres")
    as_user = ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups"]
    os.chmod(work, 0o755)
data, sockets = os.path.join(work, "data"), os.path.join(work, "sockets")
os.mkdir(sockets)
if as_user:
    os.chown(sockets, account.pw_uid, account.pw_gid)
    os.chown(work, account.pw_uid, account.pw_gid)

def pg(*args, **kwargs):
    return subprocess.run([*as_user, *args], check=True, capture_output=True, text=True, **kwargs, timeout=600)

def psql(sql):
    result = subprocess.run([*as_user, os.path.join(BINDIR, "psql"), "-h", sockets, "-U", "ecsec", "-d", "postgres",
                             "-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t", "-F", "\t", "-c", sql],
                            capture_output=True, text=True, cwd=work, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return [line.split("\t") for line in result.stdout.splitlines() if line]

started = False
try:
    # 1. Assessments and rows.
    collected = os.path.join(work, "collected")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), collected, str(FILES), "--quarters", "4", "--seed", "7"], check=True, timeout=600)
    rows_csv = os.path.join(work, "rows.csv")
    subprocess.run([BIN, "summary", collected, "--rows", "csv", "-o", rows_csv], check=True, timeout=600)
    os.chmod(rows_csv, 0o644)
    rows = list(csv.DictReader(open(rows_csv, newline="", encoding="utf-8")))
    print(f"rows: {len(rows)} assessments of {len({(r['organization'], r['site']) for r in rows})} shops")
    check(len(rows) >= 10000, f"expected at least 10,000 rows, got {len(rows)}")

    # 2. A server of our own.
    pg(os.path.join(BINDIR, "initdb"), "-D", data, "-U", "ecsec", "--auth=trust", "-E", "UTF8", "--locale=C")
    pg(os.path.join(BINDIR, "pg_ctl"), "-D", data, "-l", os.path.join(work, "server.log"), "-w", "-o",
       f"-c listen_addresses='' -k {sockets} -c fsync=off", "start")
    started = True

    # 3. The page's SQL, then the rows.
    page = open(os.path.join(ROOT, "docs", "at-scale.md"), encoding="utf-8").read()
    blocks = re.findall(r"```sql\n(.*?)```", page, re.S)
    check(len(blocks) == 5, f"docs/at-scale.md has {len(blocks)} sql blocks, expected 5")
    for block in blocks:
        psql(block)
    psql(f"\\copy assessment_rows FROM '{rows_csv}' WITH (FORMAT csv, HEADER true, NULL '')")
    check(psql("SELECT count(*) FROM assessment_rows") == [[str(len(rows))]], "the row count after \\copy")

    # 4. Per period: the view against ecsec summary of that period's files.
    by_period = defaultdict(list)
    for row in rows:
        by_period[row["period"]].append(row["file"])
    view = {r[1]: r for r in psql("SELECT checklist_id, period, shops, q1, median, q3, mandatory_met_share FROM score_by_period")}
    missed = defaultdict(dict)
    for checklist_id, period, control, shops in psql("SELECT checklist_id, period, control, shops FROM most_missed_mandatory"):
        missed[period][control] = int(shops)
    for period, files in sorted(by_period.items()):
        summary = json.loads(subprocess.run([BIN, "summary", *files, "--format", "json", "--top", "100"], check=True,
                                            capture_output=True, timeout=600).stdout)
        entry = summary["checklists"][0]
        sql = view[period]
        check(int(sql[2]) == entry["files"], f"{period}: shops {sql[2]} vs {entry['files']}")
        for name, index in [("q1", 3), ("median", 4), ("q3", 5)]:
            check(float(sql[index]) == entry["score"][name], f"{period}: {name} {sql[index]} vs {entry['score'][name]}")
        share = round(entry["mandatoryMet"] / entry["files"], 3)
        check(abs(float(sql[6]) - share) < 1e-9, f"{period}: mandatory-met share {sql[6]} vs {share}")
        expected = {item["control"]: item["shops"] for item in entry["mandatoryMissing"]}
        check(missed[period] == expected, f"{period}: most-missed mandatory controls differ")
        ranked_sql = sorted(missed[period].items(), key=lambda item: (-item[1], item[0]))[:5]
        ranked_ecsec = [(item["control"], item["shops"]) for item in entry["mandatoryMissing"][:5]]
        check(ranked_sql == ranked_ecsec, f"{period}: top five {ranked_sql} vs {ranked_ecsec}")
        print(f"{period}: {entry['files']} shops, median {entry['score']['median']}, "
              f"mandatory met {share:.3f}, most missed {ranked_ecsec[0][0] if ranked_ecsec else '-'} — SQL agrees")

    # 5. Series questions against the same answers computed here.
    series = defaultdict(list)
    for row in rows:
        series[(row["organization"], row["site"], row["checklist_id"])].append(row)
    drops, stale = set(), set()
    latest = sorted({row["period"] for row in rows})[-2:]
    for key, items in series.items():
        items.sort(key=lambda r: r["period"])
        for before, after in zip(items, items[1:]):
            if after["level"] > before["level"]:
                drops.add((key[0], before["period"], after["period"]))
        if items[-1]["period"] < min(latest):
            stale.add(key[0])
    sql_drops = {(r[0], r[3], r[4]) for r in psql("SELECT * FROM level_drops")}
    check(sql_drops == drops, f"level drops: {len(sql_drops)} in SQL vs {len(drops)} computed")
    sql_stale = {r[0] for r in psql("SELECT * FROM not_reassessed")}
    check(sql_stale == stale and len(stale) > 0, f"not re-assessed: {len(sql_stale)} in SQL vs {len(stale)} computed")
    print(f"series: {len(drops)} level drops and {len(stale)} shops not re-assessed for two quarters — SQL agrees")
finally:
    if started:
        subprocess.run([*as_user, os.path.join(BINDIR, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"], capture_output=True, timeout=600)
    shutil.rmtree(work, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
