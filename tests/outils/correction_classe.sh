#!/usr/bin/env bash
# Vérifie scripts/corriger-classe.sh sur quatre copies fabriquées à partir de
# la question 01 : complète, partielle, qui ne compile pas, qui boucle sans
# fin. Chacune doit recevoir le bon statut, en un temps borné, et rester
# intacte.
#   tests/outils/correction_classe.sh [DOSSIER_DE_CONSTRUCTION]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build=${1:-$root/build-correction}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

q=01_courbe_fI
solution="$root/solutions/$q/courbe_fI.cpp"
copies="$work/copies"
for name in complet partiel ne_compile_pas boucle_infinie; do
  mkdir -p "$copies/$name/$q"
  cp "$solution" "$copies/$name/$q/"
done
# Partielle : une fonction pas encore écrite.
sed -i 's/^std::vector<double> inverse_samples(const Transfer& p, int n) {$/&\n  td4::todo("inverse_samples");/' \
  "$copies/partiel/$q/courbe_fI.cpp"
# Ne compile pas : une instruction sans point-virgule. (Tout part du corrigé,
# pas de exercises/, que l'étudiant modifie.)
sed -i 's/^double fI(double I, const Transfer& p) {$/&\n  double oubli = 1.0/' \
  "$copies/ne_compile_pas/$q/courbe_fI.cpp"
# Boucle sans fin dans Φ.
sed -i 's/^double fI(double I, const Transfer& p) {$/&\n  volatile int spin = 0;\n  for (;;) spin = spin + 1;/' \
  "$copies/boucle_infinie/$q/courbe_fI.cpp"
for name in partiel ne_compile_pas boucle_infinie; do
  if cmp -s "$solution" "$copies/$name/$q/courbe_fI.cpp"; then
    echo "ÉCHEC : la copie « $name » n'a pas pu être fabriquée (le corrigé a changé ?)"
    exit 1
  fi
done
before=$(cd "$copies" && find . -type f -exec md5sum {} + | sort)

start=$SECONDS
"$root/scripts/corriger-classe.sh" --delai 5 --questions 01 --construction "$build" \
  "$copies" "$work/rapport"
echo "Durée : $((SECONDS - start)) s"

status=0
expect() {
  if grep -qF "\"$1\",\"01\",\"$2\",$3" "$work/rapport/rapport.csv"; then
    echo "✔ $1 : $2"
  else
    echo "✘ $1 : attendu « $2 », obtenu : $(grep "^\"$1\"," "$work/rapport/rapport.csv" || echo rien)"
    status=1
  fi
}
expect complet "réussi" '9,0,0,""'
expect partiel "à compléter" '5,0,4,"5 test(s) réussi(s) sur 9 ; à écrire : inverse_samples"'
expect ne_compile_pas "ne compile pas" '0,0,0,"01_courbe_fI/courbe_fI.cpp:'
expect boucle_infinie "délai dépassé" '0,9,0,"les tests ont duré plus de 5 s (une boucle sans fin ?)"'
grep -q '| ne_compile_pas | ✘ ne compile pas | 0 / 1 |' "$work/rapport/rapport.md" \
  || { echo "✘ le tableau Markdown n'a pas la ligne attendue"; status=1; }
# Les notes : seule la question 01 est corrigée, elle vaut donc toute la note.
points=$(awk '$1 == "01" { print $2 }' "$root/scripts/bareme.txt")
for row in "identifiant,question_01,note_sur_20" "complet,$points,20" "partiel,0,0" "boucle_infinie,0,0"; do
  grep -qx "$row" "$work/rapport/notes.csv" \
    || { echo "✘ notes.csv : pas de ligne « $row » : $(cat "$work/rapport/notes.csv")"; status=1; }
done
[ "$(head -c 4 "$work/rapport/classe.png" | tail -c 3)" = PNG ] \
  && grep -qF '](classe.png)' "$work/rapport/rapport.md" && echo "✔ notes.csv et classe.png" \
  || { echo "✘ pas d'image de la classe dans le rapport"; status=1; }
after=$(cd "$copies" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] && echo "✔ copies intactes" || { echo "✘ une copie a été modifiée"; status=1; }
[ $status -eq 0 ] && echo "RÉUSSI" || echo "ÉCHEC"
exit $status
