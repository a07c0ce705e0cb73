#!/usr/bin/env bash
# L'édition des étudiants : un dépôt git prêt à publier (modèle GitHub
# Classroom, projet GitLab), sans les corrigés ni les outils de l'enseignant.
#
#   scripts/edition-etudiant.sh DOSSIER
#
# Elle contient les exercices à compléter, la bibliothèque commune, les tests
# (sans les mutants, qui sont des corrigés modifiés), le cahier et ses
# indices, les outils de l'étudiant, son README et sa notation automatique
# (GitHub Actions, GitHub Classroom, GitLab CI) avec les points de
# scripts/bareme.txt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/td4.sh"

usage() {
  cat <<FIN
Usage : scripts/edition-etudiant.sh DOSSIER

Écrit dans DOSSIER (qui ne doit pas exister, ou être vide) l'édition des
étudiants : un dépôt git d'un seul commit, sans solutions/, sans mutants,
sans les outils de l'enseignant, avec sa notation automatique. Les points
de chaque question viennent de scripts/bareme.txt.

  -h, --aide  cette aide
FIN
}

case "${1:-}" in
  -h | --aide | --help) usage; exit 0 ;;
  "" | -*) usage >&2; exit 2 ;;
esac
[ $# -eq 1 ] || td4_die 2 "un seul dossier de destination (reçu : $*)"
dest=$(realpath -m "$1")
if [ -e "$dest" ] && [ -n "$(ls -A "$dest" 2>/dev/null)" ]; then
  td4_die 2 "$1 existe déjà et n'est pas vide : choisissez un dossier neuf"
fi
git -C "$TD4_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1 \
  || td4_die 1 "ce dossier n'est pas un dépôt git : impossible de savoir quels fichiers exporter"
template="$TD4_ROOT/scripts/edition-etudiant"

# Ce qui reste chez l'enseignant : les corrigés et tout ce qui en est tiré
# (mutants, équivalent Python), les outils et les pages de l'enseignant.
teacher_only() {
  case "$1" in
    solutions/* | tests/*/mutants.cmake | tests/outils/* | .ci/* | README.md) return 0 ;;
    tests/robustesse/* | tests/affichage/* | tests/explorer/* | tests/docs/*) return 0 ;;  # lancent les corrigés
    scripts/corriger-classe.sh | scripts/edition-etudiant.sh | scripts/edition-etudiant/* | scripts/bareme.txt) return 0 ;;
    scripts/comparer-python.sh | scripts/equivalent-python.py | scripts/mesurer-construction.sh) return 0 ;;
    docs/enseignant.md | docs/contribuer.md | docs/performances.md | docs/figures/variantes.txt) return 0 ;;
  esac
  return 1
}

mkdir -p "$dest"
count=0
while IFS= read -r -d '' f; do
  teacher_only "$f" && continue
  [ -f "$TD4_ROOT/$f" ] || continue
  mkdir -p "$dest/$(dirname "$f")"
  cp -p "$TD4_ROOT/$f" "$dest/$f"
  count=$((count + 1))
done < <(git -C "$TD4_ROOT" ls-files -z)

# Le README, la notation automatique, et les commandes du cahier qui
# lançaient un corrigé lancent le programme de l'étudiant.
cp "$template/README.md" "$dest/README.md"
mkdir -p "$dest/.github/workflows" "$dest/.github/classroom"
cp "$template/github/workflows/notation.yml" "$dest/.github/workflows/"
cp "$template/gitlab-ci.yml" "$dest/.gitlab-ci.yml"
sed -i -E 's/\bsol([0-9][0-9]_)/ex\1/g' "$dest"/docs/*.md
sed -i -E '/enseignant\.md|contribuer\.md|performances\.md/d' "$dest/docs/index.md"

# GitHub Classroom : un test par question, qui rapporte ses points quand la
# question est réussie (scripts/progres.sh --verdict).
{
  echo '{"tests": ['
  sep=""
  while read -r nn points; do
    question=$(td4_resolve_question "$nn") || td4_die 1 "bareme.txt : question inconnue $nn"
    [[ $points =~ ^[0-9]+$ ]] || td4_die 1 "bareme.txt : points de la question $nn invalides ($points)"
    setup=""
    [ -n "$sep" ] || setup="scripts/installer-dependances.sh"
    printf '%s  {"name": "Question %s (%s)", "setup": "%s", "run": "scripts/progres.sh --verdict %s", ' \
      "$sep" "$nn" "${question#??_}" "$setup" "$nn"
    printf '"input": "", "output": "", "comparison": "included", "timeout": 15, "points": %s}' "$points"
    sep=$',\n'
  done < <(grep -v -E '^[[:space:]]*(#|$)' "$TD4_ROOT/scripts/bareme.txt")
  printf '\n]}\n'
} >"$dest/.github/classroom/autograding.json"
cp "$TD4_ROOT/scripts/bareme.txt" "$dest/.github/classroom/bareme.txt"

git -C "$dest" init -q -b main
git -C "$dest" add -A
git -C "$dest" -c user.name="TD4" -c user.email="td4@localhost" \
  commit -q -m "TD4 : édition des étudiants"
echo "Édition des étudiants écrite dans $(td4_show_path "$dest") ($count fichiers du cahier, un commit)."
echo "Publiez-la : git -C $(td4_show_path "$dest") remote add origin ADRESSE && git -C $(td4_show_path "$dest") push -u origin main"
