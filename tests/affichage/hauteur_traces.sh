#!/usr/bin/env bash
# tests/affichage/hauteur_traces.sh DOSSIER_GNUPLOT_QT PROGRAMME…
# Sur un écran de 1366×768 (Xvfb), les fenêtres de chaque programme
# dessinées comme qt les dessinerait (même taille, même police), mais dans
# un PNG : gnuplot dit où est le tracé (GPVAL_TERM_YMIN, GPVAL_TERM_YMAX).
# GARDER=1 garde le dossier de travail (les PNG des fenêtres).
# Le tracé garde au moins la moitié de la hauteur de sa fenêtre : une
# légende (ou une marge fixe) ne l'écrase pas. Dans une fenêtre de moins de
# 300 pixels de haut (les sept de sol04), le titre sur deux lignes et l'axe
# x en prennent déjà un tiers : 35 % y suffisent.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xauth mcookie timeout
qt="$(gnuplot_qt "$1")" || exit $?
shift

travail="$(mktemp -d)"
XVFB_PID=""
trap '[ -n "$XVFB_PID" ] && kill $XVFB_PID 2>/dev/null; [ -n "${GARDER:-}" ] || rm -rf "$travail"' EXIT
demarrer_xvfb 1366x768 "$travail"

# Le gnuplot du programme : les questions (terminaux connus) vont à
# gnuplot-qt ; un script de fenêtre (« set terminal qt N … size L,H … »)
# est redirigé vers pngcairo à la même taille, et la hauteur du tracé notée.
cat >"$travail/gnuplot" <<FIN
#!/bin/bash
# Sans argument, le script arrive sur l'entrée standard.
[ \$# -eq 0 ] || exec env $qt "\$@"
script=\$(mktemp "$travail/script-XXXXXX")
cat >"\$script"
if grep -q '^set terminal qt .* size ' "\$script"; then
  taille=\$(sed -n 's/^set terminal qt .* size \([0-9]*\),\([0-9]*\) .*/\1,\2/p' "\$script" | head -1)
  police=\$(sed -n "s/^set terminal qt .* font '\([^']*\)'.*/\1/p" "\$script" | head -1)
  n=\$(ls "$travail"/*.png 2>/dev/null | wc -l)
  {
    echo "set terminal pngcairo size \$taille font '\$police'"
    echo "set output '$travail/\$n.png'"
    grep -v '^set terminal qt ' "\$script" | grep -v '^unset output'
    echo "print sprintf('mesure %d %d %d', GPVAL_TERM_YSIZE, GPVAL_TERM_YMIN, GPVAL_TERM_YMAX)"
  } >"$travail/fenetre-\$n.gp"
  mesure=\$(env $qt "$travail/fenetre-\$n.gp" 2>&1 | grep '^mesure ')
  echo "\$taille \$mesure fenêtre \$((n + 1))" >>"$travail/hauteurs"
  exit 0
fi
exec env $qt "\$script"
FIN
chmod +x "$travail/gnuplot"

for programme in "$@"; do
  nom="$(basename "$programme")"
  : >"$travail/hauteurs"
  rm -f "$travail"/*.png
  GNUPLOT_IOSTREAM_CMD="$travail/gnuplot" timeout 120 "$programme" --terminal fenetre \
    >"$travail/sortie" 2>&1 || echec "$nom --terminal fenetre : $(tail -3 "$travail/sortie")"
  [ -s "$travail/hauteurs" ] || echec "$nom : aucune fenêtre dessinée : $(tail -3 "$travail/sortie")"
  # « L,H mesure ysize ymin ymax fenêtre N » : le tracé, en fraction de la
  # hauteur H (GPVAL_TERM_YMIN et YMAX sont en pixels, YSIZE non).
  awk -v nom="$nom" '{
      split($1, lh, ",")
      part = (lh[2] > 0 && $5 > $4) ? ($5 - $4) / lh[2] : 0
      seuil = lh[2] >= 300 ? 0.5 : 0.35
      printf "%s, %s %s (%s pixels) : tracé sur %.0f %% de la hauteur (au moins %.0f %%)\n", nom, $6, $7, $1, 100 * part, 100 * seuil
      if (part < seuil) bad = 1
    } END { exit bad }' "$travail/hauteurs" >"$travail/bilan"
  statut=$?
  cat "$travail/bilan"
  [ $statut -eq 0 ] || echec "$nom : un tracé écrasé par sa légende ou ses marges"
done
echo "Hauteur des tracés : tout est bon."
