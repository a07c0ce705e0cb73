#!/usr/bin/env bash
# tests/affichage/explorer_fenetres.sh DOSSIER_GNUPLOT_X11 PROGRAMME
# --explorer sur un écran virtuel (Xvfb) : après « w 0.02 », les mêmes
# fenêtres (mêmes identifiants X) sont redessinées, aucune ne s'ajoute ; à
# « quitter », le programme rend la main (code 0) et ses fenêtres se ferment.
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger Xvfb xwininfo timeout
GNUPLOT_IOSTREAM_CMD="$(gnuplot_fenetres "$1")" || exit $?
export GNUPLOT_IOSTREAM_CMD
programme=$2
nom="$(basename "$programme")"

travail="$(mktemp -d)"
trap 'exec 3>&-; kill $XVFB_PID 2>/dev/null; rm -rf "$travail"' EXIT
demarrer_xvfb 1366x768 "$travail"
mkfifo "$travail/commandes"
timeout 300 "$programme" --Iext 0 --explorer <"$travail/commandes" >"$travail/sortie" 2>&1 &
pid=$!
exec 3>"$travail/commandes"

# Les identifiants des fenêtres titrées « PROGRAMME : … », triés.
fenetres() {
  xwininfo -root -tree | grep "\"$nom : " | awk '{print $1}' | sort
}

attendre "# paramètres :" 1
annoncees=$(grep -c "^# fenêtre" "$travail/sortie")
for _ in $(seq 600); do [ "$(fenetres | wc -l)" -eq "$annoncees" ] && break; sleep 0.2; done
fenetres >"$travail/avant"
[ "$(wc -l <"$travail/avant")" -eq "$annoncees" ] && [ "$annoncees" -ge 1 ] \
  || echec "$annoncees fenêtres annoncées, $(wc -l <"$travail/avant") sur l'écran"
debut=$(maintenant_ms)
echo "w 0.02" >&3
attendre "# changement : plus bistable" 1
duree=$(($(maintenant_ms) - debut))
sleep 1
fenetres >"$travail/apres"
cmp -s "$travail/avant" "$travail/apres" || echec "les fenêtres ont changé :
avant : $(tr '\n' ' ' <"$travail/avant")
après : $(tr '\n' ' ' <"$travail/apres")"
[ "$(grep -c "^# fenêtre" "$travail/sortie")" -eq "$annoncees" ] || echec "des fenêtres ont été annoncées de nouveau"
echo "quitter" >&3
exec 3>&-
wait $pid
code=$?
[ $code -eq 0 ] || echec "quitter : code $code"
for _ in $(seq 600); do [ "$(fenetres | wc -l)" -eq 0 ] && break; sleep 0.2; done
[ "$(fenetres | wc -l)" -eq 0 ] || echec "des fenêtres restent après « quitter »"
echo "$nom --explorer : $annoncees fenêtres redessinées en place ($(tr '\n' ' ' <"$travail/avant")) en $duree ms ; fermées à la fin"
