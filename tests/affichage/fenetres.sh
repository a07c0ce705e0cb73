#!/usr/bin/env bash
# tests/affichage/fenetres.sh DOSSIER_GNUPLOT_X11 PROGRAMME…
# Sur un écran virtuel (Xvfb, 1366×768) avec un gnuplot à fenêtres, chaque
# corrigé lancé sans --terminal ouvre ses fenêtres : une ligne « # fenêtre »
# par figure, une fenêtre X par ligne, titrée du programme et de la figure ;
# aucun PNG à la place ; et le programme rend la main.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xwininfo timeout
GNUPLOT_IOSTREAM_CMD="$(gnuplot_fenetres "$1")" || exit $?
export GNUPLOT_IOSTREAM_CMD
shift

demarrer_xvfb 1366x768
travail="$(mktemp -d)"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$travail"' EXIT

for programme in "$@"; do
  nom="$(basename "$programme")"
  debut=$(maintenant_ms)
  timeout 60 "$programme" --sortie "$travail/$nom" >"$travail/sortie" 2>"$travail/erreurs"
  code=$?
  duree=$(($(maintenant_ms) - debut))
  [ $code -eq 0 ] || echec "$nom a échoué (code $code) : $(cat "$travail/erreurs")"
  annoncees=$(grep -c "^# fenêtre [0-9]* : $nom : " "$travail/sortie")
  [ "$annoncees" -ge 1 ] || echec "$nom n'annonce aucune fenêtre :
$(cat "$travail/sortie")"
  [ ! -e "$travail/$nom" ] || echec "$nom a écrit des fichiers au lieu d'ouvrir des fenêtres"
  # Chaque titre annoncé (son début : gnuplot le coupe) est sur l'écran ; les
  # fenêtres peuvent mettre un instant à paraître.
  for essai in $(seq 20); do
    xwininfo -root -tree >"$travail/arbre" 2>/dev/null
    ouvertes=$(grep -c "\"$nom : " "$travail/arbre")
    manque=""
    while IFS= read -r ligne; do
      titre="${ligne#*: }"
      titre="${titre% (pour la fermer*}"
      grep -qF "\"${titre:0:40}" "$travail/arbre" || manque="$titre"
    done < <(grep "^# fenêtre" "$travail/sortie")
    [ "$ouvertes" -eq "$annoncees" ] && [ -z "$manque" ] && break
    [ "$essai" -lt 20 ] && sleep 0.5
  done
  [ -z "$manque" ] || echec "$nom : pas de fenêtre « $manque » ; fenêtres :
$(grep "\"$nom" "$travail/arbre")"
  [ "$ouvertes" -eq "$annoncees" ] \
    || echec "$nom : $annoncees fenêtres annoncées, $ouvertes fenêtres titrées « $nom : … » sur l'écran"
  echo "$nom : $annoncees fenêtres titrées en $duree ms"
done
echo "Fenêtres : tout est bon."
