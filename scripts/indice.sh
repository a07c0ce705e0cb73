#!/usr/bin/env bash
# Un indice à la fois pour une question : du coup de pouce à la quasi-réponse,
# jamais le corrigé. Les indices sont dans docs/indices/NN_nom.md ; ceux déjà
# vus sont notés dans .td4/indices/ (ignoré par git).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/td4.sh"

usage() {
  cat <<EOF
Usage : scripts/indice.sh QUESTION [--revoir | --oublier]

Affiche l'indice suivant de la question (01, 1 ou courbe_fI) : le premier
est un coup de pouce, le dernier donne presque la réponse.

  --revoir    réaffiche les indices déjà vus, sans en montrer de nouveau
  --oublier   repart du premier indice
  -h, --aide  cette aide

Questions : $(td4_question_list)
EOF
}

action=next
question=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --aide | --help) usage; exit 0 ;;
    --revoir) action=review; shift ;;
    --oublier) action=forget; shift ;;
    -*) td4_die 2 "option inconnue : $1 (voir --aide)" ;;
    *)
      [ -z "$question" ] || td4_die 2 "une seule question à la fois (reçu : $asked et $1)"
      asked=$1
      question=$(td4_resolve_question "$1") \
        || td4_die 2 "question inconnue : $1 (questions : $(td4_question_list))"
      shift ;;
  esac
done
[ -n "$question" ] || { usage >&2; exit 2; }

nn=${question%%_*}
file="$TD4_ROOT/docs/indices/$question.md"
[ -f "$file" ] || td4_die 1 "pas encore d'indices pour la question $nn ($(td4_show_path "$file") manque)"

# Les indices : une section « ## » chacun.
count=$(grep -c '^## ' "$file" || true)
[ "$count" -gt 0 ] || td4_die 1 "aucun indice dans $(td4_show_path "$file")"
state_dir="$TD4_ROOT/.td4/indices"
state="$state_dir/$nn"
seen=0
if [ -f "$state" ]; then
  read -r seen <"$state" || true
  [[ $seen =~ ^[0-9]+$ ]] || seen=0
fi

# Affiche l'indice numéro K (à partir de 1).
show() {
  local k=$1
  echo "Question $nn, indice $k sur $count — $(awk -v k="$k" '/^## / { if (++n == k) { sub(/^## /, ""); print; exit } }' "$file")"
  echo
  # Le texte de la section, sans les lignes vides du début et de la fin.
  awk -v k="$k" '
    /^## / { n++; next }
    n == k { line[++m] = $0; if ($0 ~ /[^ ]/) { if (!first) first = m; last = m } }
    END { for (i = first; first && i <= last; i++) print line[i] }' "$file"
  echo
}

case $action in
  forget)
    rm -f "$state"
    echo "Question $nn : les indices repartent du premier (scripts/indice.sh $nn)."
    ;;
  review)
    if [ "$seen" -eq 0 ]; then
      echo "Question $nn : aucun indice vu pour l'instant. Le premier : scripts/indice.sh $nn"
    else
      for ((k = 1; k <= seen && k <= count; k++)); do show "$k"; done
    fi
    ;;
  next)
    if [ "$seen" -ge "$count" ]; then
      echo "Question $nn : vous avez vu les $count indices. Relisez-les avec scripts/indice.sh $nn --revoir ;"
      echo "les pistes de scripts/progres.sh et la page docs/$question.md vous guident aussi."
      exit 0
    fi
    k=$((seen + 1))
    mkdir -p "$state_dir"
    echo "$k" >"$state"
    show "$k"
    if [ "$k" -lt "$count" ]; then
      echo "Encore bloqué ? L'indice suivant : scripts/indice.sh $nn"
    else
      echo "C'était le dernier indice de la question $nn."
    fi
    ;;
esac
