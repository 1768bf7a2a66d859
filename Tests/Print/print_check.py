#!/usr/bin/env python3
"""Prints the example shop's HTML report to PDF with headless Chromium, as a reader would with
the browser's "Print", and reads it back with pdftotext (poppler-utils):

- every control id of the report appears whole: no id is broken across lines ("MGT-" / "08");
- the level scale, the priority legend and the self-declaration notice are printed
  ("how to read this report"), and every control excluded by the profile names its reason;
- the page count is the one stated below for A4 (a layout change that adds pages shows here).

Run for both languages. Prints 'N passed, M failed'.

Usage: python3 Tests/Print/print_check.py path/to/ecsec
"""
import html, os, re, shutil, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/ecsec"))
EXAMPLE = os.path.join(ROOT, "Examples", "quarters", "shop-2026-Q4.json")
# A4 pages of the example's report with Debian's fonts-noto-cjk, measured when the register was
# laid out for print (eleven columns took 12 pages with ids broken as "MGT-/08").
EXPECTED_PAGES = {"ja": 11, "en": 11}
ID = re.compile(r"\b(?:MGT|BLD|OPS|INC|CARD|CS)-\d{2}\b")
BROKEN = re.compile(r"\b(?:MGT|BLD|OPS|INC|CARD|CS)-?\s*\n\s*-?\d{2}\b")

chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium or not shutil.which("pdftotext"):
    print("FAIL chromium and pdftotext (poppler-utils) are needed: bash scripts/setup.sh installs them")
    sys.exit(1)


def squeeze(text):
    """The text without white space: line breaks of the PDF and of the HTML do not matter."""
    return re.sub(r"\s+", "", text)


def section_text(document, css_class=None, heading_prefix=None):
    """The text of the first <section> with the class or whose <h2> starts with the prefix."""
    for match in re.finditer(r"<section([^>]*)>(.*?)</section>", document, re.S):
        attributes, inner = match.groups()
        heading = re.search(r"<h2>(.*?)</h2>", inner, re.S)
        title = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))) if heading else ""
        if (css_class and f'class="{css_class}"' in attributes) or (heading_prefix and title.startswith(heading_prefix)):
            return html.unescape(re.sub(r"<[^>]+>", " ", inner))
    return None


passed = failed = 0


def check(ok, name, detail=""):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail and not ok else ''}")


scratch = tempfile.mkdtemp()
try:
    for lang in ("ja", "en"):
        report = os.path.join(scratch, f"report-{lang}.html")
        pdf = os.path.join(scratch, f"report-{lang}.pdf")
        subprocess.run([BIN, "report", EXAMPLE, "--lang", lang, "--as-of", "2026-12-01", "--tz", "Asia/Tokyo",
                        "-o", report], check=True, timeout=120)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={os.path.join(scratch, 'profile')}", f"--print-to-pdf={pdf}", report],
                       check=True, timeout=180, capture_output=True)
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                              timeout=60).stdout.decode()
        # The running footer ("shop 2026-Q4 … 4 / 11") and page breaks fall inside sections.
        text = re.sub(r"^[^\n]*\b\d+ / \d+\s*$", "", text, flags=re.M).replace("\f", "\n")
        # In reading order, each table cell's text is one run: a broken id shows as "MGT-\n08".
        raw = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, timeout=60).stdout.decode()
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, timeout=60).stdout.decode()
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        document = open(report, encoding="utf-8").read()

        # Every id as often as the page shows it: an id broken across lines is not found whole.
        visible = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|head)[^>]*>.*?</\1>", "", document, flags=re.S)))
        expected = Counter(ID.findall(visible))
        printed = Counter(ID.findall(text))
        short = {i: (printed[i], n) for i, n in expected.items() if printed[i] < n}
        check(expected and not short, f"{lang}: all {sum(expected.values())} control ids are printed whole",
              f"(printed, shown) {dict(list(short.items())[:6])}")
        broken = BROKEN.findall(raw)
        check(not broken, f"{lang}: no control id is broken across lines", f"{broken[:5]}")

        reading = section_text(document, css_class="reading")
        check(reading and squeeze(reading) in squeeze(text),
              f"{lang}: the level scale, the legend and the self-declaration are printed",
              (reading or "no reading section")[:200])
        excluded = section_text(document, heading_prefix="付録" if lang == "ja" else "Appendix")
        items = re.findall(r"(?:MGT|BLD|OPS|INC|CARD|CS)-\d{2}[^\n]*", excluded or "")
        reasons = [i for i in items if ("（" in i or "(" in i)]
        check(excluded and items and len(reasons) == len(items) and squeeze(excluded) in squeeze(text),
              f"{lang}: all {len(items)} excluded controls are printed with their reason",
              f"{len(reasons)} of {len(items)} with a reason")
        check(pages == EXPECTED_PAGES[lang], f"{lang}: {pages} A4 pages (stated: {EXPECTED_PAGES[lang]})",
              f"{pages} pages")
finally:
    shutil.rmtree(scratch, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
