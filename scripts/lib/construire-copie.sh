#!/usr/bin/env bash
# Construit les questions d'une copie, DANS le bac à sable de
# scripts/corriger-classe.sh (voir scripts/lib/bac-a-sable.sh) :
#   /td4/copie          la copie (lecture seule)
#   /td4/kit            bibliothèque, programme de test, en-têtes précompilés
#                       et recettes, préparés une fois (lecture seule)
#   /td4/include        common/include (lecture seule)
#   /td4/construction   le seul dossier où écrire
# Aucun code de l'étudiant ne tourne ici : seulement le compilateur, nm et
# readelf. Pour chaque question NN, écrit dans /td4/construction/NN/ :
#   etat       1re ligne : ok | absent | ne compile pas | à corriger ;
#              2e ligne : la raison
#   construction.log, enr_exNN (l'enregistreur des tests) et programme
#   (si « ok »), empreinte
#   construire-copie.sh NN_nom…
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/td4.sh"
# Ailleurs que dans le bac à sable (--sans-bac-a-sable), les vrais chemins.
kit=${TD4_KIT:-/td4/kit} copy=${TD4_COPIE:-/td4/copie} out=${TD4_CONSTRUCTION:-/td4/construction}
include=${TD4_INCLUDE:-/td4/include}

# Une liste de mots, un par ligne, d'un fichier de la recette.
words() { mapfile -t "$1" <"$2"; }

state() { printf '%s\n%s\n' "$2" "${3:-}" >"$1/etat"; }

# Un fichier inclus qui n'est ni de la copie, ni des en-têtes du cahier, ni
# du système : d'après le fichier de dépendances du compilateur.
outside_include() {
  tr ' \\' '\n\n' <"$1" | grep -v -e '^$' -e ':$' \
    | grep -v -E "^($copy/|$include/|$kit/pch/|/usr/(include|lib)/)" | head -n 1
}

# Les fichiers de la copie que le compilateur a lus, d'après les fichiers
# de dépendances DEP… (« \ » échappe une espace, « $$ » est un « $ »).
copy_files_read() {
  awk -v copy="$copy/" '{
    sub(/\\$/, "")
    gsub(/\\ /, "\001")
    n = split($0, w, " ")
    for (i = 1; i <= n; i++) {
      if (w[i] ~ /:$/) continue
      gsub(/\001/, " ", w[i]); gsub(/\$\$/, "$", w[i])
      if (index(w[i], copy) == 1 && !(w[i] in seen)) { seen[w[i]] = 1; print w[i] }
    }
  }' "$@"
}

# Ce que le code de l'étudiant n'a pas à définir ni à toucher : le programme
# de test, Boost.Test, main, une fonction de la bibliothèque ou des tests,
# un code lancé avant les initialiseurs du programme de test.
forbidden_symbol() {
  local obj=$1 sym
  sym=$(nm -C "$obj" 2>/dev/null \
    | grep -m 1 -E 'boost::unit_test|boost::test_tools|boost::execution_monitor|boost::debug::|td4::check::|td4::testing::' \
    | sed -E -e 's/^[0-9a-f ]*[A-Za-z] //' -e 's/\(.*//')
  [ -z "$sym" ] || { echo "le code touche au programme de test : $sym"; return; }
  if nm -g --defined-only "$obj" 2>/dev/null | grep -q -E ' [TD] main$'; then
    echo "le code définit main, qui appartient au programme de test"; return
  fi
  if nm "$obj" 2>/dev/null | grep -q -E ' i '; then
    echo "le code déclare une fonction ifunc, résolue avant le programme de test"; return
  fi
  sym=$(readelf -SW "$obj" 2>/dev/null | grep -o -m 1 -E '\.(preinit_array|init_array\.[0-9]+|ctors)[^ ]*')
  [ -z "$sym" ] || { echo "le code s'exécute avant le programme de test (section $sym)"; return; }
  sym=$(nm -g --defined-only "$obj" 2>/dev/null | awk '$2 ~ /^[TDBR]$/ { print $3 }' \
    | grep -m 1 -x -F -f "$kit/symboles-reserves" | c++filt)
  [ -z "$sym" ] || echo "le code redéfinit $sym, qui appartient à la bibliothèque ou aux tests"
}

build_question() {
  local question=$1 nn=${1%%_*} dir sources=() objects=() src obj i=0 why first
  dir=$out/$nn
  mkdir -p "$dir"
  [ -d "$copy/$question" ] && mapfile -d '' -t sources < <(
    find "$copy/$question" -maxdepth 1 -type f -name '*.cpp' -print0 | sort -z)
  if [ ${#sources[@]} -eq 0 ]; then
    state "$dir" absent "pas de fichier .cpp dans $question"; return
  fi
  if [ ${#sources[@]} -gt 20 ]; then
    state "$dir" "à corriger" "plus de 20 fichiers .cpp dans $question"; return
  fi
  td4_fingerprint "${sources[@]}" >"$dir/empreinte"
  local flags libs_tests libs_program
  words flags "$kit/$nn/compilation"
  words libs_tests "$kit/$nn/liens-tests"
  words libs_program "$kit/$nn/liens-programme"
  : >"$dir/construction.log"
  for src in "${sources[@]}"; do
    obj=$dir/objet$i.o
    i=$((i + 1))
    # Sous un nom sûr : un nom de fichier étrange ne gêne ni le compilateur ni nm.
    if ! timeout -s KILL 60 "${flags[@]}" -MD -MF "$obj.d" -o "$obj" -c "$src" \
        2>&1 | head -c 1000000 >>"$dir/construction.log" || [ ! -s "$obj" ]; then
      first=$(grep -m 1 -o -E 'fatal error: [^:]*: No such file' "$dir/construction.log" \
        | sed -E 's/^fatal error: (.*): No such file$/\1/')
      if [[ -n $first && $(cd "$(dirname "$src")" && realpath -m -- "$first") != "$copy"/* ]]; then
        state "$dir" "à corriger" "fichier inclus hors de la copie : $first"
      else
        state "$dir" "ne compile pas" ""
      fi
      return
    fi
    why=$(outside_include "$obj.d")
    [ -z "$why" ] || { state "$dir" "à corriger" "fichier inclus hors de la copie : $why"; return; }
    why=$(forbidden_symbol "$obj")
    [ -z "$why" ] || { state "$dir" "à corriger" "$why"; return; }
    objects+=("$obj")
  done
  # Ce que la copie définit et appelle, et les fichiers de la copie que le
  # compilateur a lus (d'après ses fichiers de dépendances).
  local texts=()
  mapfile -t texts < <(copy_files_read "$dir"/objet*.o.d)
  why=$(td4_symbols_in "$nn" "$kit/$nn/autorise.txt" "$kit/symboles-reserves" "${objects[@]}" -- "${texts[@]}")
  [ -z "$why" ] || { state "$dir" "à corriger" "$why"; return; }
  # L'enregistreur lié objet par objet : une définition en double de ses
  # objets est une erreur de lien, jamais une substitution.
  if ! link "$dir/enr_ex$nn" "${libs_tests[@]}" || ! link "$dir/programme" "${libs_program[@]}"; then
    state "$dir" "ne compile pas" ""; return
  fi
  state "$dir" ok ""
}

# Lie OUT d'après une recette, où @OBJETS@ tient la place des objets de la copie.
link() {
  local target=$1 word command=()
  shift
  for word in "$@"; do
    if [ "$word" = @OBJETS@ ]; then command+=("${objects[@]}"); else command+=("$word"); fi
  done
  timeout -s KILL 60 "${command[@]}" -o "$target" 2>&1 | head -c 1000000 >>"$dir/construction.log"
}

for question in "$@"; do
  build_question "$question"
done
