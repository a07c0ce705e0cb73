#!/usr/bin/env bash
# tests/affichage/touche_q.sh DOSSIER_GNUPLOT_X11 DOSSIER_GNUPLOT_QT PROGRAMME
# Comme un étudiant devant son bureau (Xvfb, 1366×768, gestionnaire de
# fenêtres openbox) : pour chaque terminal à fenêtres (qt, wxt, x11), le
# programme ouvre ses fenêtres, puis la touche q pressée dans chacune (après
# un clic qui lui donne le focus) la ferme, comme le programme l'annonce.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xwininfo xprop xauth mcookie openbox xdotool timeout
programme=$3
nom="$(basename "$programme")"

travail="$(mktemp -d)"
XVFB_PID="" OPENBOX_PID=""
trap '[ -n "$OPENBOX_PID" ] && kill $OPENBOX_PID 2>/dev/null; [ -n "$XVFB_PID" ] && kill $XVFB_PID 2>/dev/null; rm -rf "$travail"' EXIT
qt="$(gnuplot_qt "$2")" || exit $?
wxt="$(gnuplot_fenetres "$1")" || exit $?
x11="$(gnuplot_x11_seul "$1" "$travail")" || exit $?
demarrer_xvfb 1366x768 "$travail"
demarrer_openbox

# La classe X de la fenêtre dit quel terminal de gnuplot l'a ouverte.
declare -A classe=([qt]=gnuplot_qt [wxt]=gnuplot-wxt [x11]=Gnuplot)
for terminal in qt wxt x11; do
  export GNUPLOT_IOSTREAM_CMD="${!terminal}"
  timeout 300 "$programme" --terminal fenetre >"$travail/sortie" 2>"$travail/erreurs" \
    || echec "$terminal : $nom a échoué : $(cat "$travail/erreurs")"
  grep -q "(pour la fermer : touche q dans la fenêtre)" "$travail/sortie" \
    || echec "$terminal : la touche q n'est pas annoncée : $(cat "$travail/sortie")"
  n=$(grep -c "^# fenêtre" "$travail/sortie")
  attendre_fenetres "$nom" "$n" || echec "$terminal : $n fenêtres annoncées, $(cadres "$nom" | wc -l) sur l'écran"
  for id in $(cadres "$nom" | awk '{print $1}'); do
    xprop -id "$id" WM_CLASS | grep -q "\"${classe[$terminal]}\"" \
      || echec "$terminal : la fenêtre n'est pas de ce terminal : $(xprop -id "$id" WM_CLASS)"
    xdotool windowactivate --sync "$id" 2>/dev/null
    xdotool key --clearmodifiers q
    for _ in $(seq 600); do
      xdotool search --onlyvisible --name "^$nom" 2>/dev/null | grep -qx "$id" || break
      sleep 0.1
    done
    xdotool search --onlyvisible --name "^$nom" 2>/dev/null | grep -qx "$id" \
      && echec "$terminal : la touche q n'a pas fermé la fenêtre « $(xdotool getwindowname "$id") »"
  done
  [ "$(cadres "$nom" | wc -l)" -eq 0 ] || echec "$terminal : des fenêtres restent"
  echo "$terminal : $n fenêtres de $nom, chacune fermée par la touche q"
done
echo "Touche q : tout est bon."
