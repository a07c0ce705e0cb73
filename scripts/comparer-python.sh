#!/usr/bin/env bash
# Compare la vitesse de la tâche principale du cahier (chaque corrigé lancé
# sans écran, figures PNG comprises) à son équivalent Python/NumPy/SciPy
# (scripts/equivalent-python.py), puis les calculs seuls (--terminal aucun).
# Chaque mesure est la meilleure de N essais (3 par défaut).
#
#   scripts/comparer-python.sh [DOSSIER_DE_CONSTRUCTION] [N]
#
# Installe d'abord ce qui manque à Python (paquets Debian python3-numpy,
# python3-scipy, python3-matplotlib ; avec sudo si vous n'êtes pas root), et
# construit les corrigés si le dossier de construction (build/ par défaut)
# n'en contient pas.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
essais=${2:-3}

# 1. Python, NumPy, SciPy, Matplotlib : seulement ce qui manque.
scripts/installer-dependances.sh python3 python3-numpy python3-scipy python3-matplotlib

# Le Python de Debian, celui des paquets installés (pas celui d'un pyenv ou
# d'un virtualenv qui le précéderait dans le PATH).
export py=/usr/bin/python3
[ -x "$py" ] || py=python3

# 2. Les corrigés, construits si besoin.
if ! ls "$build"/bin/sol[0-9][0-9]_* >/dev/null 2>&1; then
  echo "Construction des corrigés dans $build…"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --parallel "${TD4_JOBS:-2}" >/dev/null
fi
programmes=("$build"/bin/sol[0-9][0-9]_*)

travail=$(mktemp -d "${TMPDIR:-/tmp}/td4-comparaison.XXXXXX")
trap 'rm -rf "$travail"' EXIT

# La meilleure durée (s) de N lancements d'une commande.
meilleur() {
  local best="" t
  for _ in $(seq "$essais"); do
    /usr/bin/time -f "%e" -o "$travail/temps" "$@" >/dev/null 2>"$travail/erreurs" || {
      echo "Erreur : échec de « $* » :" >&2
      cat "$travail/erreurs" >&2
      exit 1
    }
    t=$(cat "$travail/temps")
    if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
  done
  echo "$best"
}

cpp() {  # tous les corrigés, l'un après l'autre, comme la cible « figures »
  local terminal=$1 p
  rm -rf "$travail/cpp"
  for p in "${programmes[@]}"; do "$p" --terminal "$terminal" --sortie "$travail/cpp"; done
}
export travail  # utilisé par les fonctions lancées dans « bash -c »
python() {
  rm -rf "$travail/python"
  "$py" scripts/equivalent-python.py --terminal "$1" --sortie "$travail/python"
}

echo "Corrigés C++ : ${programmes[*]##*/}"
echo "Meilleur de $essais essais, en secondes (temps écoulé) :"
cpp_png=$(meilleur bash -c "$(declare -p programmes); $(declare -f cpp); cpp png")
py_png=$(meilleur bash -c "$(declare -f python); python png")
cpp_calc=$(meilleur bash -c "$(declare -p programmes); $(declare -f cpp); cpp aucun")
py_calc=$(meilleur bash -c "$(declare -f python); python aucun")
n_cpp=$(cpp png | grep -c '^# figure :' || true)
n_py=$(python png | grep -c '^# figure :' || true)
ratio() { awk "BEGIN { printf \"%.1f\", $1 / $2 }"; }
printf '%-34s %8s %8s %8s\n' "" "C++" "Python" "rapport"
printf '%-34s %8s %8s %8s\n' "avec les figures PNG ($n_cpp / $n_py)" "$cpp_png" "$py_png" "$(ratio "$py_png" "$cpp_png")"
printf '%-34s %8s %8s %8s\n' "calculs seuls (--terminal aucun)" "$cpp_calc" "$py_calc" "$(ratio "$py_calc" "$cpp_calc")"
