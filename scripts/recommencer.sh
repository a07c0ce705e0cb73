#!/usr/bin/env bash
# Remet l'exercice d'une question dans son état d'origine (celui du dépôt),
# après confirmation ; votre version est gardée à côté, en
# « fichier.sauvegarde-DATE ». Avec --restaurer, remet la dernière
# sauvegarde à sa place.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/td4.sh"

usage() {
  cat <<EOF
Usage : scripts/recommencer.sh QUESTION [--oui] [--restaurer]

Remet exercises/NN_nom/ dans son état d'origine, tel que le dépôt le
fournit. Chaque fichier que vous aviez modifié est d'abord sauvegardé à
côté de lui (nom.cpp.sauvegarde-DATE) : rien n'est perdu.

  QUESTION     01, 1 ou courbe_fI
  --restaurer  l'inverse : remet votre dernière sauvegarde à sa place
               (la version présente est d'abord sauvegardée à son tour)
  --oui        ne pas demander de confirmation
  -h, --aide  cette aide

Questions : $(td4_question_list)
EOF
}

yes=false
restore=false
question=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --aide | --help) usage; exit 0 ;;
    --oui | -o | -y) yes=true; shift ;;
    --restaurer) restore=true; shift ;;
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

git -C "$TD4_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1 \
  || td4_die 1 "ce dossier n'est pas un dépôt git : impossible de retrouver l'exercice d'origine"

# Oui ou non (oui d'office avec --oui) ; « Annulé » sinon.
confirm() {
  $yes && return 0
  printf 'Confirmer ? [o/N] '
  local answer=""
  read -r answer || true
  case "${answer,,}" in
    o | oui | y | yes) return 0 ;;
    *) echo "Annulé : rien n'a changé."; exit 0 ;;
  esac
}

# Un suffixe de sauvegarde qu'aucun fichier ne porte encore.
new_stamp() {
  local base n=1
  base=$(date +%Y-%m-%d-%Hh%Mm%S)
  stamp=$base
  while compgen -G "$TD4_ROOT/$dir/*.sauvegarde-$stamp" >/dev/null; do
    n=$((n + 1)) stamp=$base-$n
  done
}

# Copie sans garder la date : le fichier remis en place est plus récent que
# sa compilation, et la prochaine construction le recompile.
put() { cp "$1" "$2"; }

dir="exercises/$question"

# L'origine : la branche suivie du dépôt cloné (origin/main, par exemple),
# même si vous avez enregistré votre travail dans des commits ; sinon HEAD.
ref=HEAD
if upstream=$(git -C "$TD4_ROOT" rev-parse --abbrev-ref --symbolic-full-name '@{u}' 2>/dev/null) \
    && [ -n "$(git -C "$TD4_ROOT" ls-tree --name-only "$upstream" -- "$dir/")" ]; then
  ref=$upstream
fi

# La version présente de F mérite-t-elle d'être sauvegardée avant d'y
# remettre B ? Oui si elle diffère de B et de l'origine.
keep_current() {
  local b=$1 f=$2
  [ -f "$f" ] && ! cmp -s "$b" "$f" || return 1
  ! git -C "$TD4_ROOT" show "$ref:${f#"$TD4_ROOT"/}" 2>/dev/null | cmp -s - "$f"
}

if $restore; then
  mapfile -t saved < <(compgen -G "$TD4_ROOT/$dir/*.sauvegarde-*" | sort)
  [ ${#saved[@]} -gt 0 ] || td4_die 1 "aucune sauvegarde dans $dir"
  latest=${saved[-1]##*.sauvegarde-}
  new_stamp
  echo "Remettre la sauvegarde du $latest dans $dir ?"
  for b in "$TD4_ROOT/$dir"/*.sauvegarde-"$latest"; do
    f=${b%.sauvegarde-"$latest"}
    if keep_current "$b" "$f"; then
      echo "  $(basename "$f") : la version présente sera gardée dans $(basename "$f").sauvegarde-$stamp"
    fi
  done
  confirm
  for b in "$TD4_ROOT/$dir"/*.sauvegarde-"$latest"; do
    f=${b%.sauvegarde-"$latest"}
    if keep_current "$b" "$f"; then put "$f" "$f.sauvegarde-$stamp"; fi
    put "$b" "$f"
    rm -f "$b"
  done
  echo "Question ${question%%_*} : votre version du $latest est revenue."
  echo "Où en êtes-vous : scripts/progres.sh ${question%%_*}"
  exit 0
fi

mapfile -t originals < <(git -C "$TD4_ROOT" ls-tree -r --name-only "$ref" -- "$dir/")
[ ${#originals[@]} -gt 0 ] || td4_die 1 "$dir n'existe pas dans la version d'origine ($ref)"

# Ce qui change : les fichiers d'origine modifiés ou effacés, et les sources
# ajoutées (elles seraient compilées avec l'exercice).
changed=() added=()
for f in "${originals[@]}"; do
  if [ ! -f "$TD4_ROOT/$f" ] || ! git -C "$TD4_ROOT" show "$ref:$f" | cmp -s - "$TD4_ROOT/$f"; then
    changed+=("$f")
  fi
done
for f in "$TD4_ROOT/$dir"/*.cpp "$TD4_ROOT/$dir"/*.hpp "$TD4_ROOT/$dir"/*.h; do
  [ -f "$f" ] || continue
  rel=${f#"$TD4_ROOT"/}
  printf '%s\n' "${originals[@]}" | grep -qxF "$rel" || added+=("$rel")
done
if [ ${#changed[@]} -eq 0 ] && [ ${#added[@]} -eq 0 ]; then
  echo "$dir est déjà dans son état d'origine : rien à faire."
  exit 0
fi

new_stamp
echo "Remettre $dir dans son état d'origine ($ref) ?"
for f in "${changed[@]}"; do
  if [ -f "$TD4_ROOT/$f" ]; then
    echo "  $f : votre version sera gardée dans $(basename "$f").sauvegarde-$stamp"
  else
    echo "  $f : recréé"
  fi
done
for f in "${added[@]}"; do
  echo "  $f : ajouté par vous, mis de côté dans $(basename "$f").sauvegarde-$stamp"
done
confirm

backups=()
for f in "${changed[@]}" "${added[@]}"; do
  [ -f "$TD4_ROOT/$f" ] || continue
  backup="$TD4_ROOT/$f.sauvegarde-$stamp"
  put "$TD4_ROOT/$f" "$backup"
  backups+=("$(td4_show_path "$backup")")
done
for f in "${added[@]}"; do rm -f "$TD4_ROOT/$f"; done
for f in "${changed[@]}"; do
  mkdir -p "$(dirname "$TD4_ROOT/$f")"
  git -C "$TD4_ROOT" show "$ref:$f" >"$TD4_ROOT/$f"
done

echo "Question ${question%%_*} : l'exercice est revenu à son état d'origine."
for b in "${backups[@]}"; do echo "  Votre version : $b"; done
echo "Pour la remettre : scripts/recommencer.sh ${question%%_*} --restaurer"
echo "Où en êtes-vous : scripts/progres.sh ${question%%_*}"
