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
# laid out for print and the report said how to check it (eleven columns took 12 pages in
# Japanese with ids broken as "MGT-/08").
EXPECTED_PAGES = {"ja": 11, "en": 12}
ID = re.compile(r"\b(?:MGT|BLD|OPS|INC|CARD|CS)-\d{2}\b")
BROKEN = re.compile(r"\b(?:MGT|BLD|OPS|INC|CARD|CS)-?\s*\n\s*-?\d{2}\b")

chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium or not shutil.which("pdftotext"):
    print("FAIL chromium and pdftotext (poppler-utils) are needed: bash scripts/setup.sh installs them")
    sys.exit(1)


def squeeze(text):
    """The text without white space: line breaks of the PDF and of the HTML do not matter."""
    return re.sub(r"\s+", "", text)


def section_blocks(document, css_class=None, heading_prefix=None):
    """The texts of the headings, paragraphs and list items of the first <section> with the
    class or whose <h2> starts with the prefix (list numbers are the browser's, not the page's)."""
    for match in re.finditer(r"<section([^>]*)>(.*?)</section>", document, re.S):
        attributes, inner = match.groups()
        heading = re.search(r"<h2>(.*?)</h2>", inner, re.S)
        title = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))) if heading else ""
        if (css_class and f'class="{css_class}"' in attributes) or (heading_prefix and title.startswith(heading_prefix)):
            blocks = re.findall(r"<(h2|h3|p|li)[^>]*>(.*?)</\1>", inner, re.S)
            return [html.unescape(re.sub(r"<[^>]+>", " ", block)) for _, block in blocks]
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

        printed = squeeze(text)
        reading = section_blocks(document, css_class="reading") or []
        missing = [block for block in reading if squeeze(block) not in printed]
        check(len(reading) >= 8 and not missing,
              f"{lang}: the level scale, the legend, the self-declaration and how to check are printed",
              f"{len(reading)} blocks, missing {[m[:60] for m in missing]}")
        excluded = section_blocks(document, heading_prefix="付録" if lang == "ja" else "Appendix") or []
        items = [block for block in excluded if re.match(r"\s*(?:MGT|BLD|OPS|INC|CARD|CS)-\d{2}", block)]
        reasons = [i for i in items if ("（" in i or "(" in i) and squeeze(i) in printed]
        check(items and len(reasons) == len(items),
              f"{lang}: all {len(items)} excluded controls are printed with their reason",
              f"{len(reasons)} of {len(items)} printed with a reason")
        check(pages == EXPECTED_PAGES[lang], f"{lang}: {pages} A4 pages (stated: {EXPECTED_PAGES[lang]})",
              f"{pages} pages")
finally:
    shutil.rmtree(scratch, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
