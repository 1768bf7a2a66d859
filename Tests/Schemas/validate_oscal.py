#!/usr/bin/env python3
"""Checks `ecsec report --format oscal` output two ways, for every example assessment in both
languages: against NIST's OSCAL 1.0.4 assessment-results JSON Schema (Tests/Schemas/oscal/, with
format checks), and by loading it with compliance-trestle's OSCAL models, the library OSCAL users
load exports with. Also checks that both reject a broken document. `--format oscal-poam` output
is loaded with compliance-trestle's plan-of-action-and-milestones model and compared with the
score's gaps and the file's plans. Prints 'N passed, M failed'.

Usage: python3 Tests/Schemas/validate_oscal.py path/to/ecsec
"""
import copy, glob, json, os, shutil, subprocess, sys, tempfile

import jsonschema
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.poam import PlanOfActionAndMilestones
import jsonschema._keywords as keywords
import regex

keywords.re = regex  # the schema's patterns use \p{L} / \p{N}, which Python's re lacks

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/ecsec"))
SCHEMA_PATH = os.path.join(ROOT, "Tests", "Schemas", "oscal", "oscal_assessment-results_schema.json")
schema = json.load(open(SCHEMA_PATH))
validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())

files = sorted(glob.glob(os.path.join(ROOT, "Examples", "quarters", "*.json"))) + [
    os.path.join(ROOT, "Tests", "SecurityChecklistTests", "Fixtures", "hostile-assessment.json"),
    # A probe run: one observation per finding with the tool as origin, the tool a local component.
    os.path.join(ROOT, "Tests", "SecurityChecklistTests", "Fixtures", "probed-assessment.json")]
# A plan with an owner and no date yet (期限未定) has no deadline and no timing in OSCAL.
scratch = tempfile.mkdtemp()
undecided = os.path.join(scratch, "shop-2026-Q4-undecided.json")
shutil.copyfile(os.path.join(ROOT, "Examples", "quarters", "shop-2026-Q4.json"), undecided)
subprocess.run([BIN, "plan", undecided, "OPS-07", "--due", "none"], capture_output=True, check=True, timeout=600)
# Evidence files become back-matter resources with their SHA-256, linked from the observation.
with open(os.path.join(scratch, "non-retention.pdf"), "wb") as evidence:
    evidence.write(b"%PDF-1.4 example")
subprocess.run([BIN, "answer", undecided, "CARD-01", "delegated", "--provider", "Example Pay", "--evidence", "確認書",
                "--evidence-file", os.path.join(scratch, "non-retention.pdf")], capture_output=True, check=True, timeout=600)
files.append(undecided)
passed = failed = 0
for path in files:
    for lang in ("ja", "en"):
        out = subprocess.run([BIN, "report", path, "--format", "oscal", "--lang", lang], capture_output=True, check=True, timeout=600).stdout
        document = json.loads(out)
        errors = list(validator.iter_errors(document))
        name = f"{os.path.basename(path)} ({lang})"
        if errors:
            failed += 1
            print(f"FAIL {name}: {len(errors)} schema errors")
            for error in errors[:5]:
                print("   ", error.json_path, error.message[:200])
        else:
            passed += 1
            findings = document["assessment-results"]["results"][0].get("findings", [])
            resources = document["assessment-results"]["back-matter"]["resources"]
            hashed = [r for r in resources if any(l.get("hashes") for l in r.get("rlinks", []))]
            observations = document["assessment-results"]["results"][0].get("observations", [])
            links = {e["href"][1:] for o in observations for e in o.get("relevant-evidence", []) if "href" in e}
            assert {r["uuid"] for r in hashed} == links, (hashed, links)
            if "undecided" in path:
                assert len(hashed) == 1 and hashed[0]["rlinks"][0]["href"] == "non-retention.pdf", hashed
            print(f"ok   {name}: valid, {len(findings)} findings")
        try:
            loaded = AssessmentResults.parse_obj(document["assessment-results"])
            assert str(loaded.uuid) == document["assessment-results"]["uuid"]
            assert len(loaded.results[0].findings or []) == len(document["assessment-results"]["results"][0].get("findings", []))
            passed += 1
            print(f"ok   {name}: loads with compliance-trestle")
        except Exception as error:  # noqa: BLE001 - any failure to load is the finding
            failed += 1
            print(f"FAIL {name}: compliance-trestle: {str(error)[:300]}")

        # The plan of action and milestones: one item and one risk per gap; a planned gap has a
        # remediation whose task is due on the plan's day and names its owner.
        poam_run = subprocess.run([BIN, "report", path, "--format", "oscal-poam", "--lang", lang], capture_output=True, timeout=600)
        gaps = json.loads(subprocess.run([BIN, "score", path, "--format", "json"], capture_output=True, check=True, timeout=600).stdout)["gaps"]
        if not gaps:
            ok = poam_run.returncode == 1 and poam_run.stderr.startswith(b"ecsec:")
            passed, failed = passed + ok, failed + (not ok)
            print(f"{'ok  ' if ok else 'FAIL'} {name}: no gap, so no POA&M (exit {poam_run.returncode})")
            continue
        try:
            poam = json.loads(poam_run.stdout)["plan-of-action-and-milestones"]
            loaded = PlanOfActionAndMilestones.parse_obj(poam)
            assert len(loaded.poam_items) == len(gaps), (len(loaded.poam_items), len(gaps))
            assert [item.title.split(" ")[0] for item in loaded.poam_items] == [gap["control"] for gap in gaps]
            answers = json.load(open(path))["answers"]
            planned = [gap["control"] for gap in gaps if "plan" in answers.get(gap["control"], {})]
            tasks = {risk.title.split(" ")[0]: risk.remediations[0].tasks[0] for risk in loaded.risks if risk.remediations}
            assert sorted(tasks) == sorted(planned), (sorted(tasks), planned)
            for control, task in tasks.items():
                if "due" in answers[control]["plan"]:
                    assert str(task.timing.on_date.date.date()) == answers[control]["plan"]["due"]
                else:
                    assert task.timing is None, task.timing
                party = task.responsible_roles[0].party_uuids[0]
                names = {str(p.uuid): p.name for p in loaded.metadata.parties}
                assert names[str(party)] == answers[control]["plan"]["owner"].strip()
            again = subprocess.run([BIN, "report", path, "--format", "oscal-poam", "--lang", lang], capture_output=True, timeout=600).stdout
            assert again == poam_run.stdout, "not deterministic"
            passed += 1
            print(f"ok   {name}: POA&M loads with compliance-trestle, {len(gaps)} items, {len(tasks)} planned")
        except Exception as error:  # noqa: BLE001
            failed += 1
            print(f"FAIL {name}: POA&M: {str(error)[:300]}")

# The validator must catch a broken export, or a pass above means nothing.
broken = copy.deepcopy(document)
broken["assessment-results"]["results"][0]["findings"][0]["target"]["status"]["state"] = "partial"
del broken["assessment-results"]["metadata"]["oscal-version"]
if len(list(validator.iter_errors(broken))) >= 2:
    passed += 1
    print("ok   a broken document is rejected by the schema")
else:
    failed += 1
    print("FAIL a broken document was accepted by the schema")
try:
    AssessmentResults.parse_obj(broken["assessment-results"])
    failed += 1
    print("FAIL a broken document was accepted by compliance-trestle")
except Exception:  # noqa: BLE001
    passed += 1
    print("ok   a broken document is rejected by compliance-trestle")

shutil.rmtree(scratch)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
