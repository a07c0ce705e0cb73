#!/usr/bin/env bash
# Vérifie scripts/corriger-classe.sh sur des copies fabriquées à partir de
# la question 01 : complète, partielle, qui ne compile pas, qui boucle sans
# fin ; justes mais aux noms hostiles (« ` », « $(…) », Latin-1) ; une dont
# le message d'échec fait 1 Mio d'UTF-8 invalide avec un caractère de sens
# d'écriture. Chacune doit recevoir le bon statut et ses points (au prorata
# des cas réussis), en un temps borné, et rester intacte ; rien ne doit être
# créé hors du rapport ; notes.csv suit la liste de la classe (--liste), qui
# ne connaît pas toutes les copies.
#   tests/outils/correction_classe.sh [DOSSIER_DE_CONSTRUCTION]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build=${1:-$root/build-correction}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

q=01_courbe_fI
solution="$root/solutions/$q/courbe_fI.cpp"
answers="$root/solutions/$q/reponses.txt"  # les réponses justes aux questions du TD
copies="$work/copies"
for name in complet partiel ne_compile_pas boucle_infinie; do
  mkdir -p "$copies/$name/$q"
  cp "$solution" "$answers" "$copies/$name/$q/"
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
# Justes, aux noms qu'un interpréteur prendrait pour des commandes.
hostile=('a`touch CREE1`' 'b$(touch CREE2)' "$(printf 'c\xe9l\xe8ve')")
for name in "${hostile[@]}"; do
  mkdir -p "$copies/$name/$q"
  cp "$solution" "$answers" "$copies/$name/$q/"
done
# Un message d'échec de 1 Mio : UTF-8 invalide et U+202E (écriture à rebours).
mkdir -p "$copies/message_geant/$q"
cp "$solution" "$answers" "$copies/message_geant/$q/"
sed -i 's/^double fI(double I, const Transfer& p) {$/&\n  throw std::runtime_error(std::string(1 << 20, (char)0xff) + "\\xe2\\x80\\xae fin");/' \
  "$copies/message_geant/$q/courbe_fI.cpp"
sed -i '1i #include <stdexcept>' "$copies/message_geant/$q/courbe_fI.cpp"
grep -q '0xff' "$copies/message_geant/$q/courbe_fI.cpp" \
  || { echo "ÉCHEC : la copie « message_geant » n'a pas pu être fabriquée"; exit 1; }
# La liste de la classe (export de Moodle, colonne « copie » ajoutée) : deux
# copies seulement, et un étudiant sans copie.
cat >"$work/liste.csv" <<'CSV'
Prénom;Nom;Adresse de courriel;copie
Alice;Martin;alice.martin@exemple.fr;complet
Bob;Durand;-bob@exemple.fr;partiel
Chloé;Petit;chloe.petit@exemple.fr;
CSV
before=$(cd "$copies" && find . -type f -exec md5sum {} + | sort)

mkdir "$work/ici"
start=$SECONDS
(cd "$work/ici" && "$root/scripts/corriger-classe.sh" --delai 5 --questions 01 --construction "$build" \
  --liste "$work/liste.csv" "$copies" "$work/rapport" 2>"$work/stderr.txt")
cat "$work/stderr.txt"
echo "Durée : $((SECONDS - start)) s"

status=0
expect() {
  if grep -qF "\"$1\",\"01\",\"$2\",${3:-}" "$work/rapport/rapport.csv"; then
    echo "✔ $1 : $2"
  else
    echo "✘ $1 : attendu « $2 », obtenu : $(grep "^\"$1\"," "$work/rapport/rapport.csv" || echo rien)"
    status=1
  fi
}
expect complet "réussi" '14,0,0,""'
expect partiel "à compléter" '10,0,4,"10 test(s) réussi(s) sur 14 ; à écrire : inverse_samples"'
expect ne_compile_pas "ne compile pas" '0,0,0,"01_courbe_fI/courbe_fI.cpp:'
expect boucle_infinie "délai dépassé" '5,9,0,"les tests ont duré plus de 5 s (une boucle sans fin ?)"'
grep -qF '| ne\_compile\_pas | ✘ ne compile pas (0/'"$(awk '$1 == "01" { print $2 }' "$root/scripts/bareme.txt")"') | 0 / 1 |' \
  "$work/rapport/rapport.md" \
  || { echo "✘ le tableau Markdown n'a pas la ligne attendue"; status=1; }
for name in 'a`touch CREE1`' 'b$(touch CREE2)' 'c�l�ve'; do expect "$name" "réussi" '14,0,0,""'; done
expect message_geant "à corriger"
# Le message géant : coupé, UTF-8 remplacé, U+202E neutralisé, partout.
size=$(grep -a message_geant "$work/rapport/rapport.csv" | wc -c)
[ "$size" -lt 20000 ] && grep -a message_geant "$work/rapport/rapport.csv" | grep -q '��' \
  && ! grep -q $'\u202e' "$work/rapport/rapport.csv" "$work/rapport/rapport.md" \
  && iconv -f UTF-8 -t UTF-8 "$work/rapport/rapport.csv" >/dev/null \
  && iconv -f UTF-8 -t UTF-8 "$work/rapport/rapport.md" >/dev/null \
  && echo "✔ message géant : $size octets dans rapport.csv, UTF-8 valide, sans U+202E" \
  || { echo "✘ message géant : $size octets, ou UTF-8 invalide, ou U+202E dans le rapport"; status=1; }
# Rien de créé hors du rapport : ni par gnuplot, ni par le shell.
created=$(find "$work" "$root" -name 'CREE*' 2>/dev/null; ls -A "$work/ici")
[ -z "$created" ] && echo "✔ noms hostiles : rien de créé" || { echo "✘ créé : $created"; status=1; }

# Les notes : seule la question 01 est corrigée, les autres comptent 0 (la
# note n'est pas ramenée à la seule question 01). La partielle réussit 10
# cas sur 14 (ses réponses au TD comprises) : ⌊P × 10 / 14⌋ points. notes.csv suit la liste : l'identifiant
# « -bob@… » reste tel quel ; les autres copies vont à part, et le disent.
points=$(awk '$1 == "01" { print $2 }' "$root/scripts/bareme.txt")
total=$(awk '!/^#/ && NF == 2 { s += $2 } END { print s }' "$root/scripts/bareme.txt")
note() { awk -v p="$1" -v t="$total" 'BEGIN { printf "%.2f", p / t * 20 }' | sed -e 's/0*$//' -e 's/\.$//'; }
partial=$((points * 10 / 14))
[ "$partial" -gt 0 ] && [ "$partial" -lt "$points" ] || { echo "✘ barème : la partielle n'aurait pas de points partiels"; status=1; }
expected_notes="Adresse de courriel,question_01,note_sur_20
alice.martin@exemple.fr,$points,$(note "$points")
-bob@exemple.fr,$partial,$(note "$partial")"
[ "$(cat "$work/rapport/notes.csv")" = "$expected_notes" ] && echo "✔ notes.csv : liste, prorata, 0 hors des questions corrigées" \
  || { echo "✘ notes.csv :"; cat "$work/rapport/notes.csv"; echo "  attendu :"; echo "$expected_notes"; status=1; }
for row in "ne_compile_pas,0,0" "boucle_infinie,0,0" "b\$(touch CREE2),$points,$(note "$points")"; do
  grep -qx -- "$row" "$work/rapport/notes-sans-identifiant.csv" \
    || { echo "✘ notes-sans-identifiant.csv : pas de ligne « $row »"; status=1; }
done
grep -q '^message_geant,' "$work/rapport/notes-sans-identifiant.csv" \
  || { echo "✘ notes-sans-identifiant.csv : pas de ligne pour message_geant"; status=1; }
grep -q "Attention : 6 copie(s) absente(s) de la liste" "$work/stderr.txt" \
  && grep -q "6 copie(s) absente(s) de la liste de la classe" "$work/rapport/rapport.md" \
  && grep -q "1 étudiant(s) de la liste sans copie" "$work/rapport/rapport.md" \
  && grep -q "non corrigées, 0 point dans la note" "$work/rapport/rapport.md" \
  && echo "✔ copies hors de la liste signalées avant la correction et dans le rapport" \
  || { echo "✘ copies hors de la liste non signalées"; status=1; }
[ "$(head -c 4 "$work/rapport/classe.png" | tail -c 3)" = PNG ] \
  && grep -qF '](classe.png)' "$work/rapport/rapport.md" && echo "✔ notes.csv et classe.png" \
  || { echo "✘ pas d'image de la classe dans le rapport"; status=1; }
grep -q '^## ' "$work/rapport/reponses.md" 2>/dev/null && echo "✔ reponses.md, les réponses de la classe" \
  || { echo "✘ pas de reponses.md dans le rapport"; status=1; }
after=$(cd "$copies" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] && echo "✔ copies intactes" || { echo "✘ une copie a été modifiée"; status=1; }
[ $status -eq 0 ] && echo "RÉUSSI" || echo "ÉCHEC"
exit $status
