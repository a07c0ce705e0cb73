# Fonctions partagées par les scripts du cahier (à inclure avec « source »).
# Elles trouvent les questions, construisent l'exercice d'une question et
# traduisent le résultat de ses tests en un statut :
#   réussi | à corriger | à compléter | ne compile pas | délai dépassé

# La racine du dépôt : le dossier parent de scripts/.
TD4_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Une erreur en français sur stderr, puis sortie avec le code donné.
td4_die() {
  local code=$1
  shift
  echo "$(basename "$0") : $*" >&2
  exit "$code"
}

# Les questions, dans l'ordre : un dossier tests/NN_nom chacune (les deux
# éditions l'ont ; celle des étudiants n'a pas solutions/).
td4_questions() {
  local dir
  for dir in "$TD4_ROOT"/tests/[0-9][0-9]_*/; do
    [ -d "$dir" ] && basename "$dir"
  done
  return 0
}

# « 1 », « 01 », « courbe_fI » ou « 01_courbe_fI » → « 01_courbe_fI » ;
# rien (code 1) si aucune question ne correspond.
td4_resolve_question() {
  local arg=$1 q nn
  if [[ $arg =~ ^[0-9]{1,2}$ ]]; then
    printf -v nn '%02d' "$((10#$arg))"
  fi
  for q in $(td4_questions); do
    if [ "$q" = "$arg" ] || [ "${q#??_}" = "$arg" ] || [ "${q%%_*}" = "${nn:-}" ]; then
      echo "$q"
      return 0
    fi
  done
  return 1
}

# La liste des questions, pour les messages d'erreur : « 01 (courbe_fI), … ».
td4_question_list() {
  local q out=""
  for q in $(td4_questions); do out+="${out:+, }${q%%_*} (${q#??_})"; done
  echo "$out"
}

# Le fichier d'exercice principal d'une question : exercises/NN_nom/nom.cpp,
# ou le premier .cpp du dossier.
td4_exercise_file() {
  local dir=$1 question=$2
  if [ -f "$dir/$question/${question#??_}.cpp" ]; then
    echo "$dir/$question/${question#??_}.cpp"
  else
    compgen -G "$dir/$question/*.cpp" | head -n 1
  fi
}

# Un chemin tel que l'utilisateur le tape : relatif au dossier courant s'il
# est dedans, relatif au dépôt sinon.
td4_show_path() {
  local path=$1
  case "$path" in
    "$PWD"/*) echo "${path#"$PWD"/}" ;;
    "$TD4_ROOT"/*) echo "${path#"$TD4_ROOT"/}" ;;
    *) echo "$path" ;;
  esac
}

# La première ligne d'erreur d'un journal de construction (compilateur ou
# éditeur de liens), les chemins relatifs au dépôt, ou à PREFIX hors du dépôt.
td4_first_error() {
  local log=$1 prefix=${2:-$TD4_ROOT} line
  line=$(grep -a -m 1 -E '(error|erreur)[^:]*:|undefined reference|référence indéfinie|ld returned' \
    "$log" || true)
  [ -n "$line" ] || line=$(grep -a -m 1 -v -E '^\[|^FAILED|^ninja' "$log" || true)
  line=${line//"$TD4_ROOT"\//}
  line=${line//"$prefix"\//}
  echo "${line:0:300}"
}

# Lance un programme (et ses arguments) avec une limite de temps en secondes,
# depuis le dossier de travail WORKDIR, sortie dans LOG ; renvoie son code
# (124 ou 137 : délai dépassé).
td4_run_limited() {
  local log=$1 limit=$2 workdir=$3
  shift 3
  mkdir -p "$workdir"
  (
    cd "$workdir"
    # Un programme qui alloue sans fin s'arrête sur std::bad_alloc ; un qui
    # écrit sans fin, sur SIGXFSZ (journal limité à 10 Mo).
    ulimit -v 4000000 2>/dev/null || true
    ulimit -f 10240 2>/dev/null || true
    exec timeout -k 5 "$limit" "$@"
  ) >"$log" 2>&1 </dev/null
}

# Lance un exécutable de test (voir td4_run_limited) et lit son bilan. Fixe :
#   TD4_STATUS   réussi | à corriger | à compléter | délai dépassé
#   TD4_PASSED, TD4_TO_FIX, TD4_TO_DO   le bilan du test (nombres de cas)
#   TD4_RC       son code de sortie
td4_run_tests() {
  local exe=$1 log=$2 limit=$3 workdir=$4 rc=0
  td4_run_limited "$log" "$limit" "$workdir" "$exe" || rc=$?
  TD4_PASSED=0 TD4_TO_FIX=0 TD4_TO_DO=0
  local bilan
  bilan=$(grep -a -m 1 '^Bilan : ' "$log" || true)
  if [[ $bilan =~ ([0-9]+)\ réussi.*\ ([0-9]+)\ à\ corriger.*\ ([0-9]+)\ à\ compléter ]]; then
    TD4_PASSED=${BASH_REMATCH[1]} TD4_TO_FIX=${BASH_REMATCH[2]} TD4_TO_DO=${BASH_REMATCH[3]}
  fi
  case $rc in
    0) TD4_STATUS="réussi" ;;
    77) TD4_STATUS="à compléter" ;;
    124 | 137) TD4_STATUS="délai dépassé" ;;
    *) TD4_STATUS="à corriger" ;;
  esac
  TD4_RC=$rc
}

# Ce qu'il faut corriger d'abord, d'après le journal d'un test (LOG) et son
# code (RC) : la première vérification en échec avec ses détails, sur
# plusieurs lignes (« attendu », « obtenu », « piste »).
td4_first_failure() {
  local log=$1 rc=$2
  if [ "$rc" -gt 128 ] && [ "$rc" -ne 137 ] && ! grep -a -q '^Bilan : ' "$log"; then
    local signal
    signal=$(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128)))
    case $signal in
      XFSZ) echo "le test écrit sans fin (sortie de plus de 10 Mo)" ;;
      SEGV) echo "le test s'est arrêté brutalement (erreur de segmentation : un indice hors d'un vecteur ?)" ;;
      *) echo "le test s'est arrêté brutalement (signal $signal)" ;;
    esac
    return
  fi
  # Une vérification détaillée : « ✘ quoi » puis ses lignes « attendu / obtenu / piste ».
  local block
  block=$(awk '
    /^    ✘ / && !found { found = 1; sub(/^    ✘ /, ""); print; next }
    found && /^      / { sub(/^      /, ""); print; next }
    found { exit }' "$log")
  if [ -z "$block" ]; then
    # Un cas en échec sans détail (une exception, par exemple).
    block=$(grep -a -m 1 '^  ✘ ' "$log" | sed -e 's/^  ✘ //' || true)
  fi
  [ -n "$block" ] || block="voir le journal des tests"
  echo "$block"
}

# Une piste en français pour une exception levée par le code testé (le
# message d'origine, souvent en anglais, est dans le résumé).
td4_explain_exception() {
  case "$1" in
    *"memory access violation"* | *SIGSEGV*)
      echo "piste : accès mémoire invalide — un indice hors d'un vecteur, ou un vecteur vide ?" ;;
    *out_of_range*) echo "piste : un indice hors d'un vecteur (v.at(i) avec i ≥ v.size()) ?" ;;
    *bad_alloc*) echo "piste : mémoire épuisée — une boucle qui remplit un vecteur sans fin ?" ;;
    *"integer divide by zero"* | *SIGFPE*) echo "piste : une division entière par zéro ?" ;;
    *domain_error*) echo "piste : une erreur de domaine inattendue (Φ⁻¹ appelée hors de (0, rmax) ?)" ;;
    *) echo "piste : votre code a levé une exception que les tests n'attendaient pas." ;;
  esac
}

# La première fonction encore « à compléter » d'après le journal d'un test.
td4_first_todo() {
  grep -a -m 1 -o -E 'NotDone: .* : à compléter' "$1" | sed -e 's/^NotDone: //' -e 's/ : à compléter$//' \
    || true
}

# Ce que l'exercice de la question NN définit ou appelle sans que la
# question le permette (scripts/lib/verifier-symboles.sh) : LISTE
# (tests/NN_nom/autorise.txt), RESERVES (libtd4.a ou une liste de noms :
# ce qu'il ne doit pas redéfinir ; vide : aucune), ses fichiers objets puis,
# après « -- », ses sources. La première raison de refus, ou rien.
td4_symbols_in() {
  local nn=$1 list=$2 reserved=$3 out rc=0 options=()
  shift 3
  [ -f "$list" ] && [ $# -gt 0 ] && [ "$1" != -- ] || return 0
  [ -z "$reserved" ] || options=(-r "$reserved")
  out=$(sh "$(dirname "${BASH_SOURCE[0]}")/verifier-symboles.sh" "${options[@]}" "$nn" "$list" "$@" 2>&1) \
    || rc=$?
  case $rc in
    0) ;;
    1) printf '%s\n' "$out" | head -n 1 ;;
    *) echo "vérification de ce que l'exercice appelle impossible : $(printf '%s\n' "$out" | head -n 1)" ;;
  esac
}

# La même chose pour l'exercice de QUESTION (dans EXERCISES) construit dans BUILD.
td4_shortcut() {
  local build=$1 question=$2 exercises=$3 objects=() sources=() library
  mapfile -d '' -t objects < <(find "$build/CMakeFiles/td4_exercise_${question%%_*}.dir" -name '*.o' -print0 2>/dev/null)
  [ ${#objects[@]} -gt 0 ] || return 0
  mapfile -d '' -t sources < <(find "$exercises/$question" -type f \( -name '*.cpp' -o -name '*.cc' \
    -o -name '*.cxx' -o -name '*.h' -o -name '*.hh' -o -name '*.hpp' -o -name '*.hxx' -o -name '*.inc' \
    -o -name '*.ipp' -o -name '*.tpp' \) -print0 2>/dev/null | sort -z)
  library=$build/common/libtd4.a
  [ -f "$library" ] || library=""
  td4_symbols_in "${question%%_*}" "$TD4_ROOT/tests/$question/autorise.txt" "$library" \
    "${objects[@]}" -- "${sources[@]}"
}

# Construit d'un coup, en parallèle, les tests et programmes des questions
# données qui ont un exercice, sans s'arrêter aux erreurs : ensuite,
# td4_question_status n'a plus qu'à relever, question par question, ce qui
# a échoué. (Seulement avec Ninja, qui sait continuer après une erreur.)
td4_prebuild() {
  local build=$1 exercises=$2 question targets=()
  shift 2
  grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja' "$build/CMakeCache.txt" 2>/dev/null || return 0
  for question in "$@"; do
    [ -n "$(td4_exercise_file "$exercises" "$question")" ] || continue
    targets+=("test_ex${question%%_*}" "ex${question%%_*}_${question#??_}")
  done
  [ ${#targets[@]} -gt 0 ] || return 0
  timeout 1800 cmake --build "$build" --target "${targets[@]}" --parallel "${TD4_JOBS:-2}" \
    -- -k 0 >/dev/null 2>&1 || true
}

# Le statut d'une question : construit ses tests et son programme dans BUILD
# (configuré avec EXERCISES comme dossier d'exercices), lance les tests puis,
# s'ils sont réussis, le programme sans tracé. Journaux dans LOGS/NN.*.log.
# Fixe TD4_STATUS, TD4_SUMMARY (une ligne), TD4_DETAIL (lignes suivantes,
# éventuellement vide), TD4_TODO (la fonction à écrire), TD4_PASSED…
td4_question_status() {
  local build=$1 exercises=$2 question=$3 limit=$4 logs=$5
  local nn=${question%%_*} slug=${question#??_} rc=0
  TD4_SUMMARY="" TD4_DETAIL="" TD4_TODO="" TD4_PASSED=0 TD4_TO_FIX=0 TD4_TO_DO=0
  mkdir -p "$logs"
  if [ -z "$(td4_exercise_file "$exercises" "$question")" ]; then
    TD4_STATUS="à compléter"
    TD4_SUMMARY="pas de fichier .cpp dans $(td4_show_path "$exercises/$question")"
    return
  fi
  # Les tests et le programme de la question, et rien d'autre.
  if ! timeout 900 cmake --build "$build" --target "test_ex$nn" "ex${nn}_$slug" \
      --parallel "${TD4_JOBS:-2}" >"$logs/$nn.construction.log" 2>&1; then
    if grep -q -E "^CMake Error|rebuilding 'build.ninja'" "$logs/$nn.construction.log"; then
      # Pas la faute de l'exercice : le projet lui-même ne se configure plus.
      TD4_STATUS="erreur de configuration"
      TD4_SUMMARY=$(grep -a -m 1 -A 3 '^CMake Error' "$logs/$nn.construction.log" | tr -s ' \n' ' ')
    else
      TD4_STATUS="ne compile pas"
      TD4_SUMMARY=$(td4_first_error "$logs/$nn.construction.log" "$exercises")
    fi
    return
  fi
  local shortcut
  shortcut=$(td4_shortcut "$build" "$question" "$exercises")
  if [ -n "$shortcut" ]; then
    TD4_STATUS="à corriger"
    TD4_SUMMARY=$shortcut
    return
  fi
  td4_run_tests "$build/tests/test_ex$nn" "$logs/$nn.tests.log" "$limit" "$logs/travail"
  case "$TD4_STATUS" in
    "à compléter")
      TD4_TODO=$(td4_first_todo "$logs/$nn.tests.log")
      TD4_SUMMARY="$TD4_PASSED test(s) réussi(s) sur $((TD4_PASSED + TD4_TO_DO))${TD4_TODO:+ ; à écrire : $TD4_TODO}"
      return ;;
    "délai dépassé")
      TD4_SUMMARY="les tests ont duré plus de $limit s (une boucle sans fin ?)"
      return ;;
    "à corriger")
      # Le main des tests arrête lui-même un cas trop long (« a dépassé sa limite »).
      local stopped
      if stopped=$(grep -a -m 1 '^  ✘ .*a dépassé sa limite de' "$logs/$nn.tests.log"); then
        TD4_STATUS="délai dépassé"
        stopped=${stopped#  ✘ }
        stopped=${stopped/ : à corriger (/ : }
        TD4_SUMMARY=${stopped%)}
        return
      fi
      local first
      first=$(td4_first_failure "$logs/$nn.tests.log" "$TD4_RC")
      TD4_SUMMARY=$(head -n 1 <<<"$first")
      TD4_DETAIL=$(tail -n +2 <<<"$first")
      if [[ -z $TD4_DETAIL && $TD4_SUMMARY == *"(exception : "* ]]; then
        TD4_DETAIL=$(td4_explain_exception "$TD4_SUMMARY")
      fi
      return ;;
  esac
  # Les tests passent ; le programme va-t-il au bout (ses figures) ?
  td4_run_limited "$logs/$nn.programme.log" "$limit" "$logs/travail" \
    "$build/bin/ex${nn}_$slug" --terminal aucun --sortie "$logs/travail/figures" || rc=$?
  local todo
  todo=$(grep -a -m 1 -o -E ': .* : à compléter' "$logs/$nn.programme.log" || true)
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    TD4_STATUS="délai dépassé"
    TD4_SUMMARY="les tests sont réussis, mais ex${nn}_$slug a duré plus de $limit s"
  elif [ "$rc" -ne 0 ]; then
    TD4_STATUS="à corriger"
    TD4_SUMMARY="les tests sont réussis, mais ex${nn}_$slug échoue (code $rc)"
    TD4_DETAIL=$(tail -n 3 "$logs/$nn.programme.log")
  elif [ -n "$todo" ]; then
    todo=${todo#: }
    TD4_TODO=${todo% : à compléter}
    TD4_STATUS="à compléter"
    TD4_SUMMARY="les tests sont réussis ; reste : $TD4_TODO"
  fi
}

# L'empreinte de fichiers sources sans commentaires ni blancs : deux copies
# qui ne diffèrent que par là ont la même.
td4_fingerprint() {
  local src
  for src in "$@"; do
    c++ -fpreprocessed -dD -E -P "$src" 2>/dev/null
  done | tr -d '[:space:]' | sha256sum | cut -c 1-16
}

# Le nombre de cas de test d'une question construite dans BUILD : ceux que
# liste son programme de test (--list_content), ou à défaut ceux de son
# dernier bilan ; 0 si elle ne compile pas (STATUT).
td4_cases_of() {
  local build=$1 question=$2 status=$3 listed
  if [ "$status" = "ne compile pas" ] || [ ! -x "$build/tests/test_ex${question%%_*}" ]; then
    echo 0
    return
  fi
  listed=$(timeout 60 "$build/tests/test_ex${question%%_*}" --list_content 2>&1 </dev/null \
    | awk '/^ *[A-Za-z0-9_]+\*/ { indent = match($0, /[^ ]/)
        if (NR > 1 && indent <= last) leaves++
        last = indent; seen = 1 }
      END { print leaves + seen }')
  local ran=$((TD4_PASSED + TD4_TO_FIX + TD4_TO_DO))
  echo $((listed > ran ? listed : ran))
}
