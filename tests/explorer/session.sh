#!/usr/bin/env bash
# tests/explorer/session.sh DOSSIER_DES_PROGRAMMES [--mesurer]
# Des sessions --explorer écrites d'avance sur l'entrée standard : chaque
# changement refait le tableau (et les figures), dit ce qui a changé
# qualitativement ; une commande fausse ou une valeur refusée donne une ligne
# en français et la session continue ; la fin de l'entrée termine (code 0).
# Avec --mesurer, donne aussi le temps d'un redessin (« refaire ») de chaque
# corrigé.
set -uo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "ÉCHEC : $*"; exit 1; }

# session PROGRAMME OPTIONS… <commandes : sortie dans $work/out et $work/err
session() {
  local program=$1
  shift
  timeout 300 "$bin/$program" "$@" --explorer >"$work/out" 2>"$work/err"
  code=$?
  [ $code -eq 0 ] || fail "$program $* --explorer : code $code
$(cat "$work/err")"
}
has() { grep -qF -- "$1" "$work/out" || fail "« $1 » manque dans la sortie :
$(grep -v '^# r\* =' "$work/out")"; }
said() { grep -qF -- "$1" "$work/err" || fail "« $1 » manque sur stderr :
$(cat "$work/err")"; }
count() { grep -c -- "$1" "$work/out"; }

echo "== 04 : nombre de points fixes, pas, commandes fausses, valeur refusée"
printf 'w 0.03\nw 0.05\n+w\nfoo 1\nw abc\ndt 20\nparams\nw=0,06 Iext -1\n' \
  | session sol04_stabilite --terminal aucun --w 0.05
[ "$(count '^r_etoile')" -eq 5 ] || fail "04 : $(count '^r_etoile') tableaux au lieu de 5 (départ, 0.03, 0.05, 0.055, 0.06)"
has "# changement : 1 point fixe (étaient 3) : plus de bistabilité"
has "# changement : 3 points fixes (étaient 1) : bistabilité"
has "#  w = 0.055 (pas de 0.005)"
has "w = 0.055  r0 = (défaut)"   # params : la valeur refusée n'a pas été gardée
has "# Iext = -1  w = 0.06  tau = 10"
said "explorer : « foo » n'est ni un paramètre ni une commande"
said "--w attend un nombre"
said "--dt doit être < tau"
[ "$(wc -l <"$work/err")" -eq 3 ] || fail "04 : une ligne par erreur attendue sur stderr :
$(cat "$work/err")"
echo "  5 tableaux, 2 changements nommés, 3 erreurs en une ligne chacune, fin de l'entrée : code 0"

echo "== 05 : foyer et cycle limite"
printf 'wEE 0.03\nwEE 0.1\nquitter\nwEE 0.5\n' | session sol05_reseau_EI --terminal aucun
has "# changement : le point fixe était foyer instable, il est foyer stable"
has "# changement : plus de cycle limite"
has "# changement : le point fixe était foyer stable, il est foyer instable : bifurcation de Hopf"
has "# changement : cycle limite, période"
[ "$(count '^rE  rI')" -eq 3 ] || fail "05 : « quitter » n'a pas arrêté la session"
echo "  Hopf et cycle limite nommés, « quitter » termine"

echo "== 06 : le bump"
printf 'J1 0.5\n' | session sol06_bump --terminal aucun
has "# changement : le bump ne persiste plus"
echo "  la fin du bump nommée"

echo "== 02 : les mêmes fichiers réécrits"
printf 'Iext 10\n' | session sol02_inhibiteur --terminal png --sortie "$work/png"
for f in "$work"/png/*.png; do
  [ "$(grep -c "^# figure : .*/$(basename "$f")$" "$work/out")" -eq 2 ] || fail "02 : $f pas réécrit"
done
[ -z "$(find "$work/png" -name '.*')" ] || fail "02 : des fichiers partiels restent"
echo "  $(ls "$work"/png | wc -l) PNG réécrits en place"

echo "== Exercice à compléter : la session continue"
printf 'w 0.03\n' | session ex04_stabilite --terminal aucun
[ "$(grep -c 'à compléter' "$work/out")" -eq 2 ] || fail "ex04 : « à compléter » attendu à chaque dessin"
echo "  « à compléter » à chaque dessin, code 0"

[ "${2:-}" = --mesurer ] || { echo "Explorer : tout est bon."; exit 0; }
echo "== Temps d'un redessin (refaire), figures PNG"
for program in "$bin"/sol0*; do
  name=$(basename "$program")
  start=$(date +%s%N)
  printf '' | session "$name" --terminal png --sortie "$work/t-$name"
  one=$(($(date +%s%N) - start))
  start=$(date +%s%N)
  printf 'refaire\nrefaire\nrefaire\n' | session "$name" --terminal png --sortie "$work/t-$name"
  four=$(($(date +%s%N) - start))
  echo "  $name : $(((four - one) / 3000000)) ms par redessin (premier dessin : $((one / 1000000)) ms)"
done
echo "Explorer : tout est bon."
