# La correction d'une classe, hors du bac à sable (à inclure avec « source »,
# après td4.sh) : le kit préparé une fois à partir de l'arbre de
# l'enseignant, et le statut d'une question d'après le canal du bilan.

# td4_prepare_kit BUILD KIT VU_KIT VU_INCLUDE QUESTION…
# Construit dans BUILD (la construction de l'enseignant, exercices d'origine)
# la bibliothèque, le programme de test, les tests et les mains des
# questions, puis copie dans KIT ce qu'il faut pour construire une copie
# sans CMake : objets, en-têtes précompilés, et par question NN/ :
#   compilation       la commande de compilation d'un fichier de l'exercice
#   liens-tests       l'édition de liens de l'enregistreur des tests, puis du
#   liens-programme   programme, @OBJETS@ à la place des objets de la copie
#   juge              le juge de la question (aucun code de copie n'y est lié)
#   cas               le nombre de cas de ses tests (lancés sur le corrigé)
#   empreinte         celle du corrigé (copies identiques), et
#   empreinte-exercice  celle de l'exercice d'origine (jamais signalée)
# et symboles-reserves : ce que le code d'une copie n'a pas à définir.
# VU_KIT et VU_INCLUDE : où le bac à sable montre KIT et common/include.
td4_prepare_kit() {
  local build=$1 kit=$2 seen_kit=$3 seen_include=$4
  shift 4
  local question nn targets=(td4 td4_testing td4_pch)
  for question in "$@"; do
    nn=${question%%_*}
    targets+=("test_sol$nn" "td4_driver_$nn" "td4_tests_$nn")
  done
  timeout 1800 cmake --build "$build" --target "${targets[@]}" --parallel "${TD4_JOBS:-2}" \
    >"$build/kit-correction.log" 2>&1 \
    || { echo "la construction de l'arbre de l'enseignant a échoué (journal : $build/kit-correction.log)"; return 1; }
  rm -rf "$kit"
  mkdir -p "$kit/pch" "$kit/harness"
  cp "$build"/CMakeFiles/td4_pch.dir/cmake_pch.hxx* "$kit/pch/"
  cp "$build/common/libtd4.a" "$kit/"
  (cd "$kit/harness" && ar x "$build/tests/libtd4_testing.a")
  for question in "$@"; do
    td4_kit_question "$build" "$kit" "$seen_kit" "$seen_include" "$question" || return 1
  done
  local objects
  mapfile -t objects < <(find "$kit" -name '*.o' -o -name '*.a')
  nm -g --defined-only "${objects[@]}" 2>/dev/null | awk '$2 ~ /^[TDBR]$/ { print $3 }' \
    | sort -u >"$kit/symboles-reserves"
  chmod -R a+rX "$kit"
}

# La recette d'une question (voir td4_prepare_kit).
td4_kit_question() {
  local build=$1 kit=$2 seen_kit=$3 seen_include=$4 question=$5
  local nn=${question%%_*} slug=${question#??_} words word skip=0 out=()
  mkdir -p "$kit/$nn/tests" "$kit/$nn/driver"
  # La compilation d'un fichier de l'exercice d'origine, sans ses chemins.
  read -r -a words <<<"$(ninja -C "$build" -t commands "test_ex$nn" \
    | grep -F " -c " | grep -F "td4_exercise_$nn.dir" | head -n 1)"
  [ ${#words[@]} -gt 0 ] || { echo "pas de recette pour la question $nn"; return 1; }
  # Sans ce qui précède le compilateur (ccache et son environnement) : une
  # copie se compile sans cache partagé, qu'elle pourrait empoisonner.
  local compiler
  compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
  while [ ${#words[@]} -gt 0 ] && [ "${words[0]}" != "$compiler" ]; do words=("${words[@]:1}"); done
  [ ${#words[@]} -gt 0 ] || { echo "recette sans le compilateur $compiler pour la question $nn"; return 1; }
  for word in "${words[@]}"; do
    if [ $skip -eq 1 ]; then skip=0; continue; fi
    case $word in
      -MD | -Werror) ;;
      # -O1 comme les mutants : deux fois moins long à compiler, tests aussi rapides.
      -O2 | -O3) out+=(-O1) ;;
      -MT | -MF | -o | -c) skip=1 ;;
      -I"$TD4_ROOT/common/include") out+=(-I"$seen_include") ;;
      "$build"/CMakeFiles/td4_pch.dir/cmake_pch.hxx) out+=("$seen_kit/pch/cmake_pch.hxx") ;;
      *"$TD4_ROOT"* | *"$build"*) echo "recette inattendue pour la question $nn : $word"; return 1 ;;
      *) out+=("$word") ;;
    esac
  done
  printf '%s\n' "${out[@]}" >"$kit/$nn/compilation"
  td4_kit_link "$build" "$kit" "$seen_kit" "$nn" "enr_ex$nn" tests >"$kit/$nn/liens-tests" || return 1
  cp "$build/tests/juge_$nn" "$kit/$nn/juge"
  td4_kit_link "$build" "$kit" "$seen_kit" "$nn" "ex${nn}_$slug" driver >"$kit/$nn/liens-programme" \
    || return 1
  td4_case_count "$build/tests/test_sol$nn" >"$kit/$nn/cas" || return 1
  # Ce que l'exercice peut définir et appeler, vérifié comme par ctest
  # (scripts/lib/verifier-symboles.sh, dans le bac à sable).
  [ ! -f "$TD4_ROOT/tests/$question/autorise.txt" ] || cp "$TD4_ROOT/tests/$question/autorise.txt" "$kit/$nn/"
  td4_fingerprint "$TD4_ROOT/solutions/$question"/*.cpp >"$kit/$nn/empreinte"
  td4_fingerprint "$TD4_ROOT/exercises/$question"/*.cpp >"$kit/$nn/empreinte-exercice"
}

# L'édition de liens de TARGET, sans chemin de BUILD : ses autres objets et
# archives (tests ou main, selon KIND) copiés dans KIT/NN/KIND, le programme
# de test objet par objet, @OBJETS@ pour l'exercice. Ce qui suit le premier
# « && » de la commande de ninja (une étape après le lien) est laissé.
td4_kit_link() {
  local build=$1 kit=$2 seen_kit=$3 nn=$4 target=$5 kind=$6 words word skip=0 i=0 placed=0 h
  read -r -a words <<<"$(ninja -C "$build" -t commands "$target" | tail -n 1)"
  [ "${words[0]:-}" != : ] || words=("${words[@]:2}")
  for word in "${words[@]}"; do
    if [ $skip -eq 1 ]; then skip=0; continue; fi
    case $word in
      '&&') break ;;
      -o) skip=1 ;;
      CMakeFiles/td4_exercise_"$nn".dir/*.o)
        [ $placed -eq 1 ] || echo @OBJETS@
        placed=1 ;;
      tests/libtd4_testing.a)
        for h in "$kit"/harness/*.o; do echo "$seen_kit/harness/${h##*/}"; done ;;
      common/libtd4.a) echo "$seen_kit/libtd4.a" ;;
      /* | -*) echo "$word" ;;
      *.o | *.a)
        cp "$build/$word" "$kit/$nn/$kind/$i-${word##*/}"
        echo "$seen_kit/$nn/$kind/$i-${word##*/}"
        i=$((i + 1)) ;;
      *) echo "édition de liens inattendue pour $target : $word" >&2; return 1 ;;
    esac
  done
}

# Le nombre de cas d'un programme de test, lu sur le canal du bilan : le
# corrigé doit tous les réussir.
td4_case_count() {
  local program=$1 token line
  token=$(td4_token)
  # (Avec les réponses justes aux questions du TD, celles du corrigé.)
  line=$(TD4_REPONSES_DIR="$TD4_ROOT/solutions" TD4_CANAL_BILAN=3:4 "$program" \
    3< <(printf '%s' "$token") 4>&1 >/dev/null 2>&1 \
    | grep -a -m 1 "^bilan $token " || true)
  read -r _ _ passed to_fix to_do <<<"$line"
  if [ -z "$line" ] || [ "$to_fix" -ne 0 ] || [ "$to_do" -ne 0 ]; then
    echo "le corrigé ne passe pas ses tests : ${program##*/}" >&2
    return 1
  fi
  echo "$passed"
}

# Un jeton secret, tiré pour un seul lancement.
td4_token() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }

# td4_grade_tests JOURNAL CODE BILAN CAS DELAI
# Le statut d'une question d'après son programme de test : BILAN est la
# ligne « bilan JETON r c a » lue sur le canal (vide s'il n'a rien écrit),
# CAS le nombre de cas attendus, CODE le code de sortie, JOURNAL sa sortie
# (seulement pour expliquer : le statut ne vient que du bilan). Fixe
# TD4_STATUS, TD4_SUMMARY, TD4_DETAIL, TD4_PASSED, TD4_TO_FIX, TD4_TO_DO.
td4_grade_tests() {
  local log=$1 rc=$2 line=$3 cases=$4 limit=$5 first stopped
  TD4_SUMMARY="" TD4_DETAIL="" TD4_PASSED=0 TD4_TO_FIX=0 TD4_TO_DO=0
  if [ -z "$line" ]; then
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      TD4_STATUS="délai dépassé"
      TD4_SUMMARY="les tests ont duré plus de $limit s (une boucle sans fin ?)"
    else
      TD4_STATUS="à corriger"
      TD4_SUMMARY="le programme de test s'est arrêté avant la fin (code $rc)"
      [ "$rc" -le 128 ] || TD4_DETAIL=$(td4_first_failure "$log" "$rc")
    fi
    return
  fi
  read -r _ _ TD4_PASSED TD4_TO_FIX TD4_TO_DO <<<"$line"
  local total=$((TD4_PASSED + TD4_TO_FIX + TD4_TO_DO))
  if [ "$TD4_TO_FIX" -gt 0 ]; then
    TD4_STATUS="à corriger"
    # Le main des tests arrête lui-même un cas qui boucle (« arrêté au bout de »).
    if stopped=$(grep -a -m 1 '^  ✘ .*arrêté au bout de' "$log"); then
      TD4_STATUS="délai dépassé"
      stopped=${stopped#  ✘ }
      stopped=${stopped/ : à corriger (/ : }
      TD4_SUMMARY=${stopped%)}
      return
    fi
    first=$(td4_first_failure "$log" 1)
    TD4_SUMMARY=$(head -n 1 <<<"$first")
    TD4_DETAIL=$(tail -n +2 <<<"$first")
    if [[ -z $TD4_DETAIL && $TD4_SUMMARY == *"(exception : "* ]]; then
      TD4_DETAIL=$(td4_explain_exception "$TD4_SUMMARY")
    fi
  elif [ "$total" -ne "$cases" ]; then
    TD4_STATUS="à corriger"
    TD4_SUMMARY="$total cas lancés sur $cases : le programme de test n'est pas allé au bout"
  elif [ "$TD4_TO_DO" -gt 0 ]; then
    TD4_STATUS="à compléter"
    local todo
    todo=$(td4_first_todo "$log")
    TD4_SUMMARY="$TD4_PASSED test(s) réussi(s) sur $cases${todo:+ ; à écrire : $todo}"
  else
    TD4_STATUS="réussi"
  fi
}
