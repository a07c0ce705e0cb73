#!/usr/bin/env python3
"""Les réponses d'une classe aux questions du TD, rassemblées pour l'enseignant.

    scripts/lib/reponses-classe.py COPIES [SORTIE]

COPIES : un sous-dossier par étudiant, la copie de exercises/ (ou un dépôt qui
le contient). Chaque NN_nom/reponses.txt est lu comme une donnée hostile
(taille bornée, lignes strictes, UTF-8 invalide remplacé). SORTIE (défaut :
./reponses.md) reçoit, par question : la répartition des réponses vérifiables
(combien d'étudiants ont répondu 1, 2, 3 points fixes) et, côte à côte, les
réponses libres de chacun. Les clés et les questions viennent des fichiers
reponses.txt du cahier (exercises/), pas des copies.
"""

import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_BYTES = 64 * 1024          # comme td4/answers.hpp
MAX_TEXT = 300                 # une réponse libre, coupée au-delà
MAX_NAME = 60
KEY_LINE = re.compile(r"^[ \t]*([A-Za-z0-9_]+)[ \t]*=(.*)$")
FREE_MARK = "# Réponses libres"


def die(code, message):
    print(f"reponses-classe.py : {message}", file=sys.stderr)
    sys.exit(code)


def clean(text, limit):
    """Une ligne sûre : sans caractères de contrôle ni de mise en forme
    (les contrôles bidirectionnels, qui retourneraient le texte, compris),
    coupée à `limit` caractères."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(" " if ch in "\t\n\r" else "\N{REPLACEMENT CHARACTER}")
        else:
            out.append(ch)
    text = "".join(out).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def markdown(text):
    """Du texte brut dans une cellule de tableau Markdown : aucune balise,
    aucun lien, aucune mise en forme ne passe."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|~])", r"\\\1", text)


def template(question_dir):
    """Les clés d'une question, dans l'ordre, avec leur question (les lignes de
    commentaire juste au-dessus) et leur genre : libre ou vérifiable."""
    keys, comment, free = [], [], False
    text = (question_dir / "reponses.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith(FREE_MARK):
            free = True
            comment = []
        elif line.startswith("#"):
            comment.append(line.lstrip("#").strip())
        elif (m := KEY_LINE.match(line)):
            keys.append((m.group(1), " ".join(comment), free))
            comment = []
        else:
            comment = []
    return keys


def read_answers(path):
    """Les réponses d'une copie : {clé: texte} (vide si absent ou refusé), et
    un mot sur le fichier s'il est refusé."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return {}, "pas de reponses.txt"
    except OSError as e:
        return {}, f"illisible ({e.strerror})"
    if len(data) > MAX_BYTES:
        return {}, "fichier trop gros"
    text = data.decode("utf-8", errors="replace")
    answers = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = KEY_LINE.match(line)
        if m and m.group(1) not in answers:
            answers[m.group(1)] = m.group(2).strip()
    return answers, ""


def normalized(value):
    """Une réponse vérifiable, regroupée avec ses variantes d'écriture :
    casse, accents, virgule décimale, espaces."""
    v = unicodedata.normalize("NFKD", value.replace("œ", "oe").replace("Œ", "oe"))
    v = "".join(c for c in v if not unicodedata.combining(c)).lower().strip()
    v = re.sub(r"[ \t-]+", "_", v)
    return v.replace(",", ".")


def copy_root(copy):
    return copy / "exercises" if (copy / "exercises").is_dir() else copy


def main(argv):
    if len(argv) >= 2 and argv[1] in ("-h", "--aide", "--help"):
        print(__doc__.strip())
        return 0
    if len(argv) not in (2, 3):
        die(2, "usage : scripts/lib/reponses-classe.py COPIES [SORTIE]")
    copies = pathlib.Path(argv[1])
    if not copies.is_dir():
        die(2, f"COPIES doit être un dossier (reçu : {argv[1]!r})")
    out = pathlib.Path(argv[2] if len(argv) == 3 else "reponses.md")
    questions = sorted(p for p in (ROOT / "exercises").glob("[0-9][0-9]_*")
                       if (p / "reponses.txt").is_file())
    students = sorted((p for p in copies.iterdir() if p.is_dir() and not p.is_symlink()),
                      key=lambda p: p.name)
    names = {s: clean(s.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                      MAX_NAME) for s in students}

    lines = ["# Les réponses de la classe", "",
             f"{len(students)} copie(s) de {markdown(str(copies))}. Les réponses vérifiables "
             "sont notées par les tests (réponses de chaque question) ; les réponses libres "
             "ne sont lues que par vous.", ""]
    for q in questions:
        keys = template(q)
        lines += [f"## {q.name}", ""]
        sheets, problems = {}, {}
        for s in students:
            sheets[s], problems[s] = read_answers(copy_root(s) / q.name / "reponses.txt")
        refused = [s for s in students if problems[s]]
        if refused:
            lines += ["Sans réponses lisibles : " + ", ".join(
                f"{markdown(names[s])} ({problems[s]})" for s in refused) + ".", ""]
        checkable = [(k, text) for k, text, free in keys if not free]
        if checkable:
            lines += ["### Réponses vérifiables", "", "| question | clé | réponses (nombre d'étudiants) |",
                      "|---|---|---|"]
            for key, text in checkable:
                counts, shown = {}, {}
                for s in students:
                    value = sheets[s].get(key, "")
                    norm = normalized(value) if value else ""
                    counts[norm] = counts.get(norm, 0) + 1
                    shown.setdefault(norm, clean(norm, 40) if value else "(vide)")
                spread = " ; ".join(f"{markdown(shown[v])} : {n}" for v, n in
                                    sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
                lines.append(f"| {markdown(clean(text, 200))} | `{key}` | {spread} |")
            lines.append("")
        for key, text, free in keys:
            if not free:
                continue
            lines += [f"### {markdown(clean(text, 200))} (`{key}`)", "",
                      "| étudiant | réponse |", "|---|---|"]
            for s in students:
                value = clean(sheets[s].get(key, ""), MAX_TEXT)
                lines.append(f"| {markdown(names[s])} | {markdown(value) if value else '*(vide)*'} |")
            lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"Réponses de {len(students)} copie(s) écrites dans {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
