#!/usr/bin/env bash
# Vérifie le niveau ouvert de l'édition des étudiants
# (scripts/edition-etudiant.sh --niveau ouvert) :
#   1. ses exercices ne contiennent aucune expression du corrigé
#      (tests/outils/formules_du_corrige.py, qui en trouve bien dans les
#      exercices guidés), ni les formules des commentaires guidés ;
#   2. ses indices commencent par ces formules ;
#   3. ni ses pages ni ses reponses.txt ne donnent les réponses du TD ;
#   4. ses exercices compilent et sont « à compléter » (Skipped), jamais en
#      échec, sous les mêmes tests ; les corrigés, copiés à leur place,
#      passent ces tests.
#   tests/outils/niveau_ouvert.sh [DOSSIER_DE_TRAVAIL]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work_dir=${1:-$root/build-niveau-ouvert}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "ÉCHEC : $*"; exit 1; }

# La construction dans l'édition, comme build/ dans le dépôt : les chemins
# relatifs sont les mêmes, ccache reprend les objets du dépôt.
edition="$work_dir/edition"
build="$edition/build"
rm -rf "$work_dir"
mkdir -p "$work_dir"
"$root/scripts/edition-etudiant.sh" --niveau ouvert "$edition" >/dev/null \
  || fail "scripts/edition-etudiant.sh --niveau ouvert a échoué"
cd "$edition"

echo "== 1. Aucune formule du corrigé dans les exercices"
python3 "$root/tests/outils/formules_du_corrige.py" "$root/exercises" "$root/solutions" >/dev/null \
  && fail "la vérification ne trouve rien dans les exercices guidés : elle ne sait plus échouer"
python3 "$root/tests/outils/formules_du_corrige.py" exercises "$root/solutions" \
  || fail "des expressions du corrigé sont dans les exercices du niveau ouvert"
# Les formules que donnent les commentaires guidés : chacune doit y être
# (sinon la liste est périmée), aucune dans les exercices ouverts.
formulas=("01:atanh(y)/κ" "01:(1 − tanh²" "02:dt · dr/dt" "02:std::min(k * dt" "03:1 − 2/(w·rmax·κ)"
  "04:λ = (w·Φ'" "04:32·ε·rmax" "05:wEI·Φ'(IE)/τE" "05:T/2 ± √" "05:g'(rE) ="
  "06:J0·S + J1·" "06:√(dt/tau)" "06:atan2(Y, X)")
for entry in "${formulas[@]}"; do
  nn=${entry%%:*} formula=${entry#*:}
  grep -qF -- "$formula" "$root"/exercises/"$nn"_*/*.cpp \
    || fail "« $formula » n'est plus dans l'exercice guidé $nn : mettez la liste à jour"
  if grep -qF -- "$formula" exercises/"$nn"_*/*.cpp; then
    fail "le niveau ouvert de $nn contient « $formula »"
  fi
done
for q in "$root"/scripts/edition-etudiant/ouvert/[0-9][0-9]_*; do
  q=${q##*/}
  cmp -s "exercises/$q/${q#??_}.cpp" "$root/scripts/edition-etudiant/ouvert/$q/${q#??_}.cpp" \
    || fail "exercises/$q n'est pas l'exercice du niveau ouvert"
done

echo "== 2. Les formules sont dans les indices, en premier"
first=$(awk '/^## /{ print; exit }' docs/indices/04_stabilite.md)
[[ $first == *"linéarisation"* ]] || fail "le premier indice de 04 n'est pas la linéarisation (reçu : $first)"
grep -qF "λ = (w·Φ'(Iext + w·r*) − 1)/τ" docs/indices/04_stabilite.md || fail "λ manque aux indices de 04"
grep -q "^## Un coup de pouce" docs/indices/04_stabilite.md || fail "les indices du niveau guidé ont disparu"

echo "== 3. Les réponses du TD restent chez l'enseignant"
! grep -rq -e "<!-- réponses -->" -e "0{,}0336" -e "46,9 ms" docs \
  || fail "des réponses du TD sont dans les pages de l'édition"
! grep -qE "^[A-Za-z0-9_]+[[:space:]]*=[[:space:]]*[^[:space:]]" exercises/*/reponses.txt \
  || fail "un reponses.txt de l'édition n'est pas vide"

echo "== 4. Les mêmes tests : exercices à compléter, corrigés réussis"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$work/cmake.log" 2>&1 \
  || { tail -n 30 "$work/cmake.log"; fail "la configuration a échoué"; }
targets=()
for q in exercises/[0-9][0-9]_*; do q=${q##*/}; targets+=("test_ex${q%%_*}"); done
cmake --build "$build" --target "${targets[@]}" -j2 >"$work/build.log" 2>&1 \
  || { grep -m 20 -E "error|erreur" "$work/build.log"; fail "les exercices du niveau ouvert ne compilent pas"; }
ctest --test-dir "$build" -L exercices >"$work/ctest.log" 2>&1 \
  || { tail -n 30 "$work/ctest.log"; fail "des tests échouent sur les exercices du niveau ouvert"; }
skipped=$(grep -cE "^[[:space:]]+[0-9]+ - [0-9][0-9]\.exercice \(Skipped\)" "$work/ctest.log" || true)
[ "$skipped" -eq "${#targets[@]}" ] || { cat "$work/ctest.log"; fail "$skipped exercices « à compléter » sur ${#targets[@]}"; }
cp -r "$root"/solutions/. exercises/
cmake --build "$build" --target "${targets[@]}" -j2 >"$work/build.log" 2>&1 \
  || { grep -m 20 -E "error|erreur" "$work/build.log"; fail "les corrigés ne compilent pas"; }
ctest --test-dir "$build" -L exercices >"$work/ctest.log" 2>&1 \
  || { tail -n 30 "$work/ctest.log"; fail "les corrigés échouent aux tests du niveau ouvert"; }
echo "Niveau ouvert : réussi (${#targets[@]} questions)."
