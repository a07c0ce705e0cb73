#!/usr/bin/env bash
# Corrige une classe : chaque sous-dossier de COPIES est la copie du dossier
# exercises/ d'un étudiant. Chacune est construite et testée dans un bac à
# sable (scripts/lib/bac-a-sable.sh), plusieurs à la fois, sans jamais être
# modifiée ; le bilan de chaque question est lu sur un canal que le code de
# l'étudiant ne peut pas imiter (tests/support/result_channel.cpp). Le
# rapport (CSV et Markdown) donne, par étudiant et par question : réussi,
# à corriger, à compléter, ne compile pas ou délai dépassé.
set -euo pipefail
umask 022  # ce qu'on prépare pour le bac à sable doit lui être lisible
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
  --questions 01,02        seulement ces questions (défaut : toutes) ; les
                           autres comptent 0 dans la note
  --sur N                  notes.csv : note sur N (défaut : 20) ; les points de
                           chaque question : scripts/bareme.txt
  --liste FICHIER          la liste de la classe (export CSV des participants
                           de Moodle, avec une colonne « copie ») : notes.csv
                           porte alors l'identifiant Moodle de chaque copie
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
class_list=""
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
    --liste)
      [ -f "${2:-}" ] && [ -r "$2" ] \
        || td4_die 2 "--liste attend un fichier CSV lisible (reçu : ${2:-rien})"
      class_list=$(realpath "$2"); shift 2 ;;
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
# Le barème et la liste de la classe, lus avant de corriger : une ligne
# fausse, ou une copie qu'aucun étudiant de la liste ne porte, se dit d'abord.
problem=$(python3 "$TD4_ROOT/scripts/lib/bareme.py" verifier "$TD4_ROOT/scripts/bareme.txt" \
  $(td4_questions | cut -c 1-2) 2>&1) || td4_die 1 "${problem#*: }"
if [ -n "$class_list" ]; then
  python3 "$TD4_ROOT/scripts/lib/bareme.py" liste "$class_list" <(printf '%s\0' "${students[@]}") \
    || exit 2
fi
if [ "$TD4_SANDBOX" -eq 1 ]; then
  problem=$(td4_sandbox_problem)
  [ -z "$problem" ] || td4_die 1 "$problem. Sans bac à sable, le code des copies tournerait avec vos droits ; si vous leur faites confiance, relancez avec --sans-bac-a-sable."
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/td4-correction.XXXXXX")
declare -A slot_of=()  # les copies en cours : processus → numéro de bac à sable
td4_sandbox_setup
# Où les copies sont construites (PLACES/copies-PID) et d'où le bac à sable
# lit le kit, les en-têtes et les outils : dans le dépôt, sauf si
# l'identifiant d'une copie ne peut pas y entrer (voir plus bas).
places=$build include_dir=$TD4_ROOT/common/include tools_dir=$TD4_ROOT/scripts/lib shared=""
trap 'td4_sandbox_cleanup; rm -rf "$work" "$places/copies-$$" ${shared:+"$shared"}' EXIT
# Interrompue, la correction arrête les bacs à sable en cours (chacun dans
# son propre groupe de processus, celui de timeout).
kill_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1"); do kill_tree "$child"; done
  kill -TERM "$1" 2>/dev/null || true
}
trap 'for pid in "${!slot_of[@]}"; do kill_tree "$pid"; done; exit 130' INT TERM
mkdir -p "$report/journaux" "$places/copies-$$"
chmod 0711 "$places/copies-$$"
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

# Avant la première copie : l'identifiant d'une copie (sans droits) lit-il
# le kit, les en-têtes, les outils et une copie ? Sinon (un clone dans un
# dossier fermé, comme ceux de mktemp -d), tout est recopié dans un dossier
# neuf de /tmp qu'il peut traverser. Ce qui empêche encore de corriger est
# l'erreur de la correction, jamais un « ne compile pas » des étudiants.
sandbox_reaches() {
  local probe=$places/copies-$$/essai
  rm -rf "$probe"
  mkdir -p "$probe/copie" "$probe/construction"
  [ "$(id -u)" -ne 0 ] || chown "$(td4_sandbox_uid 0)" "$probe/construction"
  local rc=0
  td4_sandbox 0 30 256 --ro-bind "$kit" /td4/kit --ro-bind "$include_dir" /td4/include \
    --ro-bind "$tools_dir" /td4/outils --ro-bind "$probe/copie" /td4/copie \
    --bind "$probe/construction" /td4/construction -- /bin/sh -c \
    'test -r /td4/kit/libtd4.a && test -r /td4/outils/construire-copie.sh && test -x /td4/copie \
      && test -n "$(ls /td4/include)" && : >/td4/construction/essai' 2>&1 </dev/null || rc=$?
  rm -rf "$probe"
  return $rc
}
if [ "$TD4_SANDBOX" -eq 1 ] && ! sandbox_reaches >/dev/null; then
  shared=$(mktemp -d "${TD4_PARTAGE:-/tmp}/td4-correction-partage.XXXXXX")  # TD4_PARTAGE : pour les tests
  chmod 0711 "$shared"
  echo "Le bac à sable n'entre pas dans $build : le kit et les copies sont recopiés dans $shared."
  cp -R "$kit" "$shared/kit"
  cp -R "$TD4_ROOT/common/include" "$shared/include"
  cp -R "$TD4_ROOT/scripts/lib" "$shared/outils"
  chmod -R a+rX "$shared/kit" "$shared/include" "$shared/outils"
  rm -rf "$places/copies-$$"
  kit=$shared/kit include_dir=$shared/include tools_dir=$shared/outils places=$shared
  mkdir -p "$places/copies-$$"
  chmod 0711 "$places/copies-$$"
  why=$(sandbox_reaches) \
    || td4_die 1 "les copies ne peuvent pas être corrigées : le bac à sable (identifiant $(td4_sandbox_uid 0)) n'atteint ni le kit de $build ni sa copie dans $shared ($(tr -s '\n' ' ' <<<"${why:0:200}")). Vérifiez que /tmp est accessible à tous (chmod 1777 /tmp), ou corrigez avec --sans-bac-a-sable des copies de confiance."
fi

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
  local stage=$places/copies-$$/$slot/copie out=$places/copies-$$/$slot/construction
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

  local paths=(--ro-bind "$kit" /td4/kit --ro-bind "$include_dir" /td4/include
    --ro-bind "$tools_dir" /td4/outils --ro-bind "$stage" /td4/copie
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
  # L'enregistreur : les tests avec le code de l'étudiant, qui n'écrit que
  # ses réponses sur la bande (un fichier ouvert ici, qu'il reçoit ouvert).
  TD4_SANDBOX_FDS="3" td4_sandbox "$slot" "$limit" 2048 "${paths[@]}" \
    --setenv TD4_ENREGISTREMENT fd:3 -- "$at/enr_ex$nn" \
    >"$logs/$nn.enregistreur.log" 2>&1 </dev/null 3>"$res/$nn.bande" || rc=$?
  # Le juge, sans code de l'étudiant (dans son propre bac à sable : la bande
  # est une donnée hostile) : il refait les cas sur la bande et écrit le
  # bilan sur un canal que lui seul connaît.
  token=$(td4_token)
  # Il lit aussi les réponses de la copie aux questions du TD (reponses.txt).
  local judge_paths=(--ro-bind "$kit" /td4/kit --ro-bind "$stage" /td4/copie
    --setenv TD4_REPONSES_DIR /td4/copie)
  [ "$TD4_SANDBOX" -eq 1 ] || judge_paths=(--setenv TD4_REPONSES_DIR "$stage")
  [ -z "${TD4_REPONSES_LIBRES:-}" ] \
    || judge_paths+=(--setenv TD4_REPONSES_LIBRES "$TD4_REPONSES_LIBRES")
  TD4_SANDBOX_FDS="3 4 5" td4_sandbox "$slot" 120 2048 "${judge_paths[@]}" \
    --setenv TD4_CANAL_BILAN 3:4 -- \
    "$seen_kit/$nn/juge" --rejouer /proc/self/fd/5 --statut "$rc" \
    >"$logs/$nn.tests.log" 2>&1 </dev/null 3< <(printf '%s' "$token") 4>"$res/$nn.canal" \
    5<"$res/$nn.bande" || true
  line=$(grep -a -m 1 "^bilan $token [0-9]* [0-9]* [0-9]*$" "$res/$nn.canal" || true)
  rm -f "$res/$nn.canal" "$res/$nn.bande"
  td4_grade_tests "$logs/$nn.tests.log" "$rc" "$line" "$(cat "$kit/$nn/cas")" "$limit"
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    # L'enregistreur a été arrêté au bout du temps accordé : le juge a
    # compté ses cas, mais la cause est la durée.
    TD4_STATUS="délai dépassé"
    TD4_SUMMARY="les tests ont duré plus de $limit s (une boucle sans fin ?)"
    TD4_DETAIL=""
  fi
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

# Ce que la correction d'une copie a dit d'inattendu reste dans ses journaux.
for i in "${!students[@]}"; do
  log=$report/journaux/correction-$i.log
  if [ ! -s "$log" ]; then
    rm -f "$log"
  elif [ -f "$work/resultats/$i/journaux" ]; then
    mv "$log" "$report/$(cat "$work/resultats/$i/journaux")/correction.log"
  fi
done

# Le rapport, les notes et l'image de la classe (scripts/lib/rapport.py) :
# les noms et messages des copies n'y sont que des données.
{
  echo "kit=$kit"
  echo "bareme=$TD4_ROOT/scripts/bareme.txt"
  echo "sur=$scale"
  echo "liste=$class_list"
  echo "delai=$limit"
  echo "mode=$mode"
  echo "corrigees=${questions[*]}"
  echo "toutes=$(td4_questions | tr '\n' ' ')"
  echo "copies=$copies"
} >"$work/parametres"
printf '%s\0' "${students[@]}" >"$work/noms"
python3 "$TD4_ROOT/scripts/lib/rapport.py" "$work" "$report" \
  || td4_die 1 "le rapport n'a pas pu être écrit (voir le message ci-dessus)"
# Les réponses de la classe aux questions du TD, question par question.
python3 "$TD4_ROOT/scripts/lib/reponses-classe.py" "$copies" "$report/reponses.md" \
  || td4_die 1 "les réponses de la classe n'ont pas pu être rassemblées (voir ci-dessus)"

elapsed=$((SECONDS - started))
tenths=$((elapsed * 10 / ${#students[@]}))  # la durée par copie, au dixième de seconde
echo "Rapport ($elapsed s, $((tenths / 10)),$((tenths % 10)) s par copie) : $(td4_show_path "$report/rapport.md"), rapport.csv, notes.csv, classe.png et reponses.md"
