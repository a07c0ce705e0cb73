"""Le barème et la liste de la classe, pour les notes.

Le barème (scripts/bareme.txt) : une ligne « NN POINTS » par question,
POINTS entier. La règle, la même partout (notes.csv, rapport.md,
classe.png, étapes GitHub Classroom de l'édition des étudiants) : une
question de P points en rapporte un par tranche de 1/P de ses cas de test
réussis, arrondi au point inférieur, soit ⌊P × réussis / cas⌋ ; 0 si elle
ne compile pas ou si ses tests s'arrêtent avant leur bilan.

    python3 scripts/lib/bareme.py verifier BAREME NN…
        vérifie le barème (une ligne par question NN) ;
    python3 scripts/lib/bareme.py liste FICHIER NOMS
        vérifie la liste de la classe contre les copies (NOMS : leurs noms
        séparés par NUL) ; dit sur stderr les copies qui n'y sont pas.
"""
import csv
import pathlib
import re
import sys

RULE = ("une question de P points en rapporte un par tranche de 1/P de ses cas réussis "
        "(⌊P × réussis / cas⌋, 0 si elle ne compile pas).")

# Les colonnes d'identifiant de l'export des participants de Moodle (français,
# anglais), par ordre de préférence, et les noms qu'accepte son import de notes.
ID_COLUMNS = ["numéro d'identification", "id number", "idnumber",
              "adresse de courriel", "adresse courriel", "email address", "email", "courriel",
              "nom d'utilisateur", "username"]


class Failure(Exception):
    pass


def read(path, questions=None):
    """{NN: points} ; chaque NN parmi QUESTIONS (si donné), 0 pour celles absentes."""
    rules = {}
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise Failure(f"barème illisible : {path} ({e})")
    for n, line in enumerate(lines, 1):
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        known = questions is None or words[0] in questions
        if len(words) != 2 or not words[1].isdigit() or not known or not re.fullmatch(r"\d\d", words[0]):
            among = f"NN parmi {', '.join(questions)}" if questions else "NN sur deux chiffres"
            raise Failure(f"{path}, ligne {n} : « {line.strip()} » ; attendu : NN POINTS "
                          f"({among}, POINTS entier)")
        rules[words[0]] = int(words[1])
    for nn in questions or []:
        rules.setdefault(nn, 0)
    return rules


def points(full, passed, cases):
    """⌊full × passed / cases⌋, en entiers (pas d'arrondi flottant)."""
    if cases <= 0 or passed <= 0:
        return 0
    return full * min(passed, cases) // cases


class ClassList:
    def __init__(self, column, ids, unused):
        self.column = column  # le nom de la colonne d'identifiant (en-tête de notes.csv)
        self.ids = ids        # nom du dossier (octets) → identifiant
        self.unused = unused  # lignes sans copie (identifiants)


def read_class_list(path):
    """La liste de la classe : l'export CSV des participants de Moodle, avec
    une colonne « copie » ajoutée (le nom du dossier de la copie de chacun)."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        raise Failure(f"--liste : fichier illisible : {path} ({e.strerror})")
    body = raw.decode("utf-8-sig", errors="surrogateescape")
    try:
        dialect = csv.Sniffer().sniff(body.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(body.splitlines(), dialect))
    if not rows:
        raise Failure(f"--liste : {path} est vide")
    header = [h.strip().lower() for h in rows[0]]
    if "copie" not in header:
        raise Failure(f"--liste : {path} n'a pas de colonne « copie » (le dossier de la copie de "
                      "chaque étudiant) ; colonnes lues : " + ", ".join(rows[0]))
    at_copy = header.index("copie")
    chosen = None
    for name in ID_COLUMNS:
        if name in header:
            k = header.index(name)
            if all(len(r) > k and r[k].strip() for r in rows[1:] if len(r) > at_copy and r[at_copy].strip()):
                chosen = k
                break
    if chosen is None:
        raise Failure(f"--liste : {path} n'a pas de colonne d'identifiant remplie pour chaque copie "
                      "(adresse de courriel, numéro d'identification ou nom d'utilisateur)")
    ids, unused = {}, []
    for n, r in enumerate(rows[1:], 2):
        if not any(c.strip() for c in r):
            continue
        copy = r[at_copy].strip() if len(r) > at_copy else ""
        ident = r[chosen].strip() if len(r) > chosen else ""
        if not copy:
            unused.append(ident)
            continue
        key = copy.encode("utf-8", "surrogateescape")
        if key in ids:
            raise Failure(f"--liste : {path}, ligne {n} : la copie « {copy} » est déjà à la ligne "
                          "d'un autre étudiant")
        ids[key] = ident
    return ClassList(rows[0][chosen].strip(), ids, unused)


def check_class_list(path, names_file):
    classes = read_class_list(path)
    names = [n for n in open(names_file, "rb").read().split(b"\0") if n]
    present = set(names)
    lost = [n.decode("utf-8", "replace") for n in names if n not in classes.ids]
    ghosts = [k.decode("utf-8", "replace") for k in classes.ids if k not in present]
    if lost:
        print(f"Attention : {len(lost)} copie(s) absente(s) de la liste de la classe ({path}) : "
              + ", ".join(repr(n) for n in lost)
              + ". Elles seront corrigées, mais leurs notes iront dans notes-sans-identifiant.csv, "
              "pas dans notes.csv.", file=sys.stderr)
    if ghosts:
        print(f"Attention : {len(ghosts)} copie(s) de la liste introuvable(s) dans le dossier des "
              "copies : " + ", ".join(repr(n) for n in ghosts), file=sys.stderr)
    print(f"Liste de la classe : {len(classes.ids)} étudiant(s), identifiant Moodle « {classes.column} ».",
          file=sys.stderr)


def main():
    try:
        if sys.argv[1:2] == ["liste"] and len(sys.argv) == 4:
            check_class_list(sys.argv[2], sys.argv[3])
        elif sys.argv[1:2] == ["verifier"] and len(sys.argv) >= 3:
            read(sys.argv[2], sys.argv[3:])
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except Failure as e:
        print(f"corriger-classe.sh : {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
