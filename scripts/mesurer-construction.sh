#!/usr/bin/env bash
# Mesure le temps de construction du cahier, avec /usr/bin/time :
#   1. configuration + construction complète, dans un dossier neuf ;
#   2. la boucle de l'étudiant : un fichier d'exercice modifié, puis
#      « cmake --build … », et ses tests seuls (ctest -R NN.exercice) ou tous
#      ceux de la question (ctest -L NN : corrigé, mutants, figures compris).
# Puis les unités de compilation les plus longues (d'après .ninja_log).
#
#   scripts/mesurer-construction.sh [QUESTION] [DOSSIER]
#     QUESTION  numéro de la question dont on touche l'exercice (01 par défaut)
#     DOSSIER   dossier de construction (un dossier temporaire par défaut,
#               effacé à la fin) ; TD4_JOBS : nombre de tâches (2 par défaut)
set -euo pipefail
cd "$(dirname "$0")/.."

question=${1:-01}
jobs=${TD4_JOBS:-2}
if [ -n "${2:-}" ]; then
  build=$2
  rm -rf "$build"
else
  build=$(mktemp -d "${TMPDIR:-/tmp}/td4-mesure.XXXXXX")
  trap 'rm -rf "$build"' EXIT
fi
[ -x /usr/bin/time ] || { echo "Erreur : /usr/bin/time manque (paquet Debian time)." >&2; exit 1; }

exercise=$(ls exercises/"$question"_*/*.cpp 2>/dev/null | head -n 1 || true)
[ -n "$exercise" ] || { echo "Erreur : pas d'exercice pour la question $question." >&2; exit 1; }

# La durée écoulée d'une commande (en s), sa sortie dans un journal ; le
# temps de processeur (utilisateur + système, en s) dans $build.cpu.
mesurer() {
  local log=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$build.temps" "$@" >"$log" 2>&1 || {
    echo "Erreur : échec de « $* », voir $log" >&2
    exit 1
  }
  awk '{ print $2 + $3 }' "$build.temps" >"$build.cpu"
  awk '{ print $1 }' "$build.temps"
  rm -f "$build.temps"
}

echo "Machine : $(nproc) cœur(s), $jobs tâche(s) de compilation ; $(g++ --version | head -n 1)"

configure=$(mesurer "$build.configuration.log" cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release)
construction=$(mesurer "$build.construction.log" cmake --build "$build" --parallel "$jobs")
cpu=$(cat "$build.cpu")
units=$(awk 'NR > 1 && $4 ~ /\.o$/' "$build/.ninja_log" | wc -l)
echo "Configuration (neuve)                  : $configure s"
echo "Construction complète                  : $construction s ($units unités de compilation, $cpu s de processeur)"

# La boucle de l'étudiant : l'exercice est modifié (sa date suffit).
touch "$exercise"
reconstruction=$(mesurer "$build.reconstruction.log" cmake --build "$build" --parallel "$jobs")
seul=$(mesurer "$build.exercice.log" ctest --test-dir "$build" -R "^$question\.exercice\$")
corrige=$(mesurer "$build.corrige.log" ctest --test-dir "$build" -R "^$question\.solution\$")
tests=$(mesurer "$build.tests.log" ctest --test-dir "$build" -L "$question" --parallel "$jobs")
echo "Après modification de $exercise :"
echo "  reconstruction                       : $reconstruction s"
echo "  tests de l'exercice ($question.exercice)     : $seul s"
echo "  les mêmes sur le corrigé ($question.solution) : $corrige s (un exercice terminé)"
echo "  tous les tests de la question (-L $question) : $tests s"
echo "  reconstruction + tests de l'exercice : $(awk "BEGIN { print $reconstruction + $seul }") s"
echo "  reconstruction + tests de la question : $(awk "BEGIN { print $reconstruction + $tests }") s"

echo "Les 10 unités de compilation les plus longues (construction complète, s) :"
# .ninja_log : début, fin (ms), date, sortie, empreinte ; la première ligne
# est un en-tête, et la reconstruction ajoute des lignes (on garde la première).
awk 'NR > 1 && $4 ~ /\.o$/ && !seen[$4]++ { printf "  %6.1f  %s\n", ($2 - $1) / 1000, $4 }' \
  "$build/.ninja_log" | sort -rn | head -n 10
rm -f "$build".*.log "$build.cpu"
