#!/usr/bin/env bash
# Où en êtes-vous ? Construit vos exercices question par question, lance
# leurs tests et affiche une ligne par question (réussi, à corriger,
# à compléter, ne compile pas), puis la prochaine étape.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/td4.sh"

usage() {
  cat <<FIN
Usage : scripts/progres.sh [options] [QUESTION...]

Construit vos exercices et dit, pour chaque question, si elle est réussie,
à corriger (avec la première vérification en échec), à compléter, ou si
elle ne compile pas (avec la première erreur), puis la prochaine étape.

  QUESTION                 01, 1 ou courbe_fI : seulement ces questions
  --construction DOSSIER   dossier de construction (défaut : build)
  --delai SECONDES         durée maximale des tests d'une question (défaut : 60)
  --verdict                code de sortie 0 seulement si toutes ces questions
                           sont réussies (1 sinon)
  --au-moins K/P           code de sortie 0 seulement si la question (une
                           seule) vaut au moins K de ses P points : un point par
                           tranche de 1/P de ses cas réussis (notation automatique)
  --junit FICHIER          écrit le rapport JUnit : une suite par question, un
                           cas par vérification (et la compilation)
  --resume FICHIER         ajoute à FICHIER le tableau Markdown des questions
                           (statut, cas réussis, points de scripts/bareme.txt)
  -h, --aide               cette aide
FIN
}

build="$TD4_ROOT/build"
limit=60
verdict=false
at_least="" junit="" summary_file=""
wanted=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --aide | --help) usage; exit 0 ;;
    --construction)
      [ -n "${2:-}" ] || td4_die 2 "l'option --construction attend un dossier"
      build=$(realpath -m "$2"); shift 2 ;;
    --delai)
      [[ ${2:-} =~ ^[1-9][0-9]*$ ]] \
        || td4_die 2 "--delai attend un nombre entier de secondes > 0 (reçu : ${2:-rien})"
      limit=$2; shift 2 ;;
    --verdict) verdict=true; shift ;;
    --au-moins)
      [[ ${2:-} =~ ^([1-9][0-9]*)/([1-9][0-9]*)$ ]] && [ "${BASH_REMATCH[1]}" -le "${BASH_REMATCH[2]}" ] \
        || td4_die 2 "--au-moins attend K/P, K points sur P avec 1 ≤ K ≤ P (reçu : ${2:-rien})"
      at_least=$2; shift 2 ;;
    --junit | --resume)
      [ -n "${2:-}" ] || td4_die 2 "$1 attend un fichier"
      if [ "$1" = --junit ]; then junit=$(realpath -m "$2"); else summary_file=$(realpath -m "$2"); fi
      shift 2 ;;
    -*) td4_die 2 "option inconnue : $1 (voir --aide)" ;;
    *)
      q=$(td4_resolve_question "$1") \
        || td4_die 2 "question inconnue : $1 (questions : $(td4_question_list))"
      wanted+=("$q"); shift ;;
  esac
done
[ -z "$at_least" ] || [ ${#wanted[@]} -eq 1 ] \
  || td4_die 2 "--au-moins porte sur une seule question (reçu : ${#wanted[@]})"
[ ${#wanted[@]} -gt 0 ] || mapfile -t wanted < <(td4_questions)
[ ${#wanted[@]} -gt 0 ] || td4_die 1 "aucune question dans tests/"
command -v cmake >/dev/null || td4_die 1 "cmake est introuvable : lancez scripts/installer-dependances.sh"

# Configurer la construction la première fois.
if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "Première construction : la bibliothèque commune et les tests prennent une ou deux minutes…"
  mkdir -p "$build"
  if [ "$build" = "$TD4_ROOT/build" ]; then
    configure=(cmake --preset defaut)
  else
    configure=(cmake -S "$TD4_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release)
  fi
  if ! (cd "$TD4_ROOT" && "${configure[@]}") >"$build/configuration.log" 2>&1; then
    tail -n 20 "$build/configuration.log" >&2
    td4_die 1 "la configuration a échoué (journal : $(td4_show_path "$build/configuration.log"))"
  fi
fi
exercises=$(sed -n 's/^TD4_EXERCICES_DIR:PATH=//p' "$build/CMakeCache.txt")
exercises=${exercises:-$TD4_ROOT/exercises}
b=$(td4_show_path "$build")

echo "Vos exercices : $(td4_show_path "$exercises")"
td4_prebuild "$build" "$exercises" "${wanted[@]}"
next=""
all_passed=true
for question in "${wanted[@]}"; do
  nn=${question%%_*}
  slug=${question#??_}
  td4_question_status "$build" "$exercises" "$question" "$limit" "$build/progres"
  if [ "$TD4_STATUS" = "erreur de configuration" ]; then
    td4_die 1 "la configuration du projet a échoué, avant vos exercices : $TD4_SUMMARY
(journal : $(td4_show_path "$build/progres/$nn.construction.log"))"
  fi
  [ "$TD4_STATUS" = réussi ] || all_passed=false
  cases=$(td4_cases_of "$build" "$question" "$TD4_STATUS")
  # Le bilan de la question, pour --junit, --resume et --au-moins.
  printf '%s\n%s\n%s %s %s %s\n%s\n' "$TD4_STATUS" "$TD4_SUMMARY" "$TD4_PASSED" "$TD4_TO_FIX" \
    "$TD4_TO_DO" "$cases" "$TD4_DETAIL" >"$build/progres/$nn.bilan"
  case "$TD4_STATUS" in
    réussi) mark="✔" ;;
    "à compléter") mark="…" ;;
    *) mark="✘" ;;
  esac
  printf '  %s %-12s %s %s%s\n' "$nn" "$slug" "$mark" "$TD4_STATUS" "${TD4_SUMMARY:+ : $TD4_SUMMARY}"
  [ -z "$TD4_DETAIL" ] || sed 's/^/      /' <<<"$TD4_DETAIL"
  [ -z "$next" ] || continue

  # La prochaine étape : celle de la première question pas encore réussie.
  file=$(td4_show_path "$(td4_exercise_file "$exercises" "$question")")
  case "$TD4_STATUS" in
    réussi) ;;
    "ne compile pas")
      next="Prochaine étape (question $nn) : corrigez cette erreur dans $file, puis relancez scripts/progres.sh.
  Le message complet : cmake --build $b --target test_ex$nn" ;;
    "à compléter")
      if [ -z "$file" ]; then
        next="Prochaine étape (question $nn) : retrouvez l'exercice avec scripts/recommencer.sh $nn"
      else
        next="Prochaine étape (question $nn) : lisez docs/$question.md, puis écrivez ${TD4_TODO:-les fonctions à compléter} dans $file.
  Un indice : scripts/indice.sh $nn"
      fi ;;
    "délai dépassé")
      next="Prochaine étape (question $nn) : cherchez la boucle qui ne s'arrête pas dans $file.
  Tous les détails : $b/tests/test_ex$nn" ;;
    *)
      next="Prochaine étape (question $nn) : corrigez $file d'après la piste ci-dessus.
  Tous les détails : $b/tests/test_ex$nn    Un indice : scripts/indice.sh $nn" ;;
  esac
done
echo
if [ -n "$next" ]; then
  echo "$next"
else
  if [ ${#wanted[@]} -lt "$(td4_questions | wc -l)" ]; then
    echo "Ces questions sont réussies. Vos programmes et leurs figures : $b/bin/exNN_nom (--aide pour les options)."
  else
    echo "Tout est réussi. Vos programmes et leurs figures : $b/bin/exNN_nom (--aide pour les options)."
  fi
fi
if [ -n "$junit$summary_file" ]; then
  python3 "$TD4_ROOT/scripts/lib/resume_ci.py" "$build/progres" "$TD4_ROOT/scripts/bareme.txt" \
    "$junit" "$summary_file" "${wanted[@]}"
fi
if $verdict && ! $all_passed; then exit 1; fi
if [ -n "$at_least" ]; then
  # ⌊P × réussis / cas⌋ ≥ K, en entiers (la règle de scripts/lib/bareme.py).
  read -r passed _ _ cases < <(sed -n 3p "$build/progres/${wanted[0]%%_*}.bilan")
  k=${at_least%/*} p=${at_least#*/}
  if [ "$TD4_STATUS" = "ne compile pas" ] || [ "$cases" -eq 0 ] || [ $((p * passed / cases)) -lt "$k" ]; then
    echo "Notation : moins de $k point(s) sur $p pour la question ${wanted[0]%%_*} ($passed cas réussi(s) sur $cases)."
    exit 1
  fi
  echo "Notation : au moins $k point(s) sur $p pour la question ${wanted[0]%%_*} ($passed cas réussi(s) sur $cases)."
fi
exit 0
