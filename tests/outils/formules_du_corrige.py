#!/usr/bin/env python3
"""Les expressions du corrigé qu'un exercice contient.

    tests/outils/formules_du_corrige.py EXERCICES SOLUTIONS

Pour chaque ligne de code de SOLUTIONS/NN_nom/*.cpp (commentaires retirés)
qui contient une expression arithmétique, l'expression (sans « return »,
sans la variable qui la reçoit, sans espaces ; au moins 6 caractères, pour
ne pas compter « k + 1 ») est cherchée dans EXERCICES/NN_nom/*.cpp, espaces
retirés, commentaires compris. Écrit chaque expression trouvée ; code de
sortie 1 s'il y en a, 0 sinon.
"""
import pathlib
import re
import sys

ARITHMETIC = re.compile(r"[\w)\]]\s*[-+*/]\s*[\w(.]")
TARGET = re.compile(r"^(return\s+|(const\s+)?[\w:<>]+\s+\w+\s*=\s*|[\w.\[\]]+\s*[-+*/]?=\s*)")


def expressions(solution):
    for line in solution.read_text(encoding="utf-8").splitlines():
        code = line.split("//")[0].strip()
        if code.startswith("#") or not ARITHMETIC.search(code):
            continue
        expr = re.sub(r"\s+", "", TARGET.sub("", code).rstrip(";{ "))
        if len(expr) >= 6:
            yield expr


def main(exercises, solutions):
    found = 0
    for question in sorted(pathlib.Path(solutions).glob("[0-9][0-9]_*")):
        stubs = sorted((pathlib.Path(exercises) / question.name).glob("*.cpp"))
        text = "".join(re.sub(r"\s+", "", s.read_text(encoding="utf-8")) for s in stubs)
        for solution in sorted(question.glob("*.cpp")):
            for expr in sorted(set(expressions(solution))):
                if expr in text:
                    print(f"{question.name} : « {expr} » ({solution.name})")
                    found += 1
    return 1 if found else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
