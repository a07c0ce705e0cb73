"""Le rapport d'une correction de classe, d'après les résultats de chaque copie.

    python3 scripts/lib/rapport.py RESULTATS RAPPORT

RESULTATS est le dossier de travail de scripts/corriger-classe.sh :
  parametres        une ligne « clé=valeur » par paramètre (voir main)
  noms              les noms des dossiers des copies, séparés par NUL
  resultats/I/NN/   statut, resume, detail, compteurs (réussis à_corriger
                    à_compléter) de la question NN de la copie I
  resultats/I/NN.empreinte, resultats/I/journaux
Écrit dans RAPPORT : rapport.csv, rapport.md, notes.csv (et, si une copie
n'est pas dans la liste de la classe, notes-sans-identifiant.csv),
classe.png.

Noms et messages viennent des copies : ils sont lus comme des octets,
l'UTF-8 invalide remplacé, les caractères de contrôle et de sens d'écriture
neutralisés, coupés à quelques Ko (en temps linéaire), puis échappés pour
chaque format ; ils n'atteignent jamais un interpréteur (gnuplot lit ses
graduations dans un fichier de données).
"""
import csv
import datetime
import io
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import bareme as scale_rules  # noqa: E402

STATUSES = ["réussi", "à corriger", "à compléter", "ne compile pas", "délai dépassé"]
COLOURS = ["#2ca02c", "#d62728", "#c7c7c7", "#8c1c13", "#ff7f0e"]
MARKS = {"réussi": "✔", "à compléter": "…", "délai dépassé": "⏱"}
MESSAGE_BYTES = 4000

# Contrôles C0/C1, DEL, et ce qui change le sens d'écriture ou se cache
# (marques LRM/RLM/ALM, plongements, isolats, espaces sans largeur).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e"
                    "\u2060-\u206f\ufeff\ufff9-\ufffb]")
MD_ACTIVE = re.compile(r"([\\`*_\[\]<>#|!~&])")


def text(raw, limit=MESSAGE_BYTES):
    """Des octets quelconques → une ligne de texte sûre (sauts : « ; »)."""
    cut = raw[:limit]
    s = cut.decode("utf-8", errors="replace")
    if len(raw) > limit:
        # Un caractère coupé en deux (au plus 3 octets) ne devient pas « � ».
        for _ in range(3):
            s = s[:-1] if s.endswith("\ufffd") else s
        s += " […]"
    s = s.replace("\r\n", "\n").replace("\n", " ; ").replace("\t", " ")
    return UNSAFE.sub("?", s)


def md(s):
    """Une cellule Markdown sans balisage actif (ni HTML ni lien)."""
    return MD_ACTIVE.sub(r"\\\1", s)


def spreadsheet(s):
    """Une cellule qu'un tableur ne prend pas pour une formule : « = », « @ »
    en tête, ou « + », « - » suivis d'un appel (parenthèse, « | », « ! ») ;
    une valeur ordinaire (adresse « -bob@… », numéro « +33 6… », « -3 »)
    reste telle quelle, pour que l'import de Moodle la reconnaisse."""
    if re.match(r"[=@\t\r]", s) or re.match(r"[+-].*[(|!]", s):
        return "'" + s
    return s


def read(path, limit=MESSAGE_BYTES):
    try:
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except OSError:
        return None


def number(x):
    return f"{x:.2f}".rstrip("0").rstrip(".")


def load(work):
    params = {}
    for line in (work / "parametres").read_text(encoding="utf-8", errors="replace").splitlines():
        key, _, value = line.partition("=")
        params[key] = value
    raw_names = (work / "noms").read_bytes().split(b"\0")
    if raw_names and raw_names[-1] == b"":
        raw_names.pop()
    return params, raw_names


def copy_results(work, i, questions, kit):
    """Les résultats de la copie I, question par question."""
    out = {}
    res = work / "resultats" / str(i)
    for q in questions:
        nn = q[:2]
        status = read(res / nn / "statut", 100)
        status = status.decode("utf-8", errors="replace") if status is not None else None
        summary = read(res / nn / "resume")
        detail = read(res / nn / "detail") or b""
        if status not in STATUSES:
            status = "à corriger"
            summary = b"la correction de cette copie s'est arr\xc3\xaat\xc3\xa9e"
        message = text(summary or b"")
        if detail.strip():
            message += " ; " + text(detail)
        counts = (read(res / nn / "compteurs", 100) or b"").split()
        try:
            passed, to_fix, to_do = (int(c) for c in counts[:3])
        except ValueError:
            passed = to_fix = to_do = 0
        cases = kit_cases(kit, nn) or passed + to_fix + to_do
        print_ = read(res / f"{nn}.empreinte", 100)
        out[q] = dict(status=status, message=message, passed=passed, to_fix=to_fix,
                      to_do=to_do, cases=cases,
                      print=print_.decode("ascii", "replace").strip() if print_ else None)
    logs = read(res / "journaux", 200)
    return out, (logs.decode("utf-8", "replace") if logs else "")


_cases = {}


def kit_cases(kit, nn):
    if nn not in _cases:
        raw = read(kit / nn / "cas", 20)
        try:
            _cases[nn] = int(raw) if raw else 0
        except ValueError:
            _cases[nn] = 0
    return _cases[nn]


def kit_print(kit, nn, name):
    raw = read(kit / nn / name, 100)
    return raw.decode("ascii", "replace").strip() if raw else None


def main():
    work, report = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    params, raw_names = load(work)
    graded = params["corrigees"].split()
    everything = params["toutes"].split()
    kit = pathlib.Path(params["kit"])
    rules = scale_rules.read(params["bareme"], [q[:2] for q in everything])
    names = [text(n, 300) for n in raw_names]
    results = []
    for i in range(len(raw_names)):
        per_question, logs = copy_results(work, i, graded, kit)
        for q, r in per_question.items():
            r["points"] = scale_rules.points(rules[q[:2]], r["passed"], r["cases"]) \
                if r["status"] != "ne compile pas" else 0
        results.append((per_question, logs))

    write_csv(report, names, graded, results, rules)
    classes = None
    if params.get("liste"):
        classes = scale_rules.read_class_list(pathlib.Path(params["liste"]))
    grades = write_grades(report, raw_names, names, graded, results, rules,
                          float(params["sur"]), classes)
    drew = draw_class(report, names, graded, results, rules)
    write_markdown(report, params, names, graded, everything, results, rules, kit, grades, drew)


def write_csv(report, names, graded, results, rules):
    with open(report / "rapport.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        f.write("copie,question,statut,tests_reussis,tests_a_corriger,tests_a_completer,"
                "detail,cas,points,points_max\n")
        for name, (per_question, _) in zip(names, results):
            for q in graded:
                r = per_question[q]
                w.writerow([spreadsheet(name), q[:2], r["status"], r["passed"], r["to_fix"],
                            r["to_do"], spreadsheet(r["message"]), r["cases"],
                            r["points"], rules[q[:2]]])


def write_grades(report, raw_names, names, graded, results, rules, out_of, classes):
    """notes.csv : une ligne par copie (son identifiant Moodle si une liste
    de la classe est donnée), les points de chaque question corrigée, la
    note sur OUT_OF ; une question non corrigée compte 0."""
    full = sum(rules.values()) or 1
    header = ["identifiant"] + [f"question_{q[:2]}" for q in graded] + [f"note_sur_{number(out_of)}"]
    id_column = "identifiant"
    if classes is not None:
        id_column = classes.column
        header[0] = classes.column
    rows, orphans = [], []
    for raw, name, (per_question, _) in zip(raw_names, names, results):
        got = [per_question[q]["points"] for q in graded]
        cells = [number(g) for g in got] + [number(sum(got) / full * out_of)]
        if classes is None:
            rows.append([spreadsheet(name)] + cells)
        elif raw in classes.ids:
            rows.append([spreadsheet(classes.ids[raw])] + cells)
        else:
            orphans.append([spreadsheet(name)] + cells)
    for file, body, first in (("notes.csv", rows, header[0]),
                              ("notes-sans-identifiant.csv", orphans, "copie")):
        path = report / file
        if file != "notes.csv" and not body:
            path.unlink(missing_ok=True)
            continue
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([first] + header[1:])
            w.writerows(body)
    missing = []
    if classes is not None:
        present = set(raw_names)
        missing = [ident for raw, ident in classes.ids.items() if raw not in present] + classes.unused
    return dict(column=id_column, orphans=[o[0] for o in orphans], missing=missing, full=full,
                out_of=out_of)


def draw_class(report, names, graded, results, rules):
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        print("rapport : gnuplot est introuvable, pas d'image de la classe (classe.png)", file=sys.stderr)
        return False
    # Tout ce qui vient des copies passe par ce fichier de données : gnuplot
    # n'interprète pas ce qu'il y lit (ni guillemets ni `…`).
    rows = []
    for i, (name, (per_question, _)) in enumerate(zip(names, results)):
        label = name[:30].replace('"', "'")
        for j, q in enumerate(graded):
            r = per_question[q]
            rows.append(f'{j}\t{i}\t{STATUSES.index(r["status"])}\t"{label}"\t'
                        f'{number(r["points"])}/{number(rules[q[:2]])}\n')
        rows.append("\n")
    (report / ".classe.dat").write_text("".join(rows), encoding="utf-8")
    xtics = ", ".join(f'"{q}" {j}' for j, q in enumerate(graded))  # nos propres noms
    palette = ", ".join(f'{k} "{col}"' for k, col in enumerate(COLOURS))
    keys = "".join(f"set label {k + 1} \"■ {s}\" at screen 0.02 + {k} * 0.19, screen 0.03 "
                   f"tc rgb \"{COLOURS[k]}\" font \",10\"\n" for k, s in enumerate(STATUSES))
    height = max(300, 120 + 22 * len(names))
    script = f"""set terminal pngcairo size 800,{height} noenhanced
set output 'classe.png'
set encoding utf8
set datafile separator "\\t"
set title "La classe : une ligne par copie, une colonne par question (points obtenus)"
set xtics ({xtics}) scale 0
set ytics scale 0
set yrange [{len(names) - 0.5}:-0.5]
set xrange [-0.5:{len(graded) - 0.5}]
set cbrange [-0.5:{len(STATUSES) - 0.5}]
set palette maxcolors {len(STATUSES)}
set palette defined ({palette})
unset colorbox
set bmargin 5
{keys}plot '.classe.dat' using 1:2:(0.5):(0.5):3:ytic(4) with boxxyerror fs solid 1.0 noborder \\
  lc palette notitle, \\
  '' using 1:2:5 with labels tc rgb "white" notitle
"""
    done = subprocess.run([gnuplot], input=script.encode("utf-8"), capture_output=True, cwd=report)
    (report / ".classe.dat").unlink()
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip()[:200]
        print(f"rapport : gnuplot n'a pas pu dessiner classe.png : {err}", file=sys.stderr)
        return False
    return True


def write_markdown(report, params, names, graded, everything, results, rules, kit, grades, drew):
    out = io.StringIO()
    p = out.write
    now = datetime.datetime.now().strftime("%d/%m/%Y à %H:%M")
    p(f"# Correction du {now}\n\n")
    p(f"Copies : {md(text(params['copies'].encode('utf-8', 'surrogateescape'), 500))} ; "
      f"au plus {params['delai']} s par test, {params['mode']}. Détail de chaque question :\n"
      "`journaux/NNN-COPIE/NN.construction.log`, `NN.tests.log`, `NN.programme.log`.\n\n")
    not_graded = [q for q in everything if q not in graded]
    p("Questions corrigées : " + ", ".join(graded))
    if not_graded:
        p(" ; **non corrigées, 0 point dans la note** : " + ", ".join(not_graded))
    p(".\n\n")
    p("| copie |" + "".join(f" {q} |" for q in graded) + " réussies | points |\n")
    p("|---|" + "---|" * len(graded) + "---|---|\n")
    details, same = [], {}
    for i, (name, (per_question, _)) in enumerate(zip(names, results)):
        row = f"| {md(name)} |"
        passed = 0
        total = 0
        for q in graded:
            r = per_question[q]
            nn = q[:2]
            passed += r["status"] == "réussi"
            total += r["points"]
            row += f" {MARKS.get(r['status'], '✘')} {r['status']} ({number(r['points'])}/{number(rules[nn])}) |"
            if r["status"] != "réussi":
                details.append(f"- **{md(name)}**, question {nn}, {r['status']} : {md(r['message'])}\n")
            if r["print"] and r["print"] != kit_print(kit, nn, "empreinte-exercice"):
                same.setdefault((nn, r["print"]), []).append(i)
        p(f"{row} {passed} / {len(graded)} | {number(total)} / {number(grades['full'])} |\n")
    p("\n")
    if details:
        p("## Ce qui n'est pas réussi\n\n" + "".join(details))
    else:
        p("Toutes les questions sont réussies.\n")
    similar = []
    for (nn, print_), group in same.items():
        who = ", ".join(md(names[i]) for i in group)
        if print_ == kit_print(kit, nn, "empreinte"):
            similar.append(f"- question {nn} : identique au corrigé : {who}\n")
        elif len(group) > 1:
            similar.append(f"- question {nn} : copies identiques entre elles : {who}\n")
    if similar:
        p("\n## Copies identiques (pour information, sans effet sur le statut)\n\n"
          "Aux commentaires et aux blancs près :\n\n" + "".join(sorted(similar)))
    p("\n## Notes\n\n")
    p(f"Sur {number(grades['out_of'])}, d'après `scripts/bareme.txt` ({number(grades['full'])} points "
      f"pour les {len(everything)} questions) : {scale_rules.RULE}")
    if not_graded:
        p(f" Les questions non corrigées ({', '.join(q[:2] for q in not_graded)}) comptent 0 : "
          "la note n'est pas ramenée aux seules questions corrigées.")
    p("\n\n")
    if params.get("liste"):
        p(f"`notes.csv` : à importer dans Moodle, colonne `{md(grades['column'])}` "
          "(l'identifiant de la liste de la classe).\n")
        if grades["orphans"]:
            p(f"\n**{len(grades['orphans'])} copie(s) absente(s) de la liste de la classe**, hors de "
              "`notes.csv` (leurs notes : `notes-sans-identifiant.csv`) : "
              + ", ".join(md(o) for o in grades["orphans"]) + "\n")
        if grades["missing"]:
            p(f"\n{len(grades['missing'])} étudiant(s) de la liste sans copie (pas de ligne dans "
              "`notes.csv`) : " + ", ".join(md(text(m.encode('utf-8', 'replace'), 300))
                                             for m in grades["missing"]) + "\n")
    else:
        p("`notes.csv` : colonne `identifiant` = le nom du dossier de la copie ; pour l'importer "
          "dans Moodle, relancez avec `--liste` (voir docs/enseignant.md).\n")
    if drew:
        p("\n![la classe : une ligne par copie, une colonne par question](classe.png)\n")
    (report / "rapport.md").write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    try:
        main()
    except scale_rules.Failure as e:
        sys.exit(f"rapport : {e}")
