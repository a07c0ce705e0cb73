#!/usr/bin/env bash
# tests/affichage/fenetres.sh DOSSIER_GNUPLOT_X11 PROGRAMME…
# Sur un écran virtuel (Xvfb, 1366×768) avec un gnuplot à fenêtres, chaque
# corrigé lancé sans --terminal ouvre ses fenêtres : une ligne « # fenêtre »
# par figure, une fenêtre X par ligne, titrée du programme et de la figure ;
# aucun PNG à la place ; et le programme rend la main.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xwininfo xauth mcookie timeout
GNUPLOT_IOSTREAM_CMD="$(gnuplot_fenetres "$1")" || exit $?
export GNUPLOT_IOSTREAM_CMD
shift

travail="$(mktemp -d)"
XVFB_PID=""
trap '[ -n "$XVFB_PID" ] && kill $XVFB_PID 2>/dev/null; rm -rf "$travail"' EXIT
demarrer_xvfb 1366x768 "$travail"

# Sans le bon cookie, l'écran refuse : des PNG, et la raison du serveur.
XAUTHORITY=/dev/null "$1" --sortie "$travail/refus" >"$travail/sortie" 2>&1
grep -q "^# pas de fenêtre (l'écran DISPLAY=$DISPLAY refuse la connexion : « .* ») ; figures en PNG" \
  "$travail/sortie" || echec "sans cookie : pas de repli annoncé : $(cat "$travail/sortie")"
echo "écran protégé, sans son cookie : PNG, la raison du serveur dite"

# Un écran, mais le gnuplot installé sans fenêtre (gnuplot-nox, celui de la
# CI) : des PNG avec une ligne qui nomme le paquet, et --terminal fenetre
# refusé de même.
if command -v gnuplot >/dev/null && ! gnuplot -e 'set terminal wxt' 2>/dev/null \
  && ! gnuplot -e 'set terminal qt' 2>/dev/null && ! gnuplot -e 'set terminal x11' 2>/dev/null; then
  GNUPLOT_IOSTREAM_CMD=gnuplot "$1" --sortie "$travail/nox" >"$travail/sortie" 2>&1 \
    || echec "gnuplot-nox : $(basename "$1") a échoué : $(cat "$travail/sortie")"
  grep -q "^# pas de fenêtre (ce gnuplot n'ouvre pas de fenêtre ; installez le paquet Debian gnuplot-qt" \
    "$travail/sortie" || echec "gnuplot-nox : pas de ligne qui nomme gnuplot-qt : $(cat "$travail/sortie")"
  ls "$travail"/nox/*.png >/dev/null 2>&1 || echec "gnuplot-nox : aucun PNG écrit"
  GNUPLOT_IOSTREAM_CMD=gnuplot "$1" --terminal fenetre --sortie "$travail/nox" >/dev/null 2>"$travail/erreurs"
  code=$?
  [ $code -eq 1 ] && grep -q "gnuplot-qt" "$travail/erreurs" \
    || echec "gnuplot-nox --terminal fenetre : code $code, $(cat "$travail/erreurs")"
  echo "gnuplot-nox sur un écran : PNG et le paquet nommé ; --terminal fenetre refusé (code 1)"
fi

for programme in "$@"; do
  nom="$(basename "$programme")"
  debut=$(maintenant_ms)
  timeout 300 "$programme" --sortie "$travail/$nom" >"$travail/sortie" 2>"$travail/erreurs"
  code=$?
  duree=$(($(maintenant_ms) - debut))
  [ $code -eq 0 ] || echec "$nom a échoué (code $code) : $(cat "$travail/erreurs")"
  annoncees=$(grep -c "^# fenêtre [0-9]* : $nom : " "$travail/sortie")
  [ "$annoncees" -ge 1 ] || echec "$nom n'annonce aucune fenêtre :
$(cat "$travail/sortie")"
  [ ! -e "$travail/$nom" ] || echec "$nom a écrit des fichiers au lieu d'ouvrir des fenêtres"
  # Chaque titre annoncé (son début : gnuplot le coupe) est sur l'écran ; les
  # fenêtres peuvent mettre un moment à paraître (120 s au plus).
  for essai in $(seq 240); do
    xwininfo -root -tree >"$travail/arbre" 2>/dev/null
    ouvertes=$(grep -c "\"$nom : " "$travail/arbre")
    manque=""
    while IFS= read -r ligne; do
      titre="${ligne#*: }"
      titre="${titre% (pour la fermer*}"
      grep -qF "\"${titre:0:40}" "$travail/arbre" || manque="$titre"
    done < <(grep "^# fenêtre" "$travail/sortie")
    [ "$ouvertes" -eq "$annoncees" ] && [ -z "$manque" ] && break
    [ "$essai" -lt 240 ] && sleep 0.5
  done
  [ -z "$manque" ] || echec "$nom : pas de fenêtre « $manque » ; fenêtres :
$(grep "\"$nom" "$travail/arbre")"
  [ "$ouvertes" -eq "$annoncees" ] \
    || echec "$nom : $annoncees fenêtres annoncées, $ouvertes fenêtres titrées « $nom : … » sur l'écran"
  # Placées en mosaïque, pas toutes en +0+0 (même sans gestionnaire de fenêtres).
  places=$(grep "\"$nom : " "$travail/arbre" | awk '{print $NF}' | sort -u | wc -l)
  [ "$places" -eq "$annoncees" ] || echec "$nom : $annoncees fenêtres mais $places places distinctes :
$(grep "\"$nom : " "$travail/arbre")"
  echo "$nom : $annoncees fenêtres titrées, à $places places distinctes, en $duree ms"
done
echo "Fenêtres : tout est bon."
