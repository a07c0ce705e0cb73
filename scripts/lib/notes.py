"""Les notes d'une classe et son image, d'après le rapport de correction.

    python3 scripts/lib/notes.py RAPPORT BAREME SUR

Lit RAPPORT/rapport.csv (une ligne par copie et par question) et écrit
  RAPPORT/notes.csv   une ligne par copie : identifiant, les points de chaque
                      question (ceux du barème si elle est réussie, 0 sinon),
                      le total ramené sur SUR ; ce que l'import de notes de
                      Moodle lit (colonne d'identifiant, séparateur virgule,
                      point décimal) ;
  RAPPORT/classe.png  la classe d'un coup d'œil : copies × questions, une
                      couleur par statut (gnuplot), si gnuplot est là.
"""
import csv
import pathlib
import shutil
import subprocess
import sys

STATUSES = ["réussi", "à corriger", "à compléter", "ne compile pas", "délai dépassé"]
COLOURS = ["#2ca02c", "#d62728", "#c7c7c7", "#8c1c13", "#ff7f0e"]


def read_scale(bareme):
    points = {}
    for line in pathlib.Path(bareme).read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and not words[0].startswith("#"):
            points[words[0]] = float(words[1])
    return points


def number(x):
    return f"{x:.2f}".rstrip("0").rstrip(".")


def write_grades(report, rows, copies, questions, points, scale):
    status = {(r["copie"], r["question"]): r["statut"] for r in rows}
    # Le total du barème pour les questions corrigées ; les autres n'y comptent pas.
    full = sum(points.get(q, 0.0) for q in questions) or 1.0
    with open(report / "notes.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["identifiant"] + [f"question_{q}" for q in questions] + [f"note_sur_{number(scale)}"])
        for c in copies:
            got = [points.get(q, 0.0) if status.get((c, q)) == "réussi" else 0.0 for q in questions]
            w.writerow([c] + [number(g) for g in got] + [number(sum(got) / full * scale)])


def draw_class(report, rows, copies, questions):
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        print("notes : gnuplot est introuvable, pas d'image de la classe (classe.png)", file=sys.stderr)
        return
    status = {(r["copie"], r["question"]): r["statut"] for r in rows}
    data = report / ".classe.dat"
    with open(data, "w", encoding="utf-8") as out:
        for i, c in enumerate(copies):
            for j, q in enumerate(questions):
                s = status.get((c, q), "à compléter")
                out.write(f"{j} {i} {STATUSES.index(s) if s in STATUSES else 1}\n")
            out.write("\n")
    # Les noms tels quels dans les graduations, sauf ce qui gênerait gnuplot.
    label = lambda s: "".join(ch if ch.isprintable() and ch not in "\"\\'" else "?" for ch in s)[:30]
    ytics = ", ".join(f'"{label(c)}" {i}' for i, c in enumerate(copies))
    xtics = ", ".join(f'"{q}" {j}' for j, q in enumerate(questions))
    palette = ", ".join(f'{k} "{col}"' for k, col in enumerate(COLOURS))
    keys = "".join(f"set label {k + 1} \"■ {s}\" at screen 0.02 + {k} * 0.19, screen 0.03 "
                   f"tc rgb \"{COLOURS[k]}\" font \",10\"\n" for k, s in enumerate(STATUSES))
    height = max(300, 120 + 22 * len(copies))
    script = f"""set terminal pngcairo size 800,{height} noenhanced
set output '{report / "classe.png"}'
set encoding utf8
set title "La classe : une ligne par copie, une colonne par question"
set xtics ({xtics}) scale 0
set ytics ({ytics}) scale 0
set yrange [{len(copies) - 0.5}:-0.5]
set xrange [-0.5:{len(questions) - 0.5}]
set cbrange [-0.5:{len(STATUSES) - 0.5}]
set palette maxcolors {len(STATUSES)}
set palette defined ({palette})
unset colorbox
set bmargin 5
{keys}plot '{data}' using 1:2:3 with image notitle
"""
    done = subprocess.run([gnuplot], input=script, text=True, capture_output=True)
    data.unlink()
    if done.returncode != 0:
        print(f"notes : gnuplot n'a pas pu dessiner classe.png : {done.stderr.strip()[:200]}", file=sys.stderr)


def main():
    report, bareme, scale = pathlib.Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    with open(report / "rapport.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    copies = list(dict.fromkeys(r["copie"] for r in rows))
    questions = list(dict.fromkeys(r["question"] for r in rows))
    write_grades(report, rows, copies, questions, read_scale(bareme), scale)
    if copies:
        draw_class(report, rows, copies, questions)


if __name__ == "__main__":
    main()
