#!/usr/bin/env bash
# tests/affichage/explorer_figures.sh DOSSIER_GNUPLOT_QT PROGRAMME
# --explorer de sol04 (sept figures) sur un bureau (Xvfb, openbox, gnuplot-qt) :
# - « w 0.03 » (un cas au lieu de deux) : cinq figures, donc cinq fenêtres ;
#   les fenêtres des figures restantes sont reprises (mêmes identifiants X),
#   les autres fermées et annoncées « fermée », aucune vieille figure à l'écran ;
#   le changement est dit (« 1 cas calculé (étaient 2) ») ;
# - « w 0.05 -0.1 » : de nouveau sept fenêtres, aucune ne recouvre une autre ;
# - SIGHUP (le terminal fermé : tmux tué), puis SIGTERM : toutes les fenêtres
#   se ferment, aucun gnuplot ne reste.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xwininfo xprop xauth mcookie openbox xdotool tmux timeout
GNUPLOT_IOSTREAM_CMD="$(gnuplot_qt "$1")" || exit $?
export GNUPLOT_IOSTREAM_CMD
programme=$2
nom="$(basename "$programme")"

travail="$(mktemp -d)"
XVFB_PID="" OPENBOX_PID="" pid=""
nettoyer() {
  exec 3>&- 2>/dev/null
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  tmux -S "$travail/tmux" kill-server 2>/dev/null
  [ -n "$OPENBOX_PID" ] && kill $OPENBOX_PID 2>/dev/null
  [ -n "$XVFB_PID" ] && kill $XVFB_PID 2>/dev/null
  rm -rf "$travail"
}
trap nettoyer EXIT
demarrer_xvfb 1366x768 "$travail"
demarrer_openbox

# Aucun recouvrement entre les cadres (lignes « id x y l h »), tous sur l'écran.
separes() {
  awk -v W=1366 -v H=768 '
    { id[NR] = $1; x[NR] = $2; y[NR] = $3; l[NR] = $4; h[NR] = $5
      if ($2 < 0 || $3 < 0 || $2 + $4 > W || $3 + $5 > H) { print "hors de l écran : " $0; bad = 1 } }
    END { for (i = 1; i <= NR; i++) for (j = 1; j < i; j++)
            if (x[i] < x[j] + l[j] && x[j] < x[i] + l[i] && y[i] < y[j] + h[j] && y[j] < y[i] + h[i]) {
              print "recouvrement : " id[j] " et " id[i]; bad = 1 }
          exit bad }'
}

mkfifo "$travail/commandes"
timeout 300 "$programme" --explorer --terminal fenetre <"$travail/commandes" >"$travail/sortie" 2>&1 &
pid=$!
exec 3>"$travail/commandes"
attendre "# paramètres :" 1
attendre_fenetres "$nom" 7 || echec "7 fenêtres attendues au départ, $(cadres "$nom" | wc -l) sur l'écran"
cadres "$nom" | awk '{print $1}' | sort >"$travail/avant"

echo "w 0.03" >&3
attendre "# changement : 1 cas calculé (étaient 2)" 1
attendre_fenetres "$nom" 5 || echec "w 0.03 : 5 figures, mais $(cadres "$nom" | wc -l) fenêtres :
$(xwininfo -root -tree | grep "\"$nom")"
[ "$(grep -c "^# fenêtre [0-9]* fermée" "$travail/sortie")" -eq 2 ] \
  || echec "w 0.03 : deux fenêtres fermées attendues : $(grep "^# fenêtre" "$travail/sortie")"
cadres "$nom" | awk '{print $1}' | sort >"$travail/apres"
[ -z "$(comm -13 "$travail/avant" "$travail/apres")" ] \
  || echec "w 0.03 : des fenêtres ont été ouvertes au lieu d'être reprises"
# Chaque fenêtre montre une figure de ce tracé : son titre est celui d'une
# fenêtre annoncée après le changement (ou reprise), jamais une figure d'avant
# disparue (l'hystérésis ou la fronce restée dans une fenêtre 6 ou 7).
for id in $(cat "$travail/apres"); do
  titre="$(xdotool getwindowname "$id")"
  grep -qF "$titre" "$travail/sortie" || echec "fenêtre inconnue « $titre »"
done
echo "w 0.03 : 7 → 5 fenêtres, 5 reprises en place, 2 fermées, le changement dit"

echo "w 0.05 -0.1" >&3
attendre "# changement : 2 cas calculés (étaient 1)" 1
attendre_fenetres "$nom" 7 || echec "w 0.05 -0.1 : 7 figures, $(cadres "$nom" | wc -l) fenêtres"
cadres_places "$nom" >"$travail/cadres"
separes <"$travail/cadres" >"$travail/defauts" || echec "w 0.05 -0.1 : $(cat "$travail/defauts")
$(cat "$travail/cadres")"
echo "w 0.05 -0.1 : de nouveau 7 fenêtres, aucune ne recouvre une autre"

# SIGTERM : le programme finit (143) et ses fenêtres se ferment.
kill -TERM "$pid"
wait "$pid"
code=$?
pid=""
exec 3>&-
[ $code -eq 143 ] || echec "SIGTERM : code $code au lieu de 143"
attendre_fenetres "$nom" 0 || echec "SIGTERM : $(cadres "$nom" | wc -l) fenêtres restent ouvertes"
echo "SIGTERM : toutes les fenêtres fermées"

# Le terminal fermé (la session tmux tuée : SIGHUP) pendant la session.
tmux -S "$travail/tmux" new-session -d -x 100 -y 30 \
  "env DISPLAY=$DISPLAY XAUTHORITY=$XAUTHORITY XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR TMPDIR=$TMPDIR GNUPLOT_IOSTREAM_CMD='$GNUPLOT_IOSTREAM_CMD' $programme --explorer --terminal fenetre"
attendre_fenetres "$nom" 7 || echec "tmux : 7 fenêtres attendues, $(cadres "$nom" | wc -l) sur l'écran"
tmux -S "$travail/tmux" kill-server
attendre_fenetres "$nom" 0 || echec "terminal fermé (SIGHUP) : $(cadres "$nom" | wc -l) fenêtres restent ouvertes"
# Aucun gnuplot de cet écran ne reste. (Un gnuplot_qt sans fenêtre peut
# rester : quand le premier ne répond pas en 30 s, gnuplot en lance un
# second, et le premier, jamais relié, attend ; il ne montre rien et finit
# avec l'écran. Les fenêtres sont comptées plus haut.)
restants() {
  local p
  for p in $(pgrep -x 'gnuplot|gnuplot-qt'); do
    # (Un zombie, fini mais pas encore ramassé, ne tient plus de fenêtre.)
    [ "$(cut -d ' ' -f 3 "/proc/$p/stat" 2>/dev/null)" != Z ] || continue
    { tr '\0' '\n' <"/proc/$p/environ"; } 2>/dev/null | grep -qx "DISPLAY=$DISPLAY" && echo "$p"
  done
}
# (120 s au plus : sur une machine chargée, gnuplot met du temps à finir.)
for _ in $(seq 1200); do [ -z "$(restants)" ] && break; sleep 0.1; done
[ -z "$(restants)" ] || echec "terminal fermé : des gnuplot restent : $(ps -o pid,args -p "$(restants | tr '\n' ',' | sed 's/,$//')")"
echo "terminal fermé (SIGHUP) : toutes les fenêtres fermées, aucun gnuplot ne reste"
echo "$nom --explorer : fenêtres ouvertes, reprises et fermées avec les figures."
