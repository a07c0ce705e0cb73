#!/usr/bin/env bash
# Vérifie l'édition des étudiants (scripts/edition-etudiant.sh) comme ses
# étudiants et sa notation automatique s'en serviront :
#   1. rien des corrigés ni des outils de l'enseignant, aucune ligne d'un
#      corrigé dans ses tests, son cahier ou ses scripts, aucun lien cassé ;
#   2. ses fichiers de CI se lisent (YAML, JSON) et leurs commandes passent
#      ici, dans l'ordre, exercices vides : tout est « à compléter » ;
#   3. une copie juste (les corrigés mis à la place des exercices) obtient
#      tous les points de GitHub Classroom, et les deux commandes du README.
#   tests/outils/edition_etudiant.sh [DOSSIER_DE_TRAVAIL]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=${1:-$root/build-edition}
edition="$work/edition"
python=/usr/bin/python3
fail() { echo "ÉCHEC : $*"; exit 1; }
rm -rf "$work"
mkdir -p "$work"

start=$SECONDS
"$root/scripts/edition-etudiant.sh" "$edition"
echo "Export : $((SECONDS - start)) s, $(du -sh --exclude=.git "$edition" | cut -f1) (sans .git)"
cd "$edition"

echo "== 1. Ni corrigés ni outils de l'enseignant"
for absent in solutions .ci scripts/corriger-classe.sh scripts/edition-etudiant.sh \
    scripts/equivalent-python.py tests/outils docs/enseignant.md; do
  [ ! -e "$absent" ] || fail "$absent est dans l'édition des étudiants"
done
[ -z "$(find tests -name mutants.cmake)" ] || fail "des mutants sont dans l'édition des étudiants"
# Aucun passage de trois lignes d'un corrigé (espaces et « // » de tête
# ignorés) qui ne soit déjà dans l'exercice : ni dans les tests, ni dans le
# cahier, ni dans les scripts (common/, la bibliothèque des deux éditions,
# calcule les références des tests).
"$python" - "$root" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
def lines(path):
    out = []
    for raw in path.read_text(errors="replace").splitlines():
        line = re.sub(r"^\s*(//+\s?)?", "", raw).strip()
        if line and line not in "{}();":
            out.append(line)
    return out
def windows(ls):
    return {"\n".join(ls[i:i + 3]) for i in range(len(ls) - 2)}
fragments = set()
for solution in sorted((root / "solutions").glob("*/*.cpp")):
    exercise = root / "exercises" / solution.relative_to(root / "solutions")
    given = windows(lines(exercise)) if exercise.exists() else set()
    code = [l for l in lines(solution) if not l.startswith("#include")]
    fragments |= windows(code) - given
assert fragments, "aucun passage propre aux corrigés : la vérification ne vérifierait rien"
leaks = []
for path in sorted(pathlib.Path(".").rglob("*")):
    if not path.is_file() or path.parts[0] in (".git", "common", "build") or path.suffix == ".png":
        continue
    found = windows(lines(path)) & fragments
    if found:
        leaks.append(f"{path} : « {sorted(found)[0]} »")
if leaks:
    print("ÉCHEC : des passages des corrigés sont dans l'édition :\n" + "\n".join(leaks))
    sys.exit(1)
print(f"  aucun des {len(fragments)} passages de trois lignes propres aux corrigés")
PY
# Les liens relatifs des pages Markdown mènent à un fichier de l'édition.
while IFS= read -r -d '' page; do
  while IFS= read -r target; do
    target=${target%%#*}
    [ -z "$target" ] || [ -e "$(dirname "$page")/$target" ] || fail "$page : lien cassé vers $target"
  done < <(grep -o -E '\]\([^)[:space:]]+\)' "$page" | sed -E 's/^\]\((.*)\)$/\1/' | grep -v -E '^[a-z]+:' || true)
done < <(find . -name '*.md' -not -path './.git/*' -print0)
echo "  liens des pages : tous vers un fichier de l'édition"

echo "== 2. La notation automatique, exercices vides"
# Les commandes, dans l'ordre de chaque fichier : GitHub Actions (« run » de
# chaque étape), GitLab CI (script puis after_script), GitHub Classroom.
"$python" - "$work" <<'PY'
import json, sys, yaml
work = sys.argv[1]
gh = yaml.safe_load(open(".github/workflows/notation.yml"))
gl = yaml.safe_load(open(".gitlab-ci.yml"))
classroom = json.load(open(".github/classroom/autograding.json"))
steps = gh["jobs"]["tests"]["steps"]
with open(f"{work}/github.txt", "w") as f:
    for s in steps:
        if "run" in s:
            f.write(s["run"] + "\n")
job = gl["notation"]
with open(f"{work}/gitlab.txt", "w") as f:
    for line in job["script"] + job["after_script"]:
        f.write(line + "\n")
assert job["artifacts"]["reports"]["junit"] == "build/resultats.xml"
with open(f"{work}/classroom.txt", "w") as f:
    for t in classroom["tests"]:
        f.write(f'{t["points"]}\x1f{t["setup"]}\x1f{t["run"]}\n')
bareme = [l.split() for l in open(".github/classroom/bareme.txt") if l.strip() and not l.startswith("#")]
assert sum(int(p) for _, p in bareme) == sum(t["points"] for t in classroom["tests"])
print(f"  YAML et JSON lus : {len(steps)} étapes GitHub, {len(job['script'])} commandes GitLab, "
      f"{len(classroom['tests'])} questions notées sur {sum(t['points'] for t in classroom['tests'])}")
PY
export GITHUB_STEP_SUMMARY="$work/resume.md"
for ci in github gitlab; do
  start=$SECONDS
  while IFS= read -r command; do
    echo "  \$ $command"
    bash -c "$command" >"$work/$ci.log" 2>&1 || { tail -n 30 "$work/$ci.log"; fail "$ci : « $command » a échoué"; }
  done <"$work/$ci.txt"
  echo "  commandes $ci : $((SECONDS - start)) s"
done
grep -q "<testsuite" build/resultats.xml || fail "pas de rapport JUnit dans build/resultats.xml"
grep -q "à compléter" "$GITHUB_STEP_SUMMARY" || fail "le résumé GitHub ne dit pas ce qui est à compléter"

# GitHub Classroom : avec les exercices vides, aucun point (et parce que
# tout est « à compléter ») ; avec une copie juste, tous.
classroom() {
  local expected=$1 total=0 points setup run
  while IFS=$'\x1f' read -r points setup run; do
    [ -n "$run" ] || fail "autograding.json : un test sans commande"
    if bash -c "${setup:-true} && $run" >"$work/classroom.log" 2>&1; then
      total=$((total + points))
      [ "$expected" -gt 0 ] || { cat "$work/classroom.log"; fail "« $run » réussit sur des exercices vides"; }
    else
      [ "$expected" -eq 0 ] || { cat "$work/classroom.log"; fail "« $run » échoue sur une copie juste"; }
      grep -q "à compléter" "$work/classroom.log" \
        || { cat "$work/classroom.log"; fail "« $run » échoue sans dire « à compléter »"; }
    fi
  done <"$work/classroom.txt"
  echo "  GitHub Classroom : $total points"
}
classroom 0

echo "== 3. Une copie juste, et les deux commandes du README"
cp -r "$root"/solutions/. exercises/
classroom 1
for preset in figures tests; do
  start=$SECONDS
  cmake --workflow --preset "$preset" >"$work/readme-$preset.log" 2>&1 \
    || { tail -n 30 "$work/readme-$preset.log"; fail "cmake --workflow --preset $preset a échoué"; }
  echo "  cmake --workflow --preset $preset : $((SECONDS - start)) s"
done
grep -q "100% tests passed" "$work/readme-tests.log" || fail "des tests échouent sur une copie juste"
ls build/figures/*.png >/dev/null 2>&1 || fail "aucune figure dans build/figures"
echo "Édition des étudiants : réussi."
