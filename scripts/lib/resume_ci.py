"""Le bilan de scripts/progres.sh pour l'intégration continue.

    python3 scripts/lib/resume_ci.py PROGRES BAREME JUNIT RESUME QUESTION…

PROGRES : le dossier des journaux de progres.sh (NN.bilan, NN.tests.log,
NN.construction.log). Écrit JUNIT (si non vide) : une suite nommée par
question, un cas par vérification lue dans le journal des tests, ou un cas
« compilation » en échec ; et ajoute à RESUME (si non vide) un tableau
Markdown : statut, cas réussis, points (règle de scripts/lib/bareme.py).
"""
import pathlib
import re
import sys
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import bareme  # noqa: E402

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
CASE = re.compile(r"^  (✔|✘|…) (.*?)(?: : (à corriger|à compléter).*)?$")


def clean(s, limit=2000):
    return UNSAFE.sub("?", s[:limit])


def read(path, limit=200000):
    try:
        with open(path, "rb") as f:
            return f.read(limit).decode("utf-8", errors="replace")
    except OSError:
        return ""


def question_data(progres, q):
    lines = read(progres / f"{q[:2]}.bilan").split("\n")
    status = lines[0] if lines and lines[0] else "à compléter"
    summary = lines[1] if len(lines) > 1 else ""
    try:
        passed, to_fix, to_do, cases = (int(x) for x in lines[2].split()[:4])
    except (IndexError, ValueError):
        passed = to_fix = to_do = cases = 0
    detail = "\n".join(lines[3:]).strip()
    return dict(status=status, summary=summary, detail=detail, passed=passed, to_fix=to_fix,
                to_do=to_do, cases=cases)


def junit(progres, questions, data, out):
    suites = []
    for q in questions:
        d = data[q]
        cases = []
        if d["status"] == "ne compile pas":
            cases.append(("compilation", "failure", d["summary"] + "\n" + read(progres / f"{q[:2]}.construction.log", 20000)))
        else:
            for line in read(progres / f"{q[:2]}.tests.log").splitlines():
                m = CASE.match(line)
                if not m:
                    continue
                kind = {"✔": None, "✘": "failure", "…": "skipped"}[m.group(1)]
                cases.append((m.group(2), kind, line.strip()))
            if not cases:
                cases.append(("tests", "failure" if d["status"] != "réussi" else None,
                              d["summary"] + ("\n" + d["detail"] if d["detail"] else "")))
        body = []
        for name, kind, text in cases:
            attrs = f"name={quoteattr(clean(name, 300))} classname={quoteattr(q)}"
            if kind is None:
                body.append(f"    <testcase {attrs}/>")
            elif kind == "skipped":
                body.append(f"    <testcase {attrs}><skipped message={quoteattr('à compléter')}/></testcase>")
            else:
                body.append(f"    <testcase {attrs}><failure message={quoteattr(clean(d['summary'], 500))}>"
                            f"{escape(clean(text, 20000))}</failure></testcase>")
        failures = sum(1 for c in cases if c[1] == "failure")
        skipped = sum(1 for c in cases if c[1] == "skipped")
        suites.append(f'  <testsuite name={quoteattr(q)} tests="{len(cases)}" failures="{failures}" '
                      f'skipped="{skipped}" errors="0">\n' + "\n".join(body) + "\n  </testsuite>")
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="TD4">\n'
                + "\n".join(suites) + "\n</testsuites>\n")


def markdown(questions, data, rules, out):
    md = re.compile(r"([\\`*_\[\]<>#|!~&])")
    rows = ["| question | statut | cas réussis | points | détail |", "|---|---|---|---|---|"]
    got = full = 0
    for q in questions:
        d = data[q]
        p = rules.get(q[:2], 0)
        pts = 0 if d["status"] == "ne compile pas" else bareme.points(p, d["passed"], d["cases"])
        got += pts
        full += p
        mark = {"réussi": "✔", "à compléter": "…", "délai dépassé": "⏱"}.get(d["status"], "✘")
        cases = f"{d['passed']} / {d['cases']}" if d["cases"] else "—"
        why = md.sub(r"\\\1", clean(d["summary"], 300))
        rows.append(f"| {q} | {mark} {d['status']} | {cases} | {pts} / {p} | {why} |")
    rows.append(f"| **total** | | | **{got} / {full}** | |")
    with open(out, "a", encoding="utf-8") as f:
        f.write("## Bilan par question\n\n" + "\n".join(rows) + "\n\n"
                f"Points : {bareme.RULE}\n\n")


def main():
    progres = pathlib.Path(sys.argv[1])
    bareme_file, junit_file, summary_file = sys.argv[2:5]
    questions = sys.argv[5:]
    data = {q: question_data(progres, q) for q in questions}
    if junit_file:
        junit(progres, questions, data, junit_file)
    if summary_file:
        try:
            rules = bareme.read(bareme_file) if pathlib.Path(bareme_file).exists() else {}
        except bareme.Failure:
            rules = {}
        markdown(questions, data, rules, summary_file)


if __name__ == "__main__":
    main()
