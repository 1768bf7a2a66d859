#!/usr/bin/env python3
"""`ecsec probe` against real nginx sites, in a network namespace of its own (its own loopback,
so ports 80 and 443 are free and no other host exists), with a certificate authority made by
openssl here. Nothing outside 127.0.0.0/8 of that namespace can be reached.

Two sites:
- shop.test (127.0.0.1): the "bad" site — no HSTS or security headers, cookies without flags,
  .env, .git/config, a backup zip, a directory listing, an EC-CUBE admin login answering 200,
  an old jQuery on the checkout page, plain HTTP served without a redirect, TLS 1.0 and 1.1
  enabled, a certificate expiring in 20 days;
- good.test (127.0.0.2): everything set, the admin behind Basic auth, a custom 404 page that
  answers 200 (a soft 404), the token in /.well-known/ecsec.txt.

Checks:
1. findings of both sites against goldens (Tests/Probe/Golden; ECSEC_UPDATE_GOLDEN=Probe
   rewrites them); the good site has no exposure finding;
2. nginx's access log: requests <= the budget, only GET/HEAD, >= 1 s apart by default, the
   User-Agent; without the token (https://shop.test/ with --resolve) no exposure path is
   requested, with the token in place they are;
3. a skimmer script added to the checkout page: diff shows exactly one new third-party origin
   on the card path, and that URL was never requested;
4. the observations saved in an assessment appear in score, the reports and OSCAL, and a
   contradicting answer is flagged; --dry-run sends nothing.

Usage: python3 Tests/Probe/probe_check.py path/to/ecsec       Prints 'N passed, M failed'.
"""
import atexit, difflib, json, os, re, shutil, subprocess, sys, tempfile, time

import jsonschema
from referencing import Registry, Resource

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/ecsec"))
GOLDEN = os.path.join(ROOT, "Tests", "Probe", "Golden")
UPDATE = os.environ.get("ECSEC_UPDATE_GOLDEN", "") in ("Probe", "1", "all")

# Re-run inside a new network namespace: as root (CI), or mapped to root where user namespaces
# are allowed.
if os.environ.get("ECSEC_PROBE_NETNS") != "1":
    env = dict(os.environ, ECSEC_PROBE_NETNS="1")
    command = ["unshare", "--net"] + ([] if os.geteuid() == 0 else ["--map-root-user"])
    sys.exit(subprocess.run(command + [sys.executable, os.path.abspath(__file__), BIN], env=env).returncode)

for tool in ["nginx", "openssl", "ip"]:
    if not shutil.which(tool) and not os.path.exists(f"/usr/sbin/{tool}"):
        print(f"FAIL {tool} is needed: bash scripts/setup.sh installs it")
        sys.exit(1)
subprocess.run(["ip", "link", "set", "lo", "up"], check=True)

passed = failed = 0
SCHEMAS = {name: json.load(open(os.path.join(ROOT, "Schemas", f"{name}.schema.json")))
           for name in ["probe", "assessment", "score", "diff"]}
REGISTRY = Registry().with_resources([(schema["$id"], Resource.from_contents(schema)) for schema in SCHEMAS.values()])


def schema_errors(name, document):
    validator = jsonschema.Draft202012Validator(SCHEMAS[name], registry=REGISTRY)
    return [f"{e.json_path}: {e.message[:160]}" for e in validator.iter_errors(document)]


def check(ok, name, detail=""):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + str(detail) if detail and not ok else ''}")


work = tempfile.mkdtemp()
os.chmod(work, 0o755)


def write(path, text, mode="w"):
    full = os.path.join(work, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, mode) as handle:
        handle.write(text)


def openssl(*args):
    subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=work)


# The certificate authority and the two sites' certificates.
openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "400",
        "-subj", "/CN=ecsec test CA")
for name, days in [("shop.test", 20), ("good.test", 200), ("stop.test", 200)]:
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={name}")
    write(f"{name}.ext", f"subjectAltName=DNS:{name}\n")
    openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", f"{name}.pem", "-days", str(days), "-extfile", f"{name}.ext")

ASSETS = "/html/template/default/assets/js"
OLD_JQUERY = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\nwindow.jQuery={};\n"
NEW_JQUERY = "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\nwindow.jQuery={};\n"


def page(title, body, head=""):
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title>{head}"
            f"<link rel=\"stylesheet\" href=\"/html/template/default/assets/css/style.css\"></head>"
            f"<body>{body}</body></html>\n")


# The bad site.
write("bad/index.html", page("EC shop", "<h1>ようこそ</h1>", f'<script src="{ASSETS}/jquery-1.12.4.min.js"></script>'))
write(f"bad{ASSETS}/jquery-1.12.4.min.js", OLD_JQUERY)
write(f"bad{ASSETS}/app.js", "console.log('shop');\n")
write("bad/html/template/default/assets/css/style.css", "body{}\n")
CHECKOUT_BAD = page(
    "Checkout",
    '<form action="/shopping/confirm" method="post"><input name="card_no" autocomplete="cc-number">'
    '<input type="submit"></form>',
    f'<script src="{ASSETS}/jquery-1.12.4.min.js"></script><script src="{ASSETS}/app.js"></script>'
    '<script src="https://cdn.example.invalid/analytics.js"></script>')
write("bad/shopping/index.html", CHECKOUT_BAD)
write("bad/admin/index.html", page("管理画面", '<form method="post"><input name="login_id"><input type="password" name="password"></form>'))
write("bad/.env", "APP_ENV=prod\nAPP_KEY=base64:c2VjcmV0\nDATABASE_URL=mysql://eccube:password@localhost/eccube\n")
write("bad/.git/config", "[core]\n\trepositoryformatversion = 0\n\tbare = false\n")
write("bad/backup.zip", "PK\x03\x04" + "\x00" * 26, mode="w")
write("bad/composer.json", '{"name": "ec-cube/ec-cube", "require": {"php": "^7.4"}}\n')

# The good site.
GOOD_HEAD = f'<script src="{ASSETS}/jquery-3.7.1.min.js"></script>'
write("good/index.html", page("Good shop", "<h1>ようこそ</h1>", GOOD_HEAD))
write(f"good{ASSETS}/jquery-3.7.1.min.js", NEW_JQUERY)
write("good/html/template/default/assets/css/style.css", "body{}\n")
write("good/shopping/index.html", page(
    "Checkout", '<iframe src="https://pay.example.invalid/card-form"></iframe>',
    GOOD_HEAD + '<script src="https://cdn.example.invalid/widget.js" integrity="sha384-abc" crossorigin="anonymous"></script>'))
write("good/admin/index.html", page("管理画面", '<form method="post"><input type="password" name="password"></form>'))
write("good/404.html", page("Not found", "<p>お探しのページは見つかりませんでした。</p>"))
hashed = subprocess.run(["openssl", "passwd", "-apr1", "-salt", "ecsec", "secret"], capture_output=True, text=True,
                        check=True).stdout.strip()
write("htpasswd", f"admin:{hashed}\n")

GOOD_TOKEN = subprocess.run([BIN, "probe", "https://good.test/", "--token", "--lang", "en"], capture_output=True,
                            text=True).stdout
token = re.search(r"ecsec-site-verification-[0-9a-f]{32}", GOOD_TOKEN)
check(token is not None, "probe --token prints a token", GOOD_TOKEN)
write("good/.well-known/ecsec.txt", token.group(0) + "\n")
SHOP_TOKEN = re.search(r"ecsec-site-verification-[0-9a-f]{32}",
                       subprocess.run([BIN, "probe", "https://shop.test/", "--token"], capture_output=True,
                                      text=True).stdout).group(0)
check(SHOP_TOKEN != token.group(0), "a token is made for one site only")

os.makedirs(os.path.join(work, "tmp"), exist_ok=True)
write("nginx.conf", f"""
daemon off;
master_process off;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{}}
http {{
  include /etc/nginx/mime.types;
  log_format probe '$msec $server_name $request_method "$request_uri" "$http_user_agent" $status';
  access_log {work}/access.log probe;
  client_body_temp_path {work}/tmp; proxy_temp_path {work}/tmp; fastcgi_temp_path {work}/tmp;
  uwsgi_temp_path {work}/tmp; scgi_temp_path {work}/tmp;
  server_tokens off;
  server {{
    listen 127.0.0.1:443 ssl; server_name shop.test;
    ssl_certificate {work}/shop.test.pem; ssl_certificate_key {work}/shop.test.key;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3; ssl_ciphers DEFAULT:@SECLEVEL=0;
    root {work}/bad;
    location = / {{ add_header Set-Cookie "eccube=abc123; path=/"; try_files /index.html =404; }}
    location {ASSETS}/ {{ autoindex on; }}
  }}
  server {{ listen 127.0.0.1:80; server_name shop.test; root {work}/bad; }}
  server {{
    listen 127.0.0.2:443 ssl; server_name good.test;
    ssl_certificate {work}/good.test.pem; ssl_certificate_key {work}/good.test.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    root {work}/good;
    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
    add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'self'" always;
    add_header X-Frame-Options SAMEORIGIN always;
    add_header X-Content-Type-Options nosniff always;
    add_header Referrer-Policy strict-origin-when-cross-origin always;
    error_page 404 =200 /404.html;
    location = / {{
      add_header Set-Cookie "eccube=abc123; path=/; Secure; HttpOnly; SameSite=Lax";
      add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
      add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'self'" always;
      add_header X-Frame-Options SAMEORIGIN always;
      add_header X-Content-Type-Options nosniff always;
      add_header Referrer-Policy strict-origin-when-cross-origin always;
      try_files /index.html =404;
    }}
    location /admin/ {{ auth_basic "admin"; auth_basic_user_file {work}/htpasswd; }}
  }}
  server {{ listen 127.0.0.2:80; server_name good.test; return 301 https://$host$request_uri; }}
  server {{
    listen 127.0.0.3:443 ssl; server_name stop.test;
    ssl_certificate {work}/stop.test.pem; ssl_certificate_key {work}/stop.test.key;
    location / {{ add_header Retry-After 120 always; return 429; }}
  }}
  server {{ listen 127.0.0.3:80; server_name stop.test; location / {{ add_header Retry-After 120 always; return 429; }} }}
}}
""")
nginx = subprocess.Popen(["nginx", "-c", os.path.join(work, "nginx.conf")], stderr=subprocess.PIPE)


def stop_nginx():
    """Stops the server this check started (its own process, never by name), whatever happened."""
    if nginx.poll() is None:
        nginx.terminate()
        nginx.wait(timeout=10)


atexit.register(stop_nginx)
for _ in range(50):
    time.sleep(0.1)
    if os.path.exists(os.path.join(work, "nginx.pid")):
        break
time.sleep(0.3)


def log_lines():
    path = os.path.join(work, "access.log")
    if not os.path.exists(path):
        return []
    lines = []
    for line in open(path):
        match = re.match(r'(\d+\.\d+) (\S+) (\S+) "([^"]*)" "([^"]*)" (\d+)', line)
        if match:
            lines.append({"time": float(match.group(1)), "host": match.group(2), "method": match.group(3),
                          "uri": match.group(4), "agent": match.group(5), "status": int(match.group(6))})
    return lines


def probe(*args, site="shop.test", address="127.0.0.1"):
    """Runs ecsec probe; returns (process, the log lines it caused)."""
    before = len(log_lines())
    started = time.monotonic()
    process = subprocess.run(
        [BIN, "probe", f"https://{site}/", "--resolve", f"{site}:{address}", "--ca-file",
         os.path.join(work, "ca.pem"), *args], capture_output=True, text=True, timeout=300, cwd=work)
    elapsed = time.monotonic() - started
    time.sleep(0.2)
    requests = log_lines()[before:]
    print(f"     ({site}: {len(requests)} HTTP requests in {elapsed:.2f} s: {' '.join(args[:6])})")
    return process, requests


def ecsec(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=120, cwd=work)


def golden(name, text):
    path = os.path.join(GOLDEN, name)
    if UPDATE:
        os.makedirs(GOLDEN, exist_ok=True)
        with open(path, "w") as handle:
            handle.write(text)
    expected = open(path).read() if os.path.exists(path) else ""
    diff = "\n".join(difflib.unified_diff(expected.splitlines(), text.splitlines(), "golden", "now", lineterm=""))
    check(text == expected, f"findings match Golden/{name}", "\n" + diff)


def findings_text(document):
    """The findings as lines a reader compares: check, status, URL path, controls."""
    lines = []
    for finding in document["findings"]:
        url = finding.get("url", "")
        url = re.sub(r"ecsec-probe-not-found-[0-9a-f]+", "ecsec-probe-not-found-RANDOM", url)
        lines.append(f'{finding["check"]:<20} {finding["status"]:<7} {url} {" ".join(finding["controls"])}')
    return "\n".join(lines) + "\n"


EXPOSURE_PATHS = {"/.env", "/.git/config", "/composer.json", "/backup.zip", "/backup.tar.gz", "/www.zip",
                  "/composer.lock", "/vendor/composer/installed.json", "/var/", "/vendor/"}
AGENT = re.compile(r"^ecsec-probe/\d+\.\d+\.\d+ \(")

# 0. --dry-run sends nothing.
process, requests = probe("--dry-run", "--page", "/shopping/")
check(process.returncode == 0 and "GET https://shop.test/.env" in process.stdout, "--dry-run lists the requests",
      process.stdout + process.stderr)
check(requests == [], "--dry-run sends nothing", requests)

# 1. The bad site without the token, at the default interval and budget.
process, requests = probe("--format", "json", "--page", "/shopping/")
check(process.returncode == 0, "probe of the bad site without the token exits 0", process.stderr)
result = json.loads(process.stdout) if process.returncode == 0 else {"findings": [], "requests": 0}
check(result.get("consent") == "none", "without the token, consent is none", result.get("consent"))
exposed = [r["uri"] for r in requests if r["uri"] in EXPOSURE_PATHS or r["uri"].endswith("/js/")]
check(not exposed, "without the token no exposure path is requested", exposed)
check(0 < len(requests) <= 40, f"requests within the budget ({len(requests)} of 40)", len(requests))
check(all(r["method"] in ("GET", "HEAD") for r in requests), "only GET and HEAD", {r["method"] for r in requests})
check(all(AGENT.match(r["agent"]) for r in requests), "every request names ecsec in its User-Agent",
      {r["agent"] for r in requests})
gaps = [b["time"] - a["time"] for a, b in zip(requests, requests[1:])]
# nginx logs a request when it ends; the probe spaces their starts 1 s apart, so allow the
# difference between two requests' durations (well under 50 ms on loopback).
check(gaps and min(gaps) >= 0.95, f"requests at least 1 s apart by default (smallest gap {min(gaps or [0]):.3f} s)",
      gaps)
check("/.well-known/ecsec.txt" in [r["uri"] for r in requests], "the token file was looked for")
check(any(f["check"] == "exposed-env" and f["status"] == "notRun" for f in result["findings"]),
      "the result says the exposure checks were not run")

# 2. The bad site with the token in place: exposures are checked; golden findings.
write("bad/.well-known/ecsec.txt", SHOP_TOKEN + "\n")
new = ecsec("new", "bad.json", "--organization", "Example Shop", "--period", "2026-Q4", "--site", "shop.test",
            "--profile", "platform=package")
check(new.returncode == 0, "ecsec new bad.json", new.stderr)
answered = ecsec("answer", "bad.json", "OPS-24", "implemented", "--note", "公開フォルダーは確認済み")
check(answered.returncode == 0, "OPS-24 answered implemented", answered.stderr)
time.sleep(1.1)
process, requests = probe("--format", "json", "--page", "/shopping/", "--interval", "0.05", "--assessment", "bad.json")
check(process.returncode == 0, "probe of the bad site with the token exits 0", process.stderr)
bad = json.loads(process.stdout) if process.returncode == 0 else {"findings": []}
check(bad.get("consent") == "token", "with the token, consent is token", bad.get("consent"))
asked = {r["uri"] for r in requests}
check({"/.env", "/.git/config", "/backup.zip", "/composer.json"} <= asked, "with the token, exposure paths are requested",
      sorted(asked))
check(len(requests) <= 40, f"requests within the budget ({len(requests)} of 40)")
golden("bad-site.txt", findings_text(bad))
check(not schema_errors("probe", bad), "the probe's JSON validates against Schemas/probe.schema.json",
      schema_errors("probe", bad)[:3])
saved = json.load(open(os.path.join(work, "bad.json")))
check("probe" in saved and not schema_errors("assessment", saved), "the assessment with its probe validates",
      schema_errors("assessment", saved)[:3])
fails = {f["check"] for f in bad["findings"] if f["status"] == "fail"}
for expected in ["hsts", "cookie-flags", "exposed-env", "exposed-git", "exposed-backup", "directory-listing",
                 "admin-exposed", "outdated-library", "https-redirect"]:
    check(expected in fails, f"the bad site fails {expected}")
check(any(f["check"] == "tls-old-protocol" and f["status"] == "warn" for f in bad["findings"]),
      "TLS 1.0/1.1 accepted is a warning")
check(any(f["check"] == "tls-expiry" and f["status"] == "warn" for f in bad["findings"]),
      "a certificate expiring in 20 days is a warning")
scripts = bad.get("scripts", [])
third = [s for s in scripts if s["thirdParty"]]
check(third and all("sha256" not in s for s in third), "third-party scripts are listed, never hashed", third)
check(not any("example.invalid" in r["uri"] for r in log_lines()), "no third-party URL was requested")
check(all(s.get("sha256") for s in scripts if not s["thirdParty"]), "own scripts are hashed")

# The owner's exclusion list: a copy listed as patched is information, not a failure.
write("patched.txt", f"# copies our vendor patched\nhttps://shop.test{ASSETS}/jquery-1.12.4.min.js  backported fixes, ticket 42\n")
process, requests = probe("--format", "json", "--interval", "0.05", "--exclusions", os.path.join(work, "patched.txt"))
listed = json.loads(process.stdout) if process.returncode == 0 else {"findings": []}
library = [f for f in listed["findings"] if f["check"] == "outdated-library"]
check(library and library[0]["status"] == "info" and "ticket 42" in library[0]["detail"]["en"],
      "a copy on the exclusion list is information", library)

# 3. The good site: no exposure finding.
process, requests = probe("--format", "json", "--page", "/shopping/", "--interval", "0.05", site="good.test",
                          address="127.0.0.2")
check(process.returncode == 0, "probe of the good site exits 0", process.stderr)
good = json.loads(process.stdout) if process.returncode == 0 else {"findings": []}
golden("good-site.txt", findings_text(good))
exposure_checks = {"exposed-env", "exposed-git", "exposed-composer", "exposed-backup", "directory-listing"}
bad_exposure = [f for f in good["findings"] if f["check"] in exposure_checks and f["status"] == "fail"]
check(good.get("consent") == "token" and not bad_exposure, "the good site (soft 404) has no exposure finding",
      bad_exposure)
check(not [f for f in good["findings"] if f["status"] == "fail"], "the good site has no failed finding",
      [f for f in good["findings"] if f["status"] == "fail"])
check(any(f["check"] == "admin-exposed" and f["status"] == "pass" and "401" in f["detail"]["en"]
          for f in good["findings"]), "the admin behind Basic auth passes (401)")

# 4. The observations in the assessment: score, reports, OSCAL; a contradiction flagged.
score = ecsec("score", "bad.json", "--lang", "ja")
check("観測と回答が一致しません" in score.stdout and "OPS-24" in score.stdout, "score flags the contradicted OPS-24",
      score.stdout[-1500:])
score_json = ecsec("score", "bad.json", "--format", "json")
conflicts = json.loads(score_json.stdout).get("observationConflicts", []) if score_json.returncode == 0 else []
check(any(c["control"] == "OPS-24" for c in conflicts), "score --format json lists the conflict", score_json.stdout[-800:])
check(score_json.returncode == 0 and not schema_errors("score", json.loads(score_json.stdout)),
      "score's JSON with conflicts validates")
for fmt, needle in [("html", "観測と回答が一致しません"), ("md", "exposed-env"), ("csv", "exposed-env")]:
    report = ecsec("report", "bad.json", "--format", fmt, "--lang", "ja")
    check(report.returncode == 0 and needle in report.stdout, f"the {fmt} report shows the observations",
          report.stderr or report.stdout[:300])
oscal = ecsec("report", "bad.json", "--format", "oscal")
document = json.loads(oscal.stdout) if oscal.returncode == 0 else {}
observations = document.get("assessment-results", {}).get("results", [{}])[0].get("observations", [])
tool_made = [o for o in observations if any(a.get("type") == "tool" for origin in o.get("origins", [])
                                            for a in origin.get("actors", []))]
check(tool_made, "OSCAL has observations with the tool as origin", len(observations))
reanswered = ecsec("answer", "bad.json", "OPS-24", "implemented", "--note", "Removed .env on 12-07")
score = ecsec("score", "bad.json", "--lang", "ja")
check("観測と回答が一致しません" not in score.stdout, "answering again clears the flag")

# 5. The skimmer: a script from a new origin on the checkout page, the next quarter.
nextq = ecsec("new", "next.json", "--from", "bad.json", "--period", "2027-Q1")
check(nextq.returncode == 0, "ecsec new --from keeps the probe as the baseline", nextq.stderr)
write("bad/shopping/index.html", CHECKOUT_BAD.replace(
    "</head>", '<script src="https://skimmer.invalid/x.js"></script></head>'))
process, requests = probe("--format", "json", "--page", "/shopping/", "--interval", "0.05", "--assessment", "next.json")
after = json.loads(process.stdout) if process.returncode == 0 else {"findings": []}
new_origin = [f for f in after["findings"] if f["check"] == "new-script-origin"]
check(new_origin and new_origin[0]["status"] == "fail" and "https://skimmer.invalid" in new_origin[0]["detail"]["en"],
      "the next probe flags the new origin", new_origin)
diff = ecsec("diff", "bad.json", "next.json", "--format", "json")
change = json.loads(diff.stdout).get("cardPathScripts") if diff.returncode in (0, 1) and diff.stdout else None
check(diff.stdout and not schema_errors("diff", json.loads(diff.stdout)), "diff's JSON with scripts validates")
check(change is not None and change["newOrigins"] == ["https://skimmer.invalid"] and
      change["added"] == ["https://skimmer.invalid/x.js"], "diff shows exactly one new third-party origin", change)
diff_text = ecsec("diff", "bad.json", "next.json", "--lang", "en")
check("New third-party origins: https://skimmer.invalid" in diff_text.stdout, "diff's text names it",
      diff_text.stdout[-600:])
check(not any("x.js" in r["uri"] for r in log_lines()), "the skimmer's URL was never requested")

# A file's warnings (here an answer for a control the checklist does not have) are printed once,
# though the file is read twice (before the run, and again under the lock to save).
warned = json.load(open(os.path.join(work, "next.json")))
warned["answers"]["XYZ-01"] = {"status": "implemented", "answeredAt": "2026-12-01T00:00:00Z"}
with open(os.path.join(work, "warned.json"), "w") as handle:
    json.dump(warned, handle)
process, requests = probe("--interval", "0.05", "--assessment", "warned.json", "--lang", "en")
check(process.returncode == 0 and sum("XYZ-01" in line for line in process.stderr.splitlines()) == 1,
      "a file's warning is printed once",
      process.stderr)

# 6. The budget, and a 429 that stops the run.
process, requests = probe("--format", "json", "--interval", "0.05", "--max-requests", "3", "--lang", "en")
limited = json.loads(process.stdout) if process.stdout else {}
check(limited.get("requests") == 3 and len(requests) <= 3,
      "--max-requests 3 makes at most 3 requests", (limited.get("requests"), len(requests)))
check(process.returncode == 1 and "was not read" in process.stderr,
      "a run that never read the start page says so and exits 1", process.stderr)
process, requests = probe("--format", "json", "--interval", "0.05", site="stop.test", address="127.0.0.3")
stopped = json.loads(process.stdout) if process.stdout else {}
check(stopped.get("stoppedBy") == {"status": 429, "retryAfter": "120"} and len(requests) == 1,
      "a 429 ends the run after that request, and its Retry-After is reported",
      (stopped.get("stoppedBy"), [r["uri"] for r in requests]))

# A site that never answers: the result is printed, nothing is saved, exit status 1.
before_bytes = open(os.path.join(work, "next.json"), "rb").read()
process, requests = probe("--interval", "0.05", "--assessment", "next.json", "--lang", "en", site="down.test",
                          address="127.0.0.9")
check(process.returncode == 1 and "was not read" in process.stderr and "tls-trust" in process.stdout,
      "a site that never answers is reported, exit status 1", process.stderr)
check(open(os.path.join(work, "next.json"), "rb").read() == before_bytes,
      "and the assessment keeps its last run (the baseline)")

stop_nginx()
shutil.rmtree(work, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
