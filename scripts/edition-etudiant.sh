#!/usr/bin/env bash
# L'édition des étudiants : un dépôt git prêt à publier (modèle GitHub
# Classroom, projet GitLab), sans les corrigés ni les outils de l'enseignant.
#
#   scripts/edition-etudiant.sh [--niveau guide|ouvert|ouvert:NN,NN] DOSSIER
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
Usage : scripts/edition-etudiant.sh [--niveau NIVEAU] DOSSIER

Écrit dans DOSSIER (qui ne doit pas exister, ou être vide) l'édition des
étudiants : un dépôt git d'un seul commit, sans solutions/, sans mutants,
sans les outils de l'enseignant, avec sa notation automatique. Les points
de chaque question viennent de scripts/bareme.txt.

  --niveau guide       les exercices donnent formules et méthodes (défaut)
  --niveau ouvert      les exercices ne gardent que l'énoncé, les signatures,
                       les unités et ce qu'il faut renvoyer ; formules et
                       méthodes passent dans les indices (scripts/indice.sh)
  --niveau ouvert:03,04  le niveau ouvert pour ces questions seulement
  -h, --aide  cette aide
FIN
}

level=guide open_questions=""
if [ "${1:-}" = --niveau ]; then
  case "${2:-}" in
    guide) ;;
    ouvert) level=ouvert ;;
    ouvert:*) level=ouvert open_questions=${2#ouvert:} ;;
    *) td4_die 2 "--niveau attend guide, ouvert ou ouvert:NN,NN (reçu : ${2:-rien})" ;;
  esac
  selected=""
  for nn in ${open_questions//,/ }; do
    q=$(td4_resolve_question "$nn") || td4_die 2 "--niveau : question inconnue « $nn » (reçu : $2)"
    selected+=",${q%%_*}"
  done
  open_questions=$selected
  shift 2
fi
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
    scripts/corriger-classe.sh | scripts/edition-etudiant.sh | scripts/edition-etudiant/*) return 0 ;;
    scripts/lib/correction.sh | scripts/lib/rapport.py | scripts/lib/bac-a-sable.sh) return 0 ;;
    scripts/lib/construire-copie.sh | scripts/lib/notes.py) return 0 ;;
    scripts/comparer-python.sh | scripts/equivalent-python.py | scripts/mesurer-construction.sh) return 0 ;;
    docs/enseignant.md | docs/contribuer.md | docs/performances.md | docs/figures/variantes.txt) return 0 ;;
    docs/liste-classe-exemple.csv) return 0 ;;
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

# Le niveau ouvert : ses exercices (scripts/edition-etudiant/ouvert/NN_nom)
# remplacent ceux du niveau guidé, et ses indices passent avant les autres.
if [ "$level" = ouvert ]; then
  for dir in "$template"/ouvert/[0-9][0-9]_*; do
    q=${dir##*/} hints="$dest/docs/indices/${dir##*/}.md"
    [ -z "$open_questions" ] || [[ "$open_questions," == *",${q%%_*},"* ]] || continue
    cp "$dir"/*.cpp "$dest/exercises/$q/"
    { awk '/^## /{ exit } { print }' "$hints"; cat "$dir/indices.md"
      awk 'f || /^## / { f = 1; print }' "$hints"; } >"$hints.new"
    mv "$hints.new" "$hints"
  done
fi

# Le README, la notation automatique, et les commandes du cahier qui
# lançaient un corrigé lancent le programme de l'étudiant ; la section de
# l'index pour l'enseignant (la dernière) n'y est pas.
cp "$template/README.md" "$dest/README.md"
mkdir -p "$dest/.github/workflows"
cp "$template/gitlab-ci.yml" "$dest/.gitlab-ci.yml"
sed -i -E 's/\bsol([0-9][0-9]_)/ex\1/g' "$dest"/docs/*.md
sed -i -E '/^## Pour l.enseignant/,$d' "$dest/docs/index.md"
sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$dest/docs/index.md"  # sans lignes vides finales
# Les réponses aux questions du TD restent chez l'enseignant.
sed -i '/^<!-- réponses -->$/,/^<!-- \/réponses -->$/d' "$dest"/docs/*.md
sed -i -E '/enseignant\.md|contribuer\.md|performances\.md/d' "$dest/docs/index.md"

# GitHub Actions et GitHub Classroom : le bilan par question (résumé
# Markdown, JUnit), puis une étape autograding-command-grader par point du
# barème : le point K d'une question de P points est acquis quand
# scripts/progres.sh --au-moins K/P NN réussit (la règle de scripts/lib/bareme.py,
# la même que pour les notes de la classe) ; le rapporteur additionne.
python3 "$TD4_ROOT/scripts/lib/bareme.py" verifier "$TD4_ROOT/scripts/bareme.txt" \
  $(td4_questions | cut -c 1-2) || exit 1
{
  sed -n '1,/^    steps:$/p' "$template/github/workflows/notation.yml"
  sed -n '/^      - uses: actions\/checkout/,/^      # Les points/p' "$template/github/workflows/notation.yml"
  runners=() env_lines=""
  while read -r nn points; do
    question=$(td4_resolve_question "$nn")
    for ((k = 1; k <= points; k++)); do
      id="q${nn}p$k"
      runners+=("$id")
      cat <<STEP
      - name: Question $nn (${question#??_}), point $k sur $points
        id: $id
        if: always()
        uses: classroom-resources/autograding-command-grader@v1
        with:
          test-name: Question $nn (${question#??_}), point $k sur $points
          command: scripts/progres.sh --au-moins $k/$points $nn
          timeout: 10
          max-score: 1
STEP
      env_lines+="          ${id^^}_RESULTS: \"\${{ steps.$id.outputs.result }}\""$'\n'
    done
  done < <(grep -v -E '^[[:space:]]*(#|$)' "$TD4_ROOT/scripts/bareme.txt")
  cat <<REPORT
      - name: Points (GitHub Classroom)
        if: always()
        uses: classroom-resources/autograding-grading-reporter@v1
        env:
${env_lines%$'\n'}
        with:
          runners: $(IFS=,; echo "${runners[*]}")
REPORT
  sed -n '/^      # Les points/,$p' "$template/github/workflows/notation.yml" | tail -n +2
} >"$dest/.github/workflows/notation.yml"

git -C "$dest" init -q -b main
git -C "$dest" add -A
git -C "$dest" -c user.name="TD4" -c user.email="td4@localhost" \
  commit -q -m "TD4 : édition des étudiants"
echo "Édition des étudiants écrite dans $(td4_show_path "$dest") ($count fichiers du cahier, un commit)."
echo "Publiez-la : git -C $(td4_show_path "$dest") remote add origin ADRESSE && git -C $(td4_show_path "$dest") push -u origin main"
