#!/usr/bin/env python3
"""Property test: generated hostile assessments and custom checklists that `ecsec validate`
accepts go through every command and every export, and each either succeeds or fails cleanly
(exit 1 with `ecsec:` lines, never a signal or a Swift trap). Every OSCAL export that succeeds
must satisfy NIST's schema (Tests/Schemas/oscal/) and load with compliance-trestle. The commands:
validate, score, report (four formats), diff (three), trend (two), summary (two), new and answer
on the custom checklist; `assess` needs a terminal and has its own tmux tests.

Hostile means: text with control characters, escape sequences, bidi overrides, newlines,
leading and trailing spaces, HTML and formula payloads, very long text; numbers at the bounds
a file may carry (weights and points up to 1,000,000, reviewEveryDays up to 36,525); timestamps
at the edges of the supported years (1970 and 2999); many controls; answers for unknown ids.

Usage: python3 Tests/Property/hostile_documents.py path/to/ecsec [--cases N] [--keep]
Prints 'N passed, M failed'.
"""
import json, os, random, shutil, subprocess, sys, tempfile, uuid

import jsonschema
import jsonschema._keywords as keywords
import regex
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.poam import PlanOfActionAndMilestones

keywords.re = regex
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else os.path.join(ROOT, ".build/debug/ecsec"))
CASES = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 40
ENV = {"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "LC_CTYPE": "C.UTF-8", "NO_COLOR": "1", "SWIFT_BACKTRACE": "enable=no"}
oscal_schema = json.load(open(os.path.join(ROOT, "Tests", "Schemas", "oscal", "oscal_assessment-results_schema.json")))
oscal = jsonschema.Draft7Validator(oscal_schema, format_checker=jsonschema.FormatChecker())
rng = random.Random(20261201)
passed = failed = 0

def check(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", message)

PIECES = ["テスト商店", "Shop", " ", "  ", "\n", "\t", "\x1b[31m", "\x1b]0;title\x07", "\x01", "\x7f", "\u0085", "\u202e",
          "\u2066", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "@SUM(1)", "-2+3", "|", "*", "`", "[x](y)", "&amp;",
          "\"", "\\", "🛒", "ｱｲｳ", "\u0301", "\ufeff"]

def text(max_pieces=6, blank_ok=False):
    while True:
        value = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, max_pieces)))
        if rng.random() < 0.05:
            value += "長" * rng.randint(500, 3000)
        if blank_ok or value.strip():
            return value

def bilingual():
    return {"ja": text(), "en": text()}

def timestamp():
    year = rng.choice([1970, 1999, 2026, 2999])
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"

def number():
    return rng.choice([0.001, 1, 2.5, 999999.999, 1000000, 3])

def checklist(case):
    points = rng.random() < 0.3
    sections, ids = [], []
    keys = ["k1", "k2"]
    for s in range(rng.randint(1, 4)):
        controls = []
        for c in range(rng.randint(1, 12)):
            cid = f"S{s}-{c:02d}"
            ids.append(cid)
            control = {"id": cid, "priority": rng.choice(["mandatory", "necessary", "recommended"]), "tags": [],
                       "title": bilingual(), "question": bilingual(), "why": bilingual(), "how": bilingual(),
                       "verify": bilingual(), "references": []}
            if rng.random() < 0.3: control["reviewEveryDays"] = rng.choice([1, 30, 36525])
            if not points and rng.random() < 0.2: control["weight"] = number()
            if rng.random() < 0.3: control["appliesWhen"] = {rng.choice(keys): ["a"]}
            if rng.random() < 0.2:
                control["references"] = [{"source": text(), "item": text(), "official": rng.random() < 0.5, "note": bilingual()}]
            controls.append(control)
        sections.append({"id": f"S{s}", "title": bilingual(), "controls": controls})
    levels = [{"id": "A", "minScore": 90, "requiresAllMandatory": True, "label": bilingual()},
              {"id": "B", "minScore": 0, "label": bilingual(), "description": bilingual()}]
    if points:
        scoring = {"model": "points", "points": {"implemented": number(), "partial": 2, "notImplemented": 0, "unknown": -1,
                                                  "notApplicable": 0, "delegated": number(), "unanswered": -1000000},
                   "levels": [{"id": "A", "minScore": 0, "label": bilingual()}]}
    else:
        scoring = {"model": "weighted", "weights": {"mandatory": number(), "necessary": number(), "recommended": number()},
                   "levels": levels}
    document = {"schema": "ecsec/checklist@1", "id": f"hostile-{case}", "version": rng.choice(["1", "1.0", "999999999.1"]),
                "title": bilingual(), "description": bilingual(),
                "source": {"publisher": bilingual(), "title": bilingual()},
                "scoring": scoring,
                "profile": [{"key": k, "question": bilingual(), "options": [{"value": "a", "label": bilingual()},
                                                                              {"value": "b", "label": bilingual()}]} for k in keys],
                "sections": sections}
    return document, ids

def assessment(checklist_document, ids):
    answers = {}
    for cid in ids + ["UNKNOWN-1", "OLD-2"]:
        if rng.random() < 0.75:
            status = rng.choice(["implemented", "partial", "notImplemented", "unknown", "notApplicable", "delegated"])
            answer = {"status": status, "answeredAt": timestamp()}
            if status == "notApplicable": answer["reason"] = text()
            if status == "delegated": answer["provider"] = text()
            if rng.random() < 0.5: answer["note"] = text()
            if rng.random() < 0.3: answer["evidence"] = [text() for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.3:
                answer["plan"] = {"owner": text(), "due": timestamp()[:10]}
                if rng.random() < 0.5: answer["plan"]["note"] = text(blank_ok=True)
            answers[cid] = answer
    created = timestamp()
    document = {"schema": "ecsec/assessment@1", "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "checklist": {"id": checklist_document["id"], "version": checklist_document["version"]},
                "organization": text(blank_ok=True), "createdAt": created, "updatedAt": max(created, timestamp()),
                "profile": {k: rng.choice(["a", "b"]) for k in ["k1", "k2"] if rng.random() < 0.8}, "answers": answers}
    for member in ["site", "assessor", "period"]:
        if rng.random() < 0.7: document[member] = text()
    return document

def run(*args, cwd):
    return subprocess.run([BIN, *args], cwd=cwd, env=ENV, capture_output=True, timeout=600)

def clean(result, label):
    """Succeeded, or failed with `ecsec:` lines and exit 1; never a signal or a trap."""
    ok = result.returncode == 0 or (result.returncode == 1 and result.stderr.startswith(b"ecsec:"))
    check(ok, f"{label}: exit {result.returncode}: {result.stderr[:300]!r}")
    if result.returncode == 0 and b"\x1b" in result.stdout and b"--format" in b" ".join([]):
        check(False, f"{label}: raw escape in output")
    return result.returncode == 0

work = tempfile.mkdtemp(prefix="ecsec-property-")
accepted = exports = 0
try:
    for case in range(CASES):
        folder = os.path.join(work, str(case))
        os.mkdir(folder)
        checklist_document, ids = checklist(case)
        json.dump(checklist_document, open(os.path.join(folder, "list.json"), "w"), ensure_ascii=rng.random() < 0.5)
        first = assessment(checklist_document, ids)
        second = assessment(checklist_document, ids)
        for name, document in [("a.json", first), ("b.json", second)]:
            json.dump(document, open(os.path.join(folder, name), "w"), ensure_ascii=rng.random() < 0.5)
        verdict = run("validate", "list.json", "a.json", "b.json", "--checklist", "list.json", cwd=folder)
        if not clean(verdict, f"case {case} validate"):
            continue   # a refusal is fine; the property is about what validate accepts
        accepted += 1
        common = ["--checklist", "list.json"]
        for lang in ["ja", "en"]:
            for args in (["score", "a.json", "--format", "text"], ["score", "a.json", "--format", "json"],
                         ["report", "a.json", "--format", "markdown"], ["report", "a.json", "--format", "html"],
                         ["report", "a.json", "--format", "csv"], ["diff", "a.json", "b.json", "--notes"],
                         ["report", "a.json", "--previous", "b.json", "--statement", "署名 " + text()],
                         ["report", "a.json", "--format", "oscal-poam"], ["plan", "a.json"],
                         ["plan", "a.json", "--format", "csv"], ["plan", "a.json", "--format", "json"],
                         ["diff", "a.json", "b.json", "--format", "json"], ["diff", "a.json", "b.json", "--format", "markdown"],
                         ["trend", "a.json", "b.json"], ["trend", "a.json", "b.json", "--format", "csv"],
                         ["summary", ".", "--format", "json"], ["summary", ".", "--format", "text"],
                         ["answer", "a.json", ids[0], "partial", "--note", "メモ" + text()]):
                extra = [] if args[0] == "summary" else common
                if args[0] == "summary": extra = ["--checklist", "list.json"]
                clean(run(*args, *extra, "--lang", lang, cwd=folder), f"case {case} {' '.join(args[:3])} ({lang})")
            fresh = os.path.join(folder, f"new-{lang}.json")
            if clean(run("new", fresh, "--checklist", "list.json", "--organization", "メモ" + text(), "--profile", "k1=a",
                         "--lang", lang, cwd=folder), f"case {case} new ({lang})"):
                clean(run("answer", fresh, ids[-1], "implemented", *common, "--lang", lang, cwd=folder),
                      f"case {case} answer on a new file ({lang})")
                clean(run("validate", fresh, *common, cwd=folder), f"case {case} validate the new file ({lang})")
                os.remove(fresh)
            result = run("report", "a.json", "--format", "oscal", *common, "--lang", lang, cwd=folder)
            if clean(result, f"case {case} oscal ({lang})"):
                exports += 1
                document = json.loads(result.stdout)
                errors = [f"{e.json_path}: {e.message[:120]}" for e in oscal.iter_errors(document)]
                check(not errors, f"case {case} oscal ({lang}) schema: {errors[:3]}")
                try:
                    AssessmentResults.parse_obj(document["assessment-results"])
                    check(True, "")
                except Exception as error:  # noqa: BLE001
                    check(False, f"case {case} oscal ({lang}) compliance-trestle: {str(error)[:300]}")
            result = run("report", "a.json", "--format", "oscal-poam", *common, "--lang", lang, cwd=folder)
            if clean(result, f"case {case} oscal-poam ({lang})"):
                try:
                    PlanOfActionAndMilestones.parse_obj(json.loads(result.stdout)["plan-of-action-and-milestones"])
                    check(True, "")
                except Exception as error:  # noqa: BLE001
                    check(False, f"case {case} oscal-poam ({lang}) compliance-trestle: {str(error)[:300]}")
finally:
    if "--keep" in sys.argv:
        print(f"kept {work}")
    else:
        shutil.rmtree(work)

print(f"hostile documents: {CASES} generated, {accepted} accepted by validate, {exports} OSCAL exports checked")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
