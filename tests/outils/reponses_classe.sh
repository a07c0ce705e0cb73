#!/usr/bin/env bash
# Vérifie scripts/lib/reponses-classe.py sur trois copies : une sage, une
# hostile (balises et tableaux Markdown, contrôles bidirectionnels, UTF-8
# invalide, texte très long, nom étrange), une sans réponses dans un dépôt
# entier. Le rapport doit regrouper les réponses vérifiables, montrer chaque
# réponse libre, et ne laisser passer ni balise, ni contrôle, ni texte trop long.
#   tests/outils/reponses_classe.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "ÉCHEC : $*"; exit 1; }

copies="$work/copies"
q=03_excitateur
mkdir -p "$copies/alice/$q" "$copies/bob <b>|x/$q" "$copies/claire/exercises/$q"
cat >"$copies/alice/$q/reponses.txt" <<'FIN'
nb_etats_stationnaires = 3
changement_qualitatif = Oui
w_apparition = 0,034
observation_rt = deux états finaux différents
FIN
{
  echo "nb_etats_stationnaires = 3"
  echo "changement_qualitatif = oui"
  echo "w_apparition = 0.034"
  printf 'observation_rt = <script>alert(1)</script> | col | \xe2\x80\xae!enilno \xff\xfe fin\n'
  printf 'observation_drdt = %s\n' "$(printf 'x%.0s' $(seq 1 5000))"
} >"$copies/bob <b>|x/$q/reponses.txt"
# claire : un dépôt entier, sans reponses.txt.

out="$work/reponses.md"
python3 "$root/scripts/lib/reponses-classe.py" "$copies" "$out" >/dev/null \
  || fail "le script s'est arrêté"
[ -s "$out" ] || fail "pas de rapport"
section=$(sed -n "/^## $q\$/,/^## [0-9]/p" "$out")
grep -q '| `nb_etats_stationnaires` | 3 : 2 ; (vide) : 1 |' <<<"$section" \
  || fail "la répartition de nb_etats_stationnaires (3 : 2, vide : 1) manque"
grep -q 'oui : 2' <<<"$section" || fail "« Oui » et « oui » ne sont pas regroupés"
grep -q '0.034 : 2\|0,034 : 2' <<<"$section" || fail "0,034 et 0.034 ne sont pas regroupés"
grep -q '| alice | deux états finaux différents |' <<<"$section" || fail "la réponse libre d'alice manque"
grep -q 'claire | \*(vide)\*' <<<"$section" || fail "la copie sans réponses n'est pas listée"
grep -q 'claire (pas de reponses.txt)' <<<"$section" || fail "la copie sans fichier n'est pas signalée"
grep -q '<script>\|<b>' "$out" && fail "une balise HTML passe telle quelle"
grep -q 'bob &lt;b&gt;\\|x' "$out" || fail "le nom hostile n'est pas échappé"
grep -q $'\xe2\x80\xae' "$out" && fail "un contrôle bidirectionnel passe"
python3 -c 'import sys; open(sys.argv[1], encoding="utf-8").read()' "$out" \
  || fail "le rapport n'est pas de l'UTF-8 valide"
grep -q 'xxxxxxxx…' "$out" || fail "le texte long n'est pas coupé"
long=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$out")
[ "$long" -lt 1000 ] || fail "une ligne de $long caractères : le texte long n'est pas coupé"
# Chaque ligne de tableau a le bon nombre de cellules (aucune barre non échappée).
awk -F'\\|' '/^\| (alice|bob|claire)/ { n = 0; line = $0; gsub(/\\\|/, "", line); n = gsub(/\|/, "|", line); if (n != 3) exit 1 }' "$out" \
  || fail "une barre verticale d'une réponse casse le tableau"
echo "Réponses de la classe : rapport correct pour 3 copies."
