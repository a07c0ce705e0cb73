# Fonctions des tests d'affichage (à inclure avec « source »).

# Code de sortie « Skipped » pour CTest : un outil des tests manque (un
# échec si TD4_AFFICHAGE_EXIGE est posé, comme en intégration continue).
TD4_SKIP=77
[ -n "${TD4_AFFICHAGE_EXIGE:-}" ] && TD4_SKIP=1

# Un gnuplot qui ouvre sa fenêtre a 120 s (et non 30) avant d'être dit
# bloqué : sur une machine chargée, ou sous les sanitizers, qt peut mettre
# plus de 30 s (le test gnuplot_bloque pose sa propre limite).
export TD4_DELAI_GNUPLOT="${TD4_DELAI_GNUPLOT:-120}"

# Échec : une ligne en français sur stderr, code 1.
echec() {
  echo "ÉCHEC : $*" >&2
  exit 1
}

# Saute le test si une commande manque (scripts/installer-dependances.sh
# --tests-affichage les installe).
exiger() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || {
      echo "$c manque : scripts/installer-dependances.sh --tests-affichage l'installe" >&2
      exit $TD4_SKIP
    }
  done
}

# Le gnuplot à fenêtres déballé par l'installateur, pour GNUPLOT_IOSTREAM_CMD.
gnuplot_fenetres() {
  local dossier=$1
  [ -x "$dossier/usr/bin/gnuplot-x11" ] || {
    echo "pas de gnuplot à fenêtres dans $dossier : scripts/installer-dependances.sh --tests-affichage" >&2
    exit $TD4_SKIP
  }
  echo "GNUPLOT_DRIVER_DIR=$dossier/usr/lib/gnuplot $dossier/usr/bin/gnuplot-x11"
}

# Démarre Xvfb sur un numéro d'écran libre (WxH), protégé par un cookie
# comme un bureau : DISPLAY, XAUTHORITY, XDG_RUNTIME_DIR et TMPDIR (le dossier $2) et XVFB_PID
# en retour.
demarrer_xvfb() {
  local taille=$1 fifo numero cookie
  export XAUTHORITY="$2/Xauthority"
  # Les lancements récents (qui décalent les fenêtres et numérotent leurs
  # titres) notés dans le dossier du test, pas dans celui de l'utilisateur.
  export XDG_RUNTIME_DIR="$2"
  # gnuplot_qt écoute sur « $TMPDIR/qtgnuplot<son pid> » ; un gnuplot_qt tué
  # (à la fin d'un test, son écran fermé) y laisse sa prise, et celui qui
  # reprend ce pid plus tard ne peut plus écouter : gnuplot l'attend 30 s,
  # puis en lance un autre. Un dossier neuf par écran : aucune vieille prise.
  export TMPDIR="$2"
  cookie="$(mcookie)"
  : >"$XAUTHORITY"
  xauth -q -f "$XAUTHORITY" add :0 MIT-MAGIC-COOKIE-1 "$cookie"
  fifo="$2/displayfd"
  mkfifo "$fifo"
  Xvfb -displayfd 3 -auth "$XAUTHORITY" -screen 0 "${taille}x24" -nolisten tcp 3>"$fifo" 2>/dev/null &
  XVFB_PID=$!
  read -r -t 10 numero <"$fifo" || true
  [ -n "$numero" ] || echec "Xvfb n'a pas démarré"
  export DISPLAY=":$numero"
  # Le serveur accepte le cookie quel que soit son numéro ; le client le cherche sous le sien.
  xauth -q -f "$XAUTHORITY" add "$DISPLAY" MIT-MAGIC-COOKIE-1 "$cookie"
}

# Millisecondes depuis l'époque.
maintenant_ms() {
  date +%s%3N
}

# Le gnuplot-qt déballé par l'installateur (le gnuplot des étudiants sur un
# bureau), pour GNUPLOT_IOSTREAM_CMD.
gnuplot_qt() {
  local dossier=$1
  [ -x "$dossier/usr/bin/gnuplot-qt" ] || {
    echo "pas de gnuplot-qt dans $dossier : scripts/installer-dependances.sh --tests-affichage" >&2
    exit $TD4_SKIP
  }
  echo "GNUPLOT_DRIVER_DIR=$dossier/usr/lib/gnuplot $dossier/usr/bin/gnuplot-qt"
}

# gnuplot-x11 réduit à son terminal x11 (il préférerait wxt) : un script
# dans le dossier $2 qui refuse « set terminal wxt ».
gnuplot_x11_seul() {
  local commande
  commande="$(gnuplot_fenetres "$1")" || exit $?
  cat >"$2/gnuplot-x11-seul" <<FIN
#!/bin/sh
case "\$*" in *"set terminal wxt"*) exit 1 ;; esac
exec env $commande "\$@"
FIN
  chmod +x "$2/gnuplot-x11-seul"
  echo "$2/gnuplot-x11-seul"
}

# Un gestionnaire de fenêtres (openbox) sur l'écran, comme sur un bureau :
# barres de titre, focus des touches. OPENBOX_PID en retour.
demarrer_openbox() {
  openbox --sm-disable >/dev/null 2>&1 &
  OPENBOX_PID=$!
  for _ in $(seq 300); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && return 0
    sleep 0.1
  done
  echec "openbox n'a pas démarré"
}

# Les fenêtres visibles titrées « NOM : … » ou « NOM (k) : … », une ligne
# par fenêtre : « identifiant x y largeur hauteur » de son cadre entier
# (barre de titre et bords du gestionnaire de fenêtres compris).
cadres() {
  local id x y l h g d t b
  for id in $(xdotool search --onlyvisible --name "^$1( \([0-9]+\))? : " 2>/dev/null); do
    read -r x y l h < <(xwininfo -id "$id" 2>/dev/null | awk -F: '
      /Absolute upper-left X/ {x = $2} /Absolute upper-left Y/ {y = $2}
      /^  Width/ {l = $2} /^  Height/ {h = $2} END {print x, y, l, h}')
    [ -n "$h" ] || continue
    read -r g d t b < <(xprop -id "$id" _NET_FRAME_EXTENTS 2>/dev/null | sed 's/.*= //; s/,//g')
    [ -n "$b" ] || { g=0 d=0 t=0 b=0; }
    echo "$id $((x - g)) $((y - t)) $((l + g + d)) $((h + t + b))"
  done
}

# Attend (120 s au plus, comme TD4_DELAI_GNUPLOT : qt peut tarder sur une
# machine chargée) que `cadres NOM` compte n fenêtres.
attendre_fenetres() {
  local nom=$1 n=$2 essais=1200
  for _ in $(seq "$essais"); do
    [ "$(cadres "$nom" | wc -l)" -eq "$n" ] && return 0
    sleep 0.1
  done
  return 1
}

# Les cadres de NOM triés, une fois que le gestionnaire de fenêtres a fini
# de les placer : deux relevés de suite identiques, à une demi-seconde
# d'écart (30 s au plus).
cadres_places() {
  local avant="" apres
  for _ in $(seq 60); do
    apres="$(cadres "$1" | sort)"
    [ -n "$avant" ] && [ "$apres" = "$avant" ] && break
    avant=$apres
    sleep 0.5
  done
  echo "$apres"
}

# attendre TEXTE N : attend (120 s au plus) que « $travail/sortie » (la sortie
# du programme essayé) contienne N fois TEXTE.
attendre() {
  for _ in $(seq 1200); do
    [ "$(grep -cF -- "$1" "$travail/sortie")" -ge "$2" ] && return 0
    sleep 0.1
  done
  echec "« $1 » n'est pas paru $2 fois :
$(cat "$travail/sortie")"
}
