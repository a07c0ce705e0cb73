#!/usr/bin/env bash
# Installe ce qui manque pour construire et tester le cahier d'exercices
# (Debian 12). Non interactif et idempotent : un paquet déjà présent
# n'est pas réinstallé.
#
#   scripts/installer-dependances.sh [PAQUET…]
#
# Les paquets donnés en argument s'ajoutent à la liste (les outils qui ont
# besoin d'autre chose, comme scripts/comparer-python.sh, passent par ici).
set -euo pipefail

paquets=(
  g++ cmake ninja-build
  libboost-dev libboost-program-options-dev libboost-test-dev
  libboost-iostreams-dev libboost-filesystem-dev libboost-system-dev
  libgnuplot-iostream-dev
  libbenchmark-dev  # les bancs d'essai (facultatifs : cibles bench_*)
  bubblewrap  # le bac à sable de scripts/corriger-classe.sh
  "$@"
)

# Sans écran, gnuplot-nox suffit (png, svg, pdf, dumb) ; avec un écran,
# gnuplot-x11 ajoute les fenêtres. Un gnuplot déjà installé est gardé.
if ! command -v gnuplot >/dev/null 2>&1; then
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    paquets+=(gnuplot-x11)
  else
    paquets+=(gnuplot-nox)
  fi
fi

manquants=()
for p in "${paquets[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || manquants+=("$p")
done

if [ ${#manquants[@]} -eq 0 ]; then
  echo "Dépendances : tout est déjà installé."
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
