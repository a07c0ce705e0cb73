#!/usr/bin/env bash
# tests/affichage/deux_essais.sh SCRIPT ARGUMENTS… : lance un test du bureau
# et, s'il échoue (code 1), une seconde fois. Ces tests attendent des
# fenêtres d'un gnuplot-qt et d'un gestionnaire de fenêtres, qu'une machine
# très chargée peut retarder au-delà de toute attente raisonnable ; un défaut
# du programme, lui, échoue aux deux essais. Le premier échec reste écrit.
set -uo pipefail
"$@"
code=$?
[ "$code" -eq 1 ] || exit "$code"
echo "(premier essai en échec, ci-dessus ; second essai)" >&2
exec "$@"
