#!/usr/bin/env bash
# tests/affichage/gnuplot_bloque_test.sh PROGRAMME
# Un gnuplot qui ne rend jamais la main : le programme s'arrête au bout de
# la limite de temps (TD4_DELAI_GNUPLOT, ici 2 s) avec une ligne française
# qui cite le message de gnuplot, et le code 1.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger timeout
programme=$1
travail="$(mktemp -d)"
trap 'rm -rf "$travail"' EXIT
for terminal in png dumb; do
  debut=$(maintenant_ms)
  GNUPLOT_IOSTREAM_CMD="$(dirname "$0")/gnuplot_bloque.sh" TD4_DELAI_GNUPLOT=2 \
    timeout 120 "$programme" --terminal $terminal --sortie "$travail" >/dev/null 2>"$travail/erreurs"
  code=$?
  duree=$(($(maintenant_ms) - debut))
  [ $code -eq 1 ] || echec "--terminal $terminal : code $code au lieu de 1 : $(cat "$travail/erreurs")"
  # (20 s : de la marge pour une machine chargée ; sans la limite de 2 s, le
  # programme attendrait gnuplot jusqu'au bout du timeout.)
  [ $duree -lt 20000 ] || echec "--terminal $terminal : $duree ms (limite : 2 s par figure)"
  grep -q "gnuplot n'a pas fini la figure .* en 2 s : arrêté ; son message : « qt.qpa.xcb: could not connect to display :0 »" \
    "$travail/erreurs" || echec "--terminal $terminal : message inattendu : $(cat "$travail/erreurs")"
  echo "--terminal $terminal : arrêté en $duree ms : $(cat "$travail/erreurs")"
done
