#!/usr/bin/env python3
"""Checks the published JSON Schemas (Schemas/, draft 2020-12) against real files and real
command output, and that `ecsec validate` and the schemas give the same verdicts:

1. every shipped checklist and the test fixtures validate;
2. generated assessments (random answers for every shipped checklist) validate, and so do
   `ecsec score`, `diff`, `trend` and `summary --format json` output;
3. broken documents are rejected by both the schema and `ecsec validate`; the semantic rules a
   schema cannot express (duplicate ids, appliesWhen naming unknown keys, undeclared tags, retired
   ids reused, replaces) are rejected by `ecsec validate` and accepted by the schema.

Usage: python3 Tests/Schemas/validate_schemas.py path/to/ecsec     Prints 'N passed, M failed'.
"""
import copy, glob, json, os, random, subprocess, sys, tempfile, uuid

import jsonschema
from referencing import Registry, Resource

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/ecsec"))
FIXTURES = os.path.join(ROOT, "Tests", "SecurityChecklistTests", "Fixtures")
schemas = {name: json.load(open(os.path.join(ROOT, "Schemas", f"{name}.schema.json"))) for name in ["checklist", "assessment", "score", "diff", "trend", "summary", "plan", "probe"]}
# The assessment's `probe` member refers to probe.schema.json by its $id, as a reader's tools would.
registry = Registry().with_resources([(schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()])
validators = {}
for name, schema in schemas.items():
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[name] = jsonschema.Draft202012Validator(schema, registry=registry)

passed = failed = 0
def result(ok, label, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {label} {detail}")

def schema_errors(kind, document):
    return [f"{e.json_path}: {e.message[:160]}" for e in validators[kind].iter_errors(document)]

def ecsec(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=600)

work = tempfile.mkdtemp()

# 1. Shipped checklists and fixtures.
checklists = {}
for path in sorted(glob.glob(os.path.join(ROOT, "Checklists", "*.json"))) + [os.path.join(FIXTURES, "scoring-checklist.json")]:
    document = json.load(open(path))
    checklists[document["id"]] = (path, document)
    errors = schema_errors("checklist", document)
    result(not errors, f"checklist {os.path.basename(path)}", errors[:3])
for path in [os.path.join(FIXTURES, "assessment.json"), os.path.join(FIXTURES, "hostile-assessment.json"), os.path.join(FIXTURES, "probed-assessment.json")] + sorted(glob.glob(os.path.join(ROOT, "Examples", "quarters", "*.json"))):
    errors = schema_errors("assessment", json.load(open(path)))
    result(not errors, f"assessment {os.path.basename(path)}", errors[:3])

# 2. Generated assessments and command output.
rng = random.Random(20261122)
statuses = ["implemented", "partial", "notImplemented", "unknown", "notApplicable", "delegated"]
generated = 0
for checklist_id, (path, checklist) in checklists.items():
    if checklist_id == "scoring-fixture":
        continue
    for n in range(20):
        profile = {q["key"]: rng.choice(q["options"])["value"] for q in checklist.get("profile", []) if rng.random() < 0.9}
        answers = {}
        for section in checklist["sections"]:
            for control in section["controls"]:
                if rng.random() < 0.8:
                    status = rng.choice(statuses)
                    answer = {"status": status, "answeredAt": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T09:00:00Z"}
                    if status == "notApplicable": answer["reason"] = "該当なし（生成）"
                    if status == "delegated": answer["provider"] = "委託先（生成）"
                    if rng.random() < 0.3: answer["note"] = rng.choice(["メモ", "note", "<b>x</b>", "=1+1", "日本語のメモ\n二行目"])
                    if rng.random() < 0.1: answer["evidence"] = ["契約書", "screenshot.png"]
                    if rng.random() < 0.2:
                        answer["plan"] = {"owner": rng.choice(["佐藤", "IT partner"]), "due": f"2027-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
                        if rng.random() < 0.5: answer["plan"]["note"] = "計画メモ"
                    answers[control["id"]] = answer
        document = {"schema": "ecsec/assessment@1", "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "checklist": {"id": checklist_id, "version": checklist["version"]}, "organization": f"Shop {n}",
                    "period": f"2026-Q{n % 4 + 1}", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-11-01T00:00:00Z",
                    "profile": profile, "answers": answers}
        file = os.path.join(work, f"{checklist_id}-{n}.json")
        json.dump(document, open(file, "w"), ensure_ascii=False)
        generated += 1
        errors = schema_errors("assessment", document)
        verdict = ecsec("validate", file)
        result(not errors and verdict.returncode == 0, f"generated {os.path.basename(file)}", (errors[:3], verdict.stderr[:300]))
        score = ecsec("score", file, "--format", "json", "--as-of", "2026-11-22")
        errors = schema_errors("score", json.loads(score.stdout)) if score.returncode == 0 else [score.stderr]
        result(not errors, f"score of {os.path.basename(file)}", errors[:3])
        plan = ecsec("plan", file, "--format", "json", "--as-of", "2027-03-01")
        errors = schema_errors("plan", json.loads(plan.stdout)) if plan.returncode == 0 else [plan.stderr]
        result(not errors, f"plan of {os.path.basename(file)}", errors[:3])
    first, second = os.path.join(work, f"{checklist_id}-0.json"), os.path.join(work, f"{checklist_id}-1.json")
    out = ecsec("diff", first, second, "--format", "json", "--notes")
    errors = schema_errors("diff", json.loads(out.stdout)) if out.returncode == 0 else [out.stderr]
    result(not errors, f"diff of generated {checklist_id}", errors[:3])
    out = ecsec("trend", *[os.path.join(work, f"{checklist_id}-{n}.json") for n in range(8)], "--format", "json")
    errors = schema_errors("trend", json.loads(out.stdout)) if out.returncode == 0 else [out.stderr]
    result(not errors, f"trend of generated {checklist_id}", errors[:3])
out = ecsec("summary", work, os.path.join(ROOT, "Examples"), "--format", "json")
errors = schema_errors("summary", json.loads(out.stdout)) if out.returncode == 0 else [out.stderr]
result(not errors, "summary of the generated assessments", errors[:3])
quarters = sorted(glob.glob(os.path.join(ROOT, "Examples", "quarters", "*.json")))
out = ecsec("diff", quarters[0], quarters[-1], "--format", "json")
result(not schema_errors("diff", json.loads(out.stdout)), "diff of Examples/quarters")

# 3. Verdicts on broken documents.
def mutated(document, path, value):
    copy_ = copy.deepcopy(document)
    target = copy_
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return copy_
DELETE = object()
fixture = json.load(open(os.path.join(FIXTURES, "scoring-checklist.json")))
structural = [
    (["schema"], "ecsec/checklist@2"), (["wieght"], 1), (["sections", 0, "controls", 0, "priority"], "high"),
    (["sections", 0, "controls", 0, "title", "en"], DELETE), (["sections", 0, "controls", 0, "why", "ja"], " "),
    (["sections", 0, "controls", 0, "weight"], 0), (["scoring", "weights", "necessary"], -3), (["scoring", "model"], "average"),
    (["sections", 0, "controls", 2, "reviewEveryDays"], 1.5), (["version"], "v1"), (["title"], "Title"), (["sections"], []),
    (["id"], "Upper"), (["sections", 0, "controls", 0, "references"], [{"source": "x", "item": "1"}]), (["scoring", "levels"], []),
]
semantic = [
    (["sections", 0, "controls", 1, "id"], "A"),                                            # duplicate control id
    (["sections", 1, "controls", 0, "appliesWhen"], {"hostng": ["self"]}),                  # unknown profile key
    (["sections", 1, "controls", 0, "appliesWhen"], {"hosting": ["moon"]}),                 # unknown profile value
    (["sections", 0, "controls", 0, "tags"], ["t9"]),                                       # undeclared tag
    (["sections", 0, "controls", 0, "replaces"], ["B"]),                                    # replaces a live control
    (["retired"], [{"id": "C", "version": "1.0"}]),                                         # retired id reused
    (["scoring", "levels", 1, "minScore"], 95),                                             # levels out of order
]
for cases, schema_rejects in [(structural, True), (semantic, False)]:
    for path, value in cases:
        document = mutated(fixture, path, value)
        file = os.path.join(work, "broken.json")
        json.dump(document, open(file, "w"), ensure_ascii=False)
        ecsec_rejects = ecsec("validate", file).returncode == 1
        schema_says = bool(schema_errors("checklist", document))
        result(ecsec_rejects and schema_says == schema_rejects, f"verdict for checklist {path} = {value!r}",
               f"(ecsec rejects: {ecsec_rejects}, schema rejects: {schema_says}, expected schema rejects: {schema_rejects})")

assessment = json.load(open(os.path.join(FIXTURES, "assessment.json")))
for path, value in [(["answers", "A", "status"], "done"), (["answers", "A", "status"], "notApplicable"), (["answers", "B", "provider"], DELETE),
                    (["id"], "not-a-uuid"), (["updatedAt"], "2026-10-02 09:00"), (["answers", "A", "answeredAt"], DELETE), (["colour"], "blue"),
                    (["period"], ""), (["answers", "A", "evidence"], [""])]:
    document = mutated(assessment, path, value)
    file = os.path.join(work, "broken-assessment.json")
    json.dump(document, open(file, "w"), ensure_ascii=False)
    ecsec_rejects = ecsec("validate", file, "--checklist", os.path.join(FIXTURES, "scoring-checklist.json")).returncode == 1
    schema_says = bool(schema_errors("assessment", document))
    result(ecsec_rejects and schema_says, f"verdict for assessment {path} = {value!r}", f"(ecsec rejects: {ecsec_rejects}, schema rejects: {schema_says})")

print(f"schemas: {generated} generated assessments checked")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
