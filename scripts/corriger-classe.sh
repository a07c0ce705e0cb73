#!/usr/bin/env bash
# Corrige une classe : chaque sous-dossier de COPIES est la copie du dossier
# exercises/ d'un étudiant. Chacune est construite et testée dans un bac à
# sable (scripts/lib/bac-a-sable.sh), plusieurs à la fois, sans jamais être
# modifiée ; le bilan de chaque question est lu sur un canal que le code de
# l'étudiant ne peut pas imiter (tests/support/result_channel.cpp). Le
# rapport (CSV et Markdown) donne, par étudiant et par question : réussi,
# à corriger, à compléter, ne compile pas ou délai dépassé.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/td4.sh"
source "$TD4_ROOT/scripts/lib/bac-a-sable.sh"
source "$TD4_ROOT/scripts/lib/correction.sh"

usage() {
  cat <<FIN
Usage : scripts/corriger-classe.sh [options] COPIES [RAPPORT]

  COPIES     un dossier avec un sous-dossier par étudiant, chacun une copie
             de exercises/ (ou un dépôt entier qui contient exercises/)
  RAPPORT    dossier du rapport (défaut : ./correction-DATE) : rapport.md,
             rapport.csv, notes.csv (pour Moodle), classe.png et les
             journaux de chaque copie

Options :
  --delai SECONDES         durée maximale des tests d'une question (défaut : 60)
  --questions 01,02        seulement ces questions (défaut : toutes)
  --sur N                  notes.csv : total ramené sur N (défaut : 20) ;
                           les points de chaque question : scripts/bareme.txt
  -j, --copies-en-parallele N
                           copies corrigées à la fois (défaut : le nombre de
                           cœurs, $(nproc))
  --construction DOSSIER   dossier de construction de l'arbre de l'enseignant
                           (défaut : build-correction dans le dépôt) ; la
                           bibliothèque et les tests n'y sont construits qu'une fois
  --sans-bac-a-sable       corriger sans bubblewrap (seulement avec des copies
                           de confiance : leur code tourne alors avec vos droits)
  -h, --aide               cette aide
FIN
}

limit=60
scale=20
build="$TD4_ROOT/build-correction"
selection=""
jobs=$(nproc)
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
    --sur)
      [[ ${2:-} =~ ^[1-9][0-9]{0,3}$ ]] \
        || td4_die 2 "--sur attend un nombre entier de points entre 1 et 9999 (reçu : ${2:-rien})"
      scale=$2; shift 2 ;;
    -j | --copies-en-parallele)
      [[ ${2:-} =~ ^[1-9][0-9]*$ ]] && [ "$2" -le 64 ] \
        || td4_die 2 "$1 attend un nombre de copies entre 1 et 64 (reçu : ${2:-rien})"
      jobs=$2; shift 2 ;;
    -j[1-9]*) set -- -j "${1#-j}" "${@:2}" ;;
    --construction)
      [ -n "${2:-}" ] || td4_die 2 "--construction attend un dossier"
      build=$(realpath -m "$2"); shift 2 ;;
    --sans-bac-a-sable) TD4_SANDBOX=0; shift ;;
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
# Les noms, séparés par NUL : un saut de ligne ou un « * » dans un nom ne
# fait pas deux étudiants.
mapfile -d '' -t students < <(find "$copies" -mindepth 1 -maxdepth 1 ! -name '.*' \
  \( -type d -o -type l \) -printf '%f\0' | sort -z)
[ ${#students[@]} -gt 0 ] || td4_die 2 "aucune copie (sous-dossier) dans $copies"
command -v cmake >/dev/null || td4_die 1 "cmake est introuvable : lancez scripts/installer-dependances.sh"
if [ "$TD4_SANDBOX" -eq 1 ]; then
  problem=$(td4_sandbox_problem)
  [ -z "$problem" ] || td4_die 1 "$problem. Sans bac à sable, le code des copies tournerait avec vos droits ; si vous leur faites confiance, relancez avec --sans-bac-a-sable."
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/td4-correction.XXXXXX")
declare -A slot_of=()  # les copies en cours : processus → numéro de bac à sable
td4_sandbox_setup
trap 'td4_sandbox_cleanup; rm -rf "$work" "$build/copies-$$"' EXIT
# Interrompue, la correction arrête les bacs à sable en cours (chacun dans
# son propre groupe de processus, celui de timeout).
kill_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1"); do kill_tree "$child"; done
  kill -TERM "$1" 2>/dev/null || true
}
trap 'for pid in "${!slot_of[@]}"; do kill_tree "$pid"; done; exit 130' INT TERM
mkdir -p "$report/journaux" "$build/copies-$$"
chmod 755 "$work"

# La bibliothèque, le programme de test et les tests : une fois, de l'arbre
# de l'enseignant, hors du bac à sable.
if [ ! -f "$build/CMakeCache.txt" ] \
    || ! grep -q "^TD4_EXERCICES_DIR:PATH=$TD4_ROOT/exercises$" "$build/CMakeCache.txt"; then
  generator=()
  [ -f "$build/CMakeCache.txt" ] || generator=(-G Ninja -DCMAKE_BUILD_TYPE=Release)
  cmake -S "$TD4_ROOT" -B "$build" "${generator[@]}" -DTD4_EXERCICES_DIR="$TD4_ROOT/exercises" \
    >"$report/journaux/configuration.log" 2>&1 \
    || td4_die 1 "la configuration de l'arbre de l'enseignant a échoué (journal : $report/journaux/configuration.log)"
fi
kit=$build/kit-correction
if [ "$TD4_SANDBOX" -eq 1 ]; then
  seen_kit=/td4/kit seen_include=/td4/include
else
  seen_kit=$kit seen_include=$TD4_ROOT/common/include
fi
echo "Préparation : bibliothèque, programme de test et tests de l'arbre de l'enseignant…"
problem=$(td4_prepare_kit "$build" "$kit" "$seen_kit" "$seen_include" "${questions[@]}" 2>&1) \
  || td4_die 1 "$problem"

# Un nom lisible sur une ligne : sans caractère de contrôle.
printable() { local v=${1//[$'\001'-$'\037\177']/?}; printf '%s' "$v"; }
# Un nom de dossier sûr pour les journaux.
safe_name() { local v=${2//[^A-Za-z0-9._-]/_}; printf '%03d-%s' "$1" "${v:0:40}"; }

# Le résultat d'une question : un fichier par champ dans RES/NN/.
record() {
  local dir=$1/$2
  mkdir -p "$dir"
  printf '%s' "$3" >"$dir/statut"
  printf '%s' "$4" >"$dir/resume"
  printf '%s' "${5:-}" >"$dir/detail"
  printf '%s %s %s\n' "${6:-0}" "${7:-0}" "${8:-0}" >"$dir/compteurs"
}

# La même raison pour toutes les questions d'une copie refusée en bloc.
refuse_copy() {
  local res=$1 status=$2 why=$3 question
  for question in "${questions[@]}"; do record "$res" "${question%%_*}" "$status" "$why"; done
}

# Corrige la copie numéro I (dans le bac à sable numéro SLOT) ; écrit ses
# résultats dans $work/resultats/I.
grade_copy() {
  local i=$1 slot=$2 name=${students[$1]}
  local source=$copies/${students[$1]} res=$work/resultats/$1
  local logs=$report/journaux/$(safe_name "$1" "$name")
  local stage=$build/copies-$$/$slot/copie out=$build/copies-$$/$slot/construction
  mkdir -p "$res" "$logs"
  printf '%s' "${logs#"$report"/}" >"$res/journaux"
  if [ -L "$source" ]; then
    refuse_copy "$res" "à corriger" "la copie est un lien symbolique : refusée (copiez le dossier lui-même)"
    return
  fi
  # Une copie peut être le dossier exercises/ ou un dépôt qui le contient.
  if [ -d "$source/exercises" ] \
      && [ -z "$(find "$source" -mindepth 1 -maxdepth 1 -name '[0-9][0-9]_*' -print -quit)" ]; then
    source=$source/exercises
  fi
  local odd
  odd=$(find "$source" ! -type f ! -type d -print -quit)
  if [ -n "$odd" ]; then
    refuse_copy "$res" "à corriger" "lien symbolique ou fichier spécial refusé : $(printable "${odd#"$source"/}")"
    return
  fi
  if [ "$(du -s -k "$source" | cut -f 1)" -gt 51200 ]; then
    refuse_copy "$res" "à corriger" "copie de plus de 50 Mo : refusée"
    return
  fi
  # La copie recopiée sous un nom sûr, lisible par le bac à sable.
  rm -rf "${stage%/*}"
  mkdir -p "$stage" "$out"
  cp -R --no-preserve=mode,ownership,timestamps "$source"/. "$stage"/
  chmod -R a+rX "$stage"
  [ "$(id -u)" -ne 0 ] || chown "$(td4_sandbox_uid "$slot")" "$out"

  local paths=(--ro-bind "$kit" /td4/kit --ro-bind "$TD4_ROOT/common/include" /td4/include
    --ro-bind "$TD4_ROOT/scripts/lib" /td4/outils --ro-bind "$stage" /td4/copie
    --bind "$out" /td4/construction --chdir /td4/construction)
  local runner=(/bin/bash /td4/outils/construire-copie.sh)
  if [ "$TD4_SANDBOX" -eq 0 ]; then
    paths=()
    runner=(/usr/bin/env TD4_KIT="$kit" TD4_COPIE="$stage" TD4_CONSTRUCTION="$out"
      TD4_INCLUDE="$TD4_ROOT/common/include" /bin/bash "$TD4_ROOT/scripts/lib/construire-copie.sh")
  fi
  local rc=0
  td4_sandbox "$slot" $((90 * ${#questions[@]})) 2048 "${paths[@]}" -- "${runner[@]}" "${questions[@]}" \
    >"$logs/construction.log" 2>&1 </dev/null || rc=$?

  local question nn state why program
  for question in "${questions[@]}"; do
    nn=${question%%_*}
    state=() why=""
    [ -f "$out/$nn/etat" ] && mapfile -t state <"$out/$nn/etat"
    why=${state[1]:-}
    [ -f "$out/$nn/construction.log" ] && head -c 1000000 "$out/$nn/construction.log" >"$logs/$nn.construction.log"
    [ -f "$out/$nn/empreinte" ] && cp "$out/$nn/empreinte" "$res/$nn.empreinte"
    case "${state[0]:-}" in
      ok) ;;
      absent) record "$res" "$nn" "à compléter" "$why"; continue ;;
      "ne compile pas")
        why=$(td4_first_error "$logs/$nn.construction.log" /td4/copie)
        record "$res" "$nn" "ne compile pas" "${why//"$stage"\//}"; continue ;;
      "à corriger") record "$res" "$nn" "à corriger" "$why"; continue ;;
      *)
        if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
          record "$res" "$nn" "ne compile pas" "la compilation a dépassé le temps accordé"
        else
          record "$res" "$nn" "ne compile pas" "la construction s'est arrêtée (code $rc)"
        fi
        continue ;;
    esac
    grade_question "$slot" "$out/$nn" "$question" "$logs" "$res"
  done
  rm -rf "${stage%/*}"
}

# Lance les tests d'une question construite dans DIR, puis, s'ils sont
# réussis, son programme sans tracé.
grade_question() {
  local slot=$1 dir=$2 question=$3 logs=$4 res=$5 nn=${3%%_*} rc=0 token line
  local paths=(--ro-bind "$dir" /td4/question --size 268435456 --tmpfs /td4/travail
    --chdir /td4/travail)
  local at=/td4/question
  [ "$TD4_SANDBOX" -eq 1 ] || { paths=(); at=$dir; }
  token=$(td4_token)
  TD4_SANDBOX_FDS="3 4" td4_sandbox "$slot" "$limit" 2048 "${paths[@]}" \
    --setenv TD4_CANAL_BILAN 3:4 -- "$at/test_ex$nn" \
    >"$logs/$nn.tests.log" 2>&1 </dev/null 3< <(printf '%s' "$token") 4>"$res/$nn.canal" || rc=$?
  line=$(grep -a -m 1 "^bilan $token [0-9]* [0-9]* [0-9]*$" "$res/$nn.canal" || true)
  rm -f "$res/$nn.canal"
  td4_grade_tests "$logs/$nn.tests.log" "$rc" "$line" "$(cat "$kit/$nn/cas")" "$limit"
  if [ "$TD4_STATUS" = réussi ]; then
    rc=0
    td4_sandbox "$slot" "$limit" 2048 "${paths[@]}" -- "$at/programme" --terminal aucun \
      --sortie figures >"$logs/$nn.programme.log" 2>&1 </dev/null || rc=$?
    local todo
    todo=$(grep -a -m 1 -o -E ': .* : à compléter' "$logs/$nn.programme.log" || true)
    local program="ex${nn}_${question#??_}"
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
      TD4_STATUS="délai dépassé"
      TD4_SUMMARY="les tests sont réussis, mais $program a duré plus de $limit s"
    elif [ $rc -ne 0 ]; then
      TD4_STATUS="à corriger"
      TD4_SUMMARY="les tests sont réussis, mais $program échoue (code $rc)"
      TD4_DETAIL=$(tail -n 3 "$logs/$nn.programme.log")
    elif [ -n "$todo" ]; then
      todo=${todo#: }
      TD4_STATUS="à compléter"
      TD4_SUMMARY="les tests sont réussis ; reste : ${todo% : à compléter}"
    fi
  fi
  record "$res" "$nn" "$TD4_STATUS" "$TD4_SUMMARY" "$TD4_DETAIL" \
    "$TD4_PASSED" "$TD4_TO_FIX" "$TD4_TO_DO"
}

# Une ligne par copie corrigée : son nom, ses statuts, l'avancement.
progress() {
  local i=$1 done_count=$2 elapsed=$((SECONDS - started)) question line left
  line="[$done_count/${#students[@]}] $(printable "${students[$i]}") :"
  for question in "${questions[@]}"; do
    line+=" ${question%%_*} $(cat "$work/resultats/$i/${question%%_*}/statut" 2>/dev/null || echo '?')"
  done
  left=$(((${#students[@]} - done_count) * elapsed / done_count))
  echo "$line ($elapsed s écoulées, reste ~$left s)"
}

started=$SECONDS
mode="dans un bac à sable"
[ "$TD4_SANDBOX" -eq 1 ] || mode="SANS bac à sable"
echo "Correction de ${#students[@]} copie(s), ${#questions[@]} question(s), $jobs à la fois, $mode, $limit s au plus par test."
free_slots=()
for ((s = 0; s < jobs; s++)); do free_slots+=("$s"); done
index_of=()
finished=0
wait_one() {
  local pid
  wait -n -p pid || true
  free_slots+=("${slot_of[$pid]}")
  finished=$((finished + 1))
  progress "${index_of[$pid]}" "$finished"
  unset "slot_of[$pid]"
}
for i in "${!students[@]}"; do
  [ ${#free_slots[@]} -gt 0 ] || wait_one
  slot=${free_slots[0]}
  free_slots=("${free_slots[@]:1}")
  grade_copy "$i" "$slot" >"$report/journaux/correction-$i.log" 2>&1 &
  slot_of[$!]=$slot
  index_of[$!]=$i
done
while [ ${#slot_of[@]} -gt 0 ]; do wait_one; done

# Une cellule CSV entre guillemets ; une formule de tableur est neutralisée.
csv() {
  local v=${1//\"/\"\"}
  v=$(printable "${v//$'\n'/ ; }")
  [[ $v != [=+@-]* ]] || v="'$v"
  printf '"%s"' "$v"
}
# Une cellule de tableau Markdown sur une ligne, sans balisage actif.
md() {
  local v c
  v=$(printable "${1//$'\n'/ ; }")
  v=${v//\\/\\\\}
  for c in '|' '`' '*' '[' ']' '<' '>' '#'; do v=${v//"$c"/\\$c}; done
  printf '%s' "$v"
}

# Ce que la correction d'une copie a dit d'inattendu reste dans ses journaux.
for i in "${!students[@]}"; do
  log=$report/journaux/correction-$i.log
  if [ ! -s "$log" ]; then
    rm -f "$log"
  elif [ -f "$work/resultats/$i/journaux" ]; then
    mv "$log" "$report/$(cat "$work/resultats/$i/journaux")/correction.log"
  fi
done

# Le rapport : CSV, tableau, ce qui n'est pas réussi, copies identiques.
csv_file="$report/rapport.csv"
echo "copie,question,statut,tests_reussis,tests_a_corriger,tests_a_completer,detail" >"$csv_file"
md_rows="" md_details=""
declare -A same=()
for i in "${!students[@]}"; do
  res=$work/resultats/$i
  name=${students[$i]}
  row="| $(md "$name") |"
  passed=0
  for question in "${questions[@]}"; do
    nn=${question%%_*}
    status=$(cat "$res/$nn/statut" 2>/dev/null || echo "à corriger")
    summary=$(cat "$res/$nn/resume" 2>/dev/null || echo "la correction de cette copie s'est arrêtée")
    detail=$(cat "$res/$nn/detail" 2>/dev/null || true)
    read -r p f d <"$res/$nn/compteurs" 2>/dev/null || { p=0 f=0 d=0; }
    detail=$summary${detail:+$'\n'$detail}
    {
      csv "$name"; printf ','; csv "$nn"; printf ','; csv "$status"
      printf ',%s,%s,%s,' "$p" "$f" "$d"; csv "$detail"; echo
    } >>"$csv_file"
    case "$status" in
      réussi) mark="✔"; passed=$((passed + 1)) ;;
      "à compléter") mark="…" ;;
      "délai dépassé") mark="⏱" ;;
      *) mark="✘" ;;
    esac
    row+=" $mark $status |"
    [ "$status" = réussi ] \
      || md_details+="- **$(md "$name")**, question $nn, $status : $(md "$detail")"$'\n'
    if [ -f "$res/$nn.empreinte" ]; then
      print=$(cat "$res/$nn.empreinte")
      [ "$print" = "$(cat "$kit/$nn/empreinte-exercice")" ] || same[$nn:$print]+="$i "
    fi
  done
  md_rows+="$row $passed / ${#questions[@]} |"$'\n'
done

# Identiques au corrigé ou entre elles, aux commentaires et aux blancs près.
similar=""
for key in "${!same[@]}"; do
  nn=${key%%:*} print=${key#*:}
  read -r -a group <<<"${same[$key]}"
  names=""
  for i in "${group[@]}"; do names+="${names:+, }$(md "${students[$i]}")"; done
  if [ "$print" = "$(cat "$kit/$nn/empreinte")" ]; then
    similar+="- question $nn : identique au corrigé : $names"$'\n'
  elif [ ${#group[@]} -gt 1 ]; then
    similar+="- question $nn : copies identiques entre elles : $names"$'\n'
  fi
done

{
  echo "# Correction du $(date '+%d/%m/%Y à %H:%M')"
  echo
  echo "Copies : \`$(md "$copies")\` ; au plus $limit s par test, $mode. Détail de chaque question :"
  echo "\`journaux/NNN-COPIE/NN.construction.log\`, \`NN.tests.log\`, \`NN.programme.log\`."
  echo
  header="| copie |" rule="|---|"
  for question in "${questions[@]}"; do header+=" $question |"; rule+="---|"; done
  echo "$header réussies |"
  echo "$rule---|"
  printf '%s' "$md_rows"
  echo
  if [ -n "$md_details" ]; then
    echo "## Ce qui n'est pas réussi"
    echo
    printf '%s' "$md_details"
  else
    echo "Toutes les questions sont réussies."
  fi
  if [ -n "$similar" ]; then
    echo
    echo "## Copies identiques (pour information, sans effet sur le statut)"
    echo
    echo "Aux commentaires et aux blancs près :"
    echo
    printf '%s' "$similar" | sort
  fi
} >"$report/rapport.md"

# Les notes (barème de scripts/bareme.txt) et l'image de la classe.
python3 "$TD4_ROOT/scripts/lib/notes.py" "$report" "$TD4_ROOT/scripts/bareme.txt" "$scale"
{
  echo
  echo "## Notes"
  echo
  echo "Sur $scale, d'après \`scripts/bareme.txt\` (une question rapporte ses points"
  echo "quand elle est réussie) : \`notes.csv\`, à importer dans Moodle (colonne"
  echo "\`identifiant\` : le nom du dossier de la copie)."
  [ ! -f "$report/classe.png" ] || printf '\n![la classe : une ligne par copie, une colonne par question](classe.png)\n'
} >>"$report/rapport.md"

elapsed=$((SECONDS - started))
tenths=$((elapsed * 10 / ${#students[@]}))  # la durée par copie, au dixième de seconde
echo "Rapport ($elapsed s, $((tenths / 10)),$((tenths % 10)) s par copie) : $(td4_show_path "$report/rapport.md"), rapport.csv, notes.csv et classe.png"
