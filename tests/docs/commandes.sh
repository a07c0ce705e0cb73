#!/usr/bin/env bash
# Chaque commande écrite dans README.md et docs/*.md (blocs de code et code
# en ligne) qui commence par build/bin, scripts/, cmake ou ctest doit marcher
# telle qu'écrite :
#   - build/bin/… est lancé dans un dossier temporaire, avec --terminal aucun
#     (ou, si la commande choisit un terminal, --sortie vers ce dossier) ;
#     code attendu 0, ou 2 si son commentaire dit « refusé » ;
#   - scripts/… : le script existe, est exécutable, et connaît chaque --option ;
#   - cmake --build … --target X : la cible X existe ;
#   - ctest … -L/-R : au moins un test y répond (ctest -N, sans rien lancer).
# Usage : commandes.sh SOURCES CONSTRUCTION
set -u
src=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0 ran=0

fail() { echo "✘ $1 : $2"; failures=$((failures + 1)); }

# Les commandes, une par ligne : « fichier<TAB>commande » (un seul awk pour
# toutes les pages : une ligne lue par le shell coûtait trois processus).
extract() {
  awk -v src="$src/" '
    FNR == 1 { file = substr(FILENAME, length(src) + 1); fence = 0 }
    /^[[:space:]]*```/ { fence = !fence; next }
    {
      # Un bloc (clôturé ou indenté) : la ligne entière, sans « $ » en tête.
      if (fence || /^(    |\t)/) {
        cmd = $0
        sub(/^[[:space:]]+/, "", cmd)
        sub(/^\$ /, "", cmd)
        print file "\t" cmd
      }
      # Le code en ligne.
      line = $0
      while (match(line, /`[^`]+`/)) {
        print file "\t" substr(line, RSTART + 1, RLENGTH - 2)
        line = substr(line, RSTART + RLENGTH)
      }
    }' "$src/README.md" "$src"/docs/*.md \
    | grep -E $'\t''(/usr/bin/time )?(build/bin/|scripts/|cmake |ctest )' | sort -u
}

# (Une cible sans fichier, comme test_exNN, s'y écrit …/CMakeFiles/NOM.)
targets=$(cmake --build "$build" --target help 2>/dev/null | sed -n 's/^\([^:]*\):.*/\1/p' \
  | sed 's|^.*/CMakeFiles/||')

# Une ligne « a && b » : deux commandes.
split() {
  local file cmd part
  while IFS=$'\t' read -r file cmd; do
    while [[ $cmd == *" && "* ]]; do
      part=${cmd%%" && "*}
      printf '%s\t%s\n' "$file" "$part"
      cmd=${cmd#*" && "}
    done
    printf '%s\t%s\n' "$file" "$cmd"
  done
}

while IFS=$'\t' read -r file cmd; do
  comment=""
  [[ $cmd =~ [[:space:]]#(.*)$ ]] && comment=${BASH_REMATCH[1]}
  cmd=${cmd%%[[:space:]]#*}
  cmd=${cmd#/usr/bin/time }
  # Un modèle (« build/bin/exNN_… », « <copie> ») n'est pas une commande.
  # (Un modèle, ou une variable d'un service de CI : pas une commande à lancer ici.)
  [[ $cmd =~ …|\<|NN|\*\*|\$[A-Z_{] ]] && continue
  eval "words=($cmd)" 2>/dev/null || { fail "$file" "« $cmd » ne se lit pas comme une commande"; continue; }
  case ${words[0]} in
    build/bin/*)
      program=$build/bin/${words[0]#build/bin/}
      # Les bancs d'essai n'existent qu'avec Google Benchmark (facultatif).
      [[ ! -e $program && ${words[0]} == build/bin/bench_* ]] && continue
      [ -x "$program" ] || { fail "$file" "« $cmd » : ${words[0]} n'existe pas"; continue; }
      args=("${words[@]:1}")
      if [[ " ${args[*]} " == *" --terminal "* ]]; then
        for i in "${!args[@]}"; do [ "${args[$i]}" = --sortie ] && args[$((i + 1))]=$tmp/sortie; done
        [[ " ${args[*]} " == *" --sortie "* ]] || args+=(--sortie "$tmp/sortie")
      else
        args+=(--terminal aucun)
      fi
      expected=0
      [[ $comment == *refus* ]] && expected=2
      (cd "$tmp" && timeout 300 "$program" "${args[@]}" </dev/null >"$tmp/sortie.log" 2>&1)
      rc=$?
      ran=$((ran + 1))
      [ "$rc" -eq "$expected" ] ||
        fail "$file" "« $cmd » rend $rc au lieu de $expected : $(tail -n 2 "$tmp/sortie.log" | tr '\n' ' ')"
      ;;
    scripts/*)
      script=$src/${words[0]}
      # Un fichier de données cité (scripts/bareme.txt) n'est pas une commande.
      [[ -f $script && $script != *.sh && $script != *.py ]] && continue
      [ -x "$script" ] || { fail "$file" "« $cmd » : ${words[0]} n'existe pas ou n'est pas exécutable"; continue; }
      for w in "${words[@]:1}"; do
        [[ $w == --* ]] || continue
        grep -q -- "${w%%=*}" "$script" "$src"/scripts/lib/*.sh ||
          fail "$file" "« $cmd » : ${words[0]} ne connaît pas ${w%%=*}"
      done
      ;;
    cmake)
      for i in "${!words[@]}"; do
        if [ "${words[$i]}" = --preset ]; then
          grep -q "\"name\": *\"${words[$((i + 1))]}\"" "$src/CMakePresets.json" ||
            fail "$file" "« $cmd » : pas de préréglage ${words[$((i + 1))]}"
        fi
        if [ "${words[$i]}" = --target ]; then
          for t in "${words[@]:$((i + 1))}"; do
            [[ $t == -* || $t == "&&" || $t == ";" || $t == "|" ]] && break
            [[ $t == bench_* ]] && continue  # seulement avec Google Benchmark (facultatif)
            grep -qx -- "$t" <<<"$targets" || fail "$file" "« $cmd » : pas de cible $t"
          done
        fi
      done
      ;;
    ctest)
      sel=()
      for i in "${!words[@]}"; do
        case ${words[$i]} in -L | -R | -LE | -E) sel+=("${words[$i]}" "${words[$((i + 1))]}") ;; esac
      done
      ((${#sel[@]})) || continue
      n=$(ctest --test-dir "$build" -N "${sel[@]}" 2>/dev/null | sed -n 's/^Total Tests: //p')
      [ "${n:-0}" -gt 0 ] || fail "$file" "« $cmd » : aucun test ne répond à ${sel[*]}"
      ;;
  esac
done < <(extract | split)

echo "$ran programme(s) lancé(s), $failures écart(s)"
[ "$failures" -eq 0 ]
