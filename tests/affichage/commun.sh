# Fonctions des tests d'affichage (à inclure avec « source »).

# Code de sortie « Skipped » pour CTest : un outil des tests manque (un
# échec si TD4_AFFICHAGE_EXIGE est posé, comme en intégration continue).
TD4_SKIP=77
[ -n "${TD4_AFFICHAGE_EXIGE:-}" ] && TD4_SKIP=1

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
# comme un bureau : DISPLAY, XAUTHORITY (dans le dossier $2) et XVFB_PID en retour.
demarrer_xvfb() {
  local taille=$1 fifo numero cookie
  export XAUTHORITY="$2/Xauthority"
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
