#!/usr/bin/env python3
"""Generates realistic ecsec assessment files for benchmarks and scale tests.

Usage: python3 Benchmarks/generate.py OUT-FOLDER COUNT [--seed N] [--quarters Q]

Shops are drawn from plausible distributions: mostly hosted carts, some marketplaces and
self-built sites; answers depend on priority (mandatory measures are more often in place),
some controls are left unanswered, providers come from a short list, and about a third of the
answers carry a Japanese note. Files are spread over folders of 1,000 (like a collection by
month or region) and written deterministically for a given seed. With `--quarters Q`, the
COUNT files are COUNT / Q shops assessed in each of Q quarters (2026-Q1, ...), so series,
level changes and shops that stopped reporting can be queried.
"""
import json, os, random, sys, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out, count = sys.argv[1], int(sys.argv[2])
seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
quarters = int(sys.argv[sys.argv.index("--quarters") + 1]) if "--quarters" in sys.argv else 0
rng = random.Random(seed)
checklist = json.load(open(os.path.join(ROOT, "Checklists", "ipa-ec-site.json")))
controls = [(c["id"], c["priority"]) for s in checklist["sections"] for c in s["controls"]]
platforms = [("cart-asp", 55), ("mall", 20), ("package", 20), ("scratch", 5)]
hostings = {"cart-asp": ["provider"], "mall": ["provider"], "package": ["rental", "iaas", "iaas", "onprem"], "scratch": ["iaas", "onprem"]}
providers = ["Example Cart株式会社", "決済代行 Example Pay", "保守サポート Example IT", "Example Cloud", "制作会社 Example Web"]
notes = ["担当者に確認済み", "来期に対応予定", "見積もり依頼中", "委託先の回答待ち", "年1回見直し", "マニュアルを整備中",
         "社長が直接管理", "外部の専門家に相談した", "一部の端末のみ対応", "契約書の条項を確認"]
weights = {"mandatory": [45, 20, 15, 8, 4, 8], "necessary": [30, 22, 25, 10, 5, 8], "recommended": [18, 15, 45, 12, 5, 5]}
statuses = ["implemented", "partial", "notImplemented", "unknown", "notApplicable", "delegated"]

def pick(pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]

for n in range(count):
    shop = n // quarters if quarters else n
    quarter = n % quarters + 1 if quarters else 4
    # Some shops stop reporting: their last quarters are missing.
    if quarters and quarter > 2 and shop % 11 == 0:
        continue
    platform = pick(platforms)
    profile = {"platform": platform, "hosting": rng.choice(hostings[platform]),
               "cardHandling": rng.choices(["none", "provider", "own-servers"], [10, 80, 10])[0],
               "wordpress": "yes" if platform == "package" and rng.random() < 0.4 else "no",
               "members": "yes" if rng.random() < 0.7 else "no",
               "staff": "yes" if rng.random() < 0.6 else "no",
               "contractor": "yes" if platform in ("package", "scratch") or rng.random() < 0.2 else "no",
               "remoteAccess": "yes" if rng.random() < 0.15 else "no",
               "adminDevices": rng.choices(["pc", "mobile", "both"], [40, 15, 45])[0],
               "adminRestriction": "yes" if platform in ("package", "scratch") else rng.choices(["yes", "no", "unknown"], [40, 35, 25])[0],
               "ownDomain": "yes" if platform != "mall" and rng.random() < 0.7 else "no",
               "exportsData": "yes" if rng.random() < 0.8 else "no"}
    if platform in ("cart-asp", "mall"):
        profile["customCode"] = "yes" if rng.random() < 0.4 else "no"
    if profile["cardHandling"] == "provider" and platform in ("cart-asp", "mall") and rng.random() < 0.5:
        profile["cardHandling"] = "cart-payment"
    completeness = rng.uniform(0.6, 1.0)
    answers = {}
    for control_id, priority in controls:
        if rng.random() > completeness:
            continue
        status = rng.choices(statuses, weights[priority])[0]
        answer = {"status": status, "answeredAt": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"}
        if status == "notApplicable":
            answer["reason"] = "当店では該当する仕組みを使っていないため"
        if status == "delegated":
            answer["provider"] = rng.choice(providers)
        if rng.random() < 0.33:
            answer["note"] = rng.choice(notes)
        answers[control_id] = answer
    document = {"schema": "ecsec/assessment@1", "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "checklist": {"id": "ipa-ec-site", "version": checklist["version"]}, "organization": f"店舗{shop:06d}",
                "site": f"shop{shop:06d}.example.jp", "period": f"2026-Q{quarter}",
                "createdAt": f"2026-{quarter * 3 - 2:02d}-01T00:00:00Z",
                "updatedAt": f"2026-{quarter * 3 - 1:02d}-01T00:00:00Z", "profile": profile, "answers": answers}
    folder = os.path.join(out, f"batch-{n // 1000:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"shop-{n:06d}.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n")
