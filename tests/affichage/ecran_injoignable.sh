#!/usr/bin/env bash
# tests/affichage/ecran_injoignable.sh DOSSIER_GNUPLOT_X11 PROGRAMME
# Un DISPLAY qui ne mène à rien (aucun serveur sur ce numéro, ou une adresse
# où personne ne répond) : par défaut, des PNG en quelques secondes avec une
# ligne qui dit pourquoi ; avec --terminal fenetre, une erreur qui le dit
# (code 1). Jamais d'attente sans fin, jamais « code 0 et rien de fait ».
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger timeout
# Avec le gnuplot à fenêtres s'il est déballé (celui qui attendait l'écran), sinon celui installé.
if GNUPLOT_IOSTREAM_CMD="$(gnuplot_fenetres "$1" 2>/dev/null)"; then
  export GNUPLOT_IOSTREAM_CMD
fi
programme=$2
nom="$(basename "$programme")"
travail="$(mktemp -d)"
trap 'rm -rf "$travail"' EXIT

# Un numéro d'écran sans serveur X.
numero=4713
while [ -e "/tmp/.X11-unix/X$numero" ]; do numero=$((numero + 1)); done

# La référence : le même programme sans écran du tout (il calcule et écrit
# ses PNG ; sous ASan, plusieurs secondes). L'écran injoignable ne doit
# coûter que la sonde : 2 s au plus.
debut=$(maintenant_ms)
env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 "$programme" --sortie "$travail/reference" >/dev/null 2>&1 \
  || echec "sans écran, $nom a échoué"
reference=$(($(maintenant_ms) - debut))
echo "sans écran : $reference ms"

# Un serveur muet, sur cette machine seulement : il accepte la connexion et
# ne répond jamais (comme un « ssh -X » coupé). Écran 127.0.0.1:N, port 6000 + N.
muet=$numero
while ss -ltn 2>/dev/null | grep -q ":$((6000 + muet)) "; do muet=$((muet + 1)); done
/usr/bin/python3 -c "
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $((6000 + muet)))); s.listen(8)
time.sleep(300)" &
serveur_muet=$!
trap 'kill $serveur_muet 2>/dev/null; rm -rf "$travail"' EXIT
sleep 0.5

for ecran in ":$numero" "127.0.0.1:$muet"; do
  debut=$(maintenant_ms)
  DISPLAY=$ecran timeout 60 "$programme" --sortie "$travail/figures" >"$travail/sortie" 2>"$travail/erreurs"
  code=$?
  duree=$(($(maintenant_ms) - debut))
  [ $code -eq 0 ] || echec "DISPLAY=$ecran : $nom a échoué (code $code) : $(cat "$travail/erreurs")"
  # (Le double de la référence et 10 s de plus : une machine chargée ne fait
  # pas échouer le test ; un programme qui attendrait gnuplot, 120 s par
  # figure ici, si.)
  [ $duree -lt $((2 * reference + 10000)) ] \
    || echec "DISPLAY=$ecran : $duree ms pour se rabattre sur les PNG, contre $reference ms sans écran (attendu : la sonde de l'écran, 2 s, en plus)"
  grep -q "^# pas de fenêtre (l'écran DISPLAY=$ecran ne répond pas.*) ; figures en PNG dans $travail/figures/" \
    "$travail/sortie" || echec "DISPLAY=$ecran : pas de ligne « # pas de fenêtre … » :
$(cat "$travail/sortie")"
  png=$(find "$travail/figures" -name '*.png' | wc -l)
  [ "$png" -ge 1 ] || echec "DISPLAY=$ecran : aucun PNG écrit"
  rm -rf "$travail/figures"
  echo "DISPLAY=$ecran : $png PNG en $duree ms, la raison dite"

  debut=$(maintenant_ms)
  DISPLAY=$ecran timeout 20 "$programme" --terminal fenetre --sortie "$travail/figures" \
    >"$travail/sortie" 2>"$travail/erreurs"
  code=$?
  duree=$(($(maintenant_ms) - debut))
  [ $code -eq 1 ] || echec "DISPLAY=$ecran --terminal fenetre : code $code au lieu de 1"
  grep -q "erreur : --terminal fenetre : l'écran DISPLAY=$ecran ne répond pas" "$travail/erreurs" \
    || echec "DISPLAY=$ecran --terminal fenetre : message inattendu : $(cat "$travail/erreurs")"
  echo "DISPLAY=$ecran --terminal fenetre : refusé en $duree ms (code 1, la raison dite)"
done
echo "Écran injoignable : tout est bon."
