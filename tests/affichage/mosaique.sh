#!/usr/bin/env bash
# tests/affichage/mosaique.sh DOSSIER_GNUPLOT_X11 DOSSIER_GNUPLOT_QT PROGRAMME
# Sur un bureau (Xvfb, openbox : barres de titre) de 1366×768 puis de
# 1920×1080, avec qt puis wxt : les fenêtres du programme (sol04 : sept
# figures), cadres compris, sont toutes sur l'écran et aucune n'en recouvre
# une autre ; un deuxième lancement n'ouvre pas ses fenêtres exactement sur
# celles du premier, et ses titres disent « (2) ».
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xwininfo xprop xauth mcookie openbox xdotool timeout
programme=$3
nom="$(basename "$programme")"
qt="$(gnuplot_qt "$2")" || exit $?
wxt="$(gnuplot_fenetres "$1")" || exit $?

travail="$(mktemp -d)"
XVFB_PID="" OPENBOX_PID=""
arreter_ecran() {
  [ -n "$OPENBOX_PID" ] && kill $OPENBOX_PID 2>/dev/null
  [ -n "$XVFB_PID" ] && kill $XVFB_PID 2>/dev/null
  [ -n "$XVFB_PID" ] && wait $XVFB_PID 2>/dev/null
  OPENBOX_PID="" XVFB_PID=""
}
trap 'arreter_ecran; rm -rf "$travail"' EXIT

# Les cadres (« id x y l h ») tous sur l'écran W×H, sans recouvrement.
separes() {
  awk -v W="$1" -v H="$2" '
    { id[NR] = $1; x[NR] = $2; y[NR] = $3; l[NR] = $4; h[NR] = $5
      if ($2 < 0 || $3 < 0 || $2 + $4 > W || $3 + $5 > H) { print "hors de l écran : " $0; bad = 1 } }
    END { for (i = 1; i <= NR; i++) for (j = 1; j < i; j++)
            if (x[i] < x[j] + l[j] && x[j] < x[i] + l[i] && y[i] < y[j] + h[j] && y[j] < y[i] + h[i]) {
              print "recouvrement : " id[j] " (" x[j] "," y[j] " " l[j] "×" h[j] ") et " id[i] " (" x[i] "," y[i] " " l[i] "×" h[i] ")"; bad = 1 }
          exit bad }'
}

for taille in 1366x768 1920x1080; do
  W=${taille%x*} H=${taille#*x}
  for terminal in qt wxt; do
    ecran="$travail/$taille-$terminal"
    mkdir -p "$ecran"
    demarrer_xvfb "$taille" "$ecran"
    demarrer_openbox
    export GNUPLOT_IOSTREAM_CMD="${!terminal}"
    timeout 300 "$programme" --terminal fenetre >"$ecran/sortie" 2>"$ecran/erreurs" \
      || echec "$taille, $terminal : $nom a échoué : $(cat "$ecran/erreurs")"
    n=$(grep -c "^# fenêtre" "$ecran/sortie")
    attendre_fenetres "$nom" "$n" || echec "$taille, $terminal : $n fenêtres annoncées, $(cadres "$nom" | wc -l) sur l'écran"
    cadres_places "$nom" >"$ecran/premier"
    separes "$W" "$H" <"$ecran/premier" >"$ecran/defauts" \
      || echec "$taille, $terminal : $(cat "$ecran/defauts")"
    # Deuxième lancement : décalé, titré « (2) ».
    timeout 300 "$programme" --terminal fenetre >"$ecran/sortie2" 2>"$ecran/erreurs" \
      || echec "$taille, $terminal : deuxième lancement : $(cat "$ecran/erreurs")"
    grep -q "^# fenêtre 1 : $nom (2) : " "$ecran/sortie2" \
      || echec "$taille, $terminal : le deuxième lancement n'est pas titré « $nom (2) » : $(head -3 "$ecran/sortie2")"
    attendre_fenetres "$nom" $((2 * n)) || echec "$taille, $terminal : deuxième lancement : $(cadres "$nom" | wc -l) fenêtres sur l'écran"
    cadres_places "$nom" | comm -13 "$ecran/premier" - >"$ecran/second"
    separes "$W" "$H" <"$ecran/second" >"$ecran/defauts" \
      || echec "$taille, $terminal, deuxième lancement : $(cat "$ecran/defauts")"
    memes=$(awk 'NR == FNR { p[$2 " " $3] = 1; next } ($2 " " $3) in p' "$ecran/premier" "$ecran/second" | wc -l)
    [ "$memes" -eq 0 ] || echec "$taille, $terminal : $memes fenêtres du deuxième lancement exactement sur le premier"
    echo "$taille, $terminal : $n fenêtres ($(awk '{print $4 "×" $5}' "$ecran/premier" | sort -u | tr '\n' ' ')cadres compris) sur l'écran, sans recouvrement ; le deuxième lancement décalé"
    arreter_ecran
  done
done
echo "Mosaïque : tout est bon."
