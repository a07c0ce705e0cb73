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

# Démarre Xvfb sur un numéro d'écran libre (WxH) ; DISPLAY et XVFB_PID en retour.
demarrer_xvfb() {
  local taille=$1 fifo numero
  fifo="$(mktemp -u)"
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 "${taille}x24" -nolisten tcp 3>"$fifo" 2>/dev/null &
  XVFB_PID=$!
  read -r -t 10 numero <"$fifo" || true
  rm -f "$fifo"
  [ -n "$numero" ] || echec "Xvfb n'a pas démarré"
  export DISPLAY=":$numero"
}

# Millisecondes depuis l'époque.
maintenant_ms() {
  date +%s%3N
}
