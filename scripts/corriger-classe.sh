#!/usr/bin/env bash
# Corrige une classe : chaque sous-dossier de COPIES est la copie du dossier
# exercises/ d'un étudiant. Chacune est construite et testée à part, avec une
# limite de temps par test, sans jamais être modifiée ; le rapport (CSV et
# Markdown) donne, par étudiant et par question : réussi, à corriger,
# à compléter, ne compile pas ou délai dépassé.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/td4.sh"

usage() {
  cat <<FIN
Usage : scripts/corriger-classe.sh [options] COPIES [RAPPORT]

  COPIES     un dossier avec un sous-dossier par étudiant, chacun une copie
             de exercises/ (ou un dépôt entier qui contient exercises/)
  RAPPORT    dossier du rapport (défaut : ./correction-DATE) : rapport.md,
             rapport.csv et les journaux de chaque copie

Options :
  --delai SECONDES         durée maximale des tests d'une question (défaut : 60)
  --questions 01,02        seulement ces questions (défaut : toutes)
  --construction DOSSIER   dossier de construction réutilisé d'une copie à
                           l'autre (défaut : build-correction dans le dépôt) ;
                           la bibliothèque commune n'y est construite qu'une fois
  -h, --aide               cette aide
FIN
}

limit=60
build="$TD4_ROOT/build-correction"
selection=""
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --aide | --help) usage; exit 0 ;;
    --delai)
      [[ ${2:-} =~ ^[1-9][0-9]*$ ]] \
        || td4_die 2 "--delai attend un nombre entier de secondes > 0 (reçu : ${2:-rien})"
      limit=$2; shift 2 ;;
    --questions)
      [ -n "${2:-}" ] || td4_die 2 "--questions attend une liste, par exemple 01,02"
      selection=$2; shift 2 ;;
    --construction)
      [ -n "${2:-}" ] || td4_die 2 "--construction attend un dossier"
      build=$(realpath -m "$2"); shift 2 ;;
    -*) td4_die 2 "option inconnue : $1 (voir --aide)" ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && [ ${#positional[@]} -le 2 ] || { usage >&2; exit 2; }
[ -d "${positional[0]}" ] || td4_die 2 "dossier des copies introuvable : ${positional[0]}"
copies=$(realpath "${positional[0]}")
report=$(realpath -m "${positional[1]:-correction-$(date +%Y-%m-%d-%Hh%M)}")

questions=()
if [ -n "$selection" ]; then
  IFS=',' read -r -a asked <<<"$selection"
  for q in "${asked[@]}"; do
    found=$(td4_resolve_question "$q") \
      || td4_die 2 "question inconnue : $q (questions : $(td4_question_list))"
    questions+=("$found")
  done
else
  mapfile -t questions < <(td4_questions)
fi
[ ${#questions[@]} -gt 0 ] || td4_die 1 "aucune question dans tests/"

# Rien n'est écrit dans les copies : le rapport et la construction ailleurs.
for out in "$report" "$build"; do
  case "$out/" in
    "$copies"/*) td4_die 2 "$out est dans le dossier des copies : choisissez un dossier à côté" ;;
  esac
done
mapfile -t students < <(find "$copies" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | sort)
[ ${#students[@]} -gt 0 ] || td4_die 2 "aucune copie (sous-dossier) dans $copies"
command -v cmake >/dev/null || td4_die 1 "cmake est introuvable : lancez scripts/installer-dependances.sh"
mkdir -p "$report/journaux"

# Une cellule CSV entre guillemets.
csv() { local v=${1//\"/\"\"}; printf '"%s"' "${v//$'\n'/ ; }"; }
# Une cellule de tableau Markdown sur une ligne.
md() { local v=${1//|/\\|}; printf '%s' "${v//$'\n'/ ; }"; }

csv_file="$report/rapport.csv"
md_rows="$report/.lignes.md"
md_details="$report/.details.md"
echo "copie,question,statut,tests_reussis,tests_a_corriger,tests_a_completer,detail" >"$csv_file"
: >"$md_rows"
: >"$md_details"

generator=()
[ -f "$build/CMakeCache.txt" ] || generator=(-G Ninja -DCMAKE_BUILD_TYPE=Release)
started=$SECONDS
echo "Correction de ${#students[@]} copie(s), ${#questions[@]} question(s), $limit s au plus par test."
for student in "${students[@]}"; do
  copy="$copies/$student"
  # Une copie peut être le dossier exercises/ ou un dépôt qui le contient.
  [ -d "$copy/exercises" ] && [ -z "$(compgen -G "$copy/[0-9][0-9]_*")" ] && copy="$copy/exercises"
  logs="$report/journaux/$student"
  mkdir -p "$logs"
  printf '%s :' "$student"
  if ! cmake -S "$TD4_ROOT" -B "$build" "${generator[@]}" -DTD4_EXERCICES_DIR="$copy" \
      >"$logs/configuration.log" 2>&1; then
    echo
    td4_die 1 "la configuration a échoué (journal : $logs/configuration.log)"
  fi
  generator=()
  td4_prebuild "$build" "$copy" "${questions[@]}"
  row="| $(md "$student") |"
  passed=0
  for question in "${questions[@]}"; do
    nn=${question%%_*}
    td4_question_status "$build" "$copy" "$question" "$limit" "$logs"
    [ "$TD4_STATUS" != "erreur de configuration" ] \
      || { echo; td4_die 1 "la configuration a échoué : $TD4_SUMMARY"; }
    printf ' %s %s' "$nn" "$TD4_STATUS"
    detail=$TD4_SUMMARY${TD4_DETAIL:+$'\n'$TD4_DETAIL}
    {
      csv "$student"; printf ','; csv "$nn"; printf ','; csv "$TD4_STATUS"
      printf ',%s,%s,%s,' "$TD4_PASSED" "$TD4_TO_FIX" "$TD4_TO_DO"; csv "$detail"; echo
    } >>"$csv_file"
    case "$TD4_STATUS" in
      réussi) mark="✔"; passed=$((passed + 1)) ;;
      "à compléter") mark="…" ;;
      "délai dépassé") mark="⏱" ;;
      *) mark="✘" ;;
    esac
    row+=" $mark $TD4_STATUS |"
    if [ "$TD4_STATUS" != réussi ]; then
      echo "- **$(md "$student")**, question $nn, $TD4_STATUS : $(md "$detail")" >>"$md_details"
    fi
  done
  echo
  echo "$row $passed / ${#questions[@]} |" >>"$md_rows"
done

# Le rapport lisible : un tableau, puis ce qui n'est pas réussi.
{
  echo "# Correction du $(date '+%d/%m/%Y à %H:%M')"
  echo
  echo "Copies : \`$copies\` ; au plus $limit s par test. Détail de chaque question :"
  echo "\`journaux/COPIE/NN.construction.log\`, \`NN.tests.log\`, \`NN.programme.log\`."
  echo
  header="| copie |" rule="|---|"
  for question in "${questions[@]}"; do header+=" $question |"; rule+="---|"; done
  echo "$header réussies |"
  echo "$rule---|"
  cat "$md_rows"
  echo
  if [ -s "$md_details" ]; then
    echo "## Ce qui n'est pas réussi"
    echo
    cat "$md_details"
  else
    echo "Toutes les questions sont réussies."
  fi
} >"$report/rapport.md"
rm -f "$md_rows" "$md_details"

echo "Rapport ($((SECONDS - started)) s) : $(td4_show_path "$report/rapport.md") et rapport.csv"
