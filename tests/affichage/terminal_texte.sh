#!/usr/bin/env bash
# tests/affichage/terminal_texte.sh PROGRAMME…
# --terminal dumb dans un vrai terminal de 80×24 (tmux) : aucune ligne du
# dessin ne dépasse 80 colonnes (aucune ligne repliée à l'écran), la légende
# de l'axe y est là, pas de balisage gnuplot (^{…}) ; et sous LC_ALL=C, pas
# un mot de gnuplot sur stderr (avertissements iconv).
set -uo pipefail
export LC_ALL=C.UTF-8
source "$(dirname "$0")/commun.sh"
exiger tmux timeout
travail="$(mktemp -d)"
serveur="td4-test-$$"
trap 'tmux -L "$serveur" kill-server 2>/dev/null; rm -rf "$travail"' EXIT

for programme in "$@"; do
  nom="$(basename "$programme")"
  # Le programme écrit dans le terminal de tmux ; l'écran entier (historique
  # compris) est relu, les lignes repliées par le terminal rejointes (-J).
  tmux -L "$serveur" -f /dev/null new-session -d -x 80 -y 24 -s essai \
    "LC_ALL=C '$programme' --terminal dumb 2>'$travail/erreurs'; echo \"code \$?\" >'$travail/code'; tmux wait-for -S fini; sleep 60"
  tmux -L "$serveur" set-option -t essai history-limit 10000 >/dev/null
  timeout 300 tmux -L "$serveur" wait-for fini || echec "$nom --terminal dumb n'a pas fini en 300 s"
  tmux -L "$serveur" capture-pane -t essai -p -J -S - >"$travail/ecran"
  tmux -L "$serveur" kill-session -t essai
  [ "$(cat "$travail/code")" = "code 0" ] || echec "$nom --terminal dumb : $(cat "$travail/code") : $(cat "$travail/erreurs")"
  [ ! -s "$travail/erreurs" ] || echec "$nom --terminal dumb sous LC_ALL=C écrit sur stderr : $(cat "$travail/erreurs")"
  # Le dessin : l'écran sans les lignes de résultats (celles de --terminal
  # aucun), qui peuvent être plus longues.
  "$programme" --terminal aucun >"$travail/resultats" 2>/dev/null
  grep -vxF -f "$travail/resultats" "$travail/ecran" >"$travail/dessin"
  large=$(wc -L <"$travail/dessin")
  if [ "$large" -gt 80 ]; then
    while IFS= read -r ligne; do
      [ ${#ligne} -gt 80 ] && echo "$ligne"
    done <"$travail/dessin" | head -3 >"$travail/longues"
    echec "$nom : une ligne de $large colonnes dans un terminal de 80 (repliée) :
$(cat "$travail/longues")"
  fi
  cadres=$(grep -c '^ *[-0-9.e+]* *+---' "$travail/dessin")
  [ "$cadres" -ge 2 ] || echec "$nom : aucun dessin à l'écran :
$(cat "$travail/ecran")"
  ! grep -q '[_^]{' "$travail/dessin" || echec "$nom : balisage gnuplot à l'écran : $(grep '[_^]{' "$travail/dessin" | head -1)"
  # La légende de l'axe y de la courbe f-I, en haut à gauche de son dessin.
  if [ "$nom" = sol01_courbe_fI ] && ! grep -q '^ taux r (Hz) *$' "$travail/dessin"; then
    echec "$nom : la légende de l'axe y (taux r (Hz)) manque :
$(head -5 "$travail/dessin")"
  fi
  echo "$nom : dessin de $large colonnes au plus, $cadres cadres, rien sur stderr"
done
echo "Terminal texte : tout est bon."
