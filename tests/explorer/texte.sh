#!/usr/bin/env bash
# tests/explorer/texte.sh PROGRAMME
# --explorer en mode texte dans un vrai terminal de 80×24 (tmux) : l'invite
# « explorer> » paraît après le premier dessin ; « w 0.02 » tapé au clavier
# redessine, nomme le changement et rend l'invite ; « quitter » termine (code 0).
set -uo pipefail
export LC_ALL=C.UTF-8
program=$1
command -v tmux >/dev/null || { echo "tmux manque : scripts/installer-dependances.sh --tests-affichage"; exit 77; }
work=$(mktemp -d)
server="td4-explorer-$$"
trap 'tmux -L "$server" kill-server 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "ÉCHEC : $*"; [ -f "$work/ecran" ] && cat "$work/ecran"; exit 1; }

screen() { tmux -L "$server" capture-pane -t essai -p -J -S - >"$work/ecran"; }
# Attend (60 s au plus) que le dernier écran contienne N fois le texte.
wait_for() {
  local text=$1 times=$2
  for _ in $(seq 600); do
    screen
    [ "$(grep -cF -- "$text" "$work/ecran")" -ge "$times" ] && return 0
    sleep 0.1
  done
  fail "« $text » n'est pas paru $times fois à l'écran"
}

tmux -L "$server" -f /dev/null new-session -d -x 80 -y 24 -s essai \
  "'$program' --Iext 0 --terminal dumb --explorer; echo \"code \$?\" >'$work/code'; sleep 60"
tmux -L "$server" set-option -t essai history-limit 20000 >/dev/null
wait_for "explorer> " 1
tmux -L "$server" send-keys -t essai "w 0.02" Enter
wait_for "explorer> " 2
grep -qF "# changement : plus bistable" "$work/ecran" || fail "le changement n'est pas nommé"
tmux -L "$server" send-keys -t essai "quitter" Enter
for _ in $(seq 100); do [ -s "$work/code" ] && break; sleep 0.1; done
[ "$(cat "$work/code" 2>/dev/null)" = "code 0" ] || fail "quitter : $(cat "$work/code" 2>/dev/null)"
echo "Explorer en mode texte (tmux 80×24) : invite, redessin, changement nommé, quitter : code 0."
