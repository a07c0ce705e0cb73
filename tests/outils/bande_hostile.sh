#!/usr/bin/env bash
# Le juge lit la bande de l'enregistreur comme une donnée hostile : des bandes
# tronquées, retournées, gonflées ou tirées au hasard ne le font ni planter,
# ni boucler, ni réussir un cas que la bande ne prouve pas ; il écrit toujours
# son bilan. (Sous ASan + UBSan, le même test cherche aussi les accès
# mémoire invalides.)
# (Les cas des réponses au TD ne lisent pas la bande : ils sont laissés de
# côté, et les réponses justes du corrigé servent pour la bonne bande.)
#   tests/outils/bande_hostile.sh JUGE ENREGISTREUR DOSSIER_DES_REPONSES
set -euo pipefail
judge=$1 recorder=$2
export TD4_REPONSES_DIR=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

TD4_ENREGISTREMENT="$work/bonne" "$recorder" >/dev/null
good="$work/bonne"
[ -s "$good" ] || { echo "ÉCHEC : l'enregistreur du corrigé n'a rien écrit"; exit 1; }

python3 - "$good" "$work" <<'FIN'
import random, struct, sys
good = open(sys.argv[1], 'rb').read()
out = sys.argv[2]
rng = random.Random(4)
def write(name, data):
    open(f"{out}/{name}", 'wb').write(data)
write('vide', b'')
write('zeros', bytes(1 << 20))
write('hasard', bytes(rng.getrandbits(8) for _ in range(1 << 16)))
for k in range(12):
    write(f'tronquee{k}', good[:rng.randrange(len(good))])
for k in range(24):
    b = bytearray(good)
    for _ in range(1 + k):
        b[rng.randrange(len(b))] = rng.getrandbits(8)
    write(f'retournee{k}', bytes(b))
# Des longueurs énormes à la place de vraies longueurs (8 octets à 0xff).
for k in range(12):
    b = bytearray(good)
    at = rng.randrange(len(b) - 8)
    b[at:at + 8] = struct.pack('<Q', (1 << 63) + rng.getrandbits(40))
    write(f'gonflee{k}', bytes(b))
FIN

status=0
for tape in "$work"/*; do
  [ "$tape" != "$good" ] || continue
  rc=0
  timeout 60 "$judge" --rejouer "$tape" --statut 0 --run_test='!answers*' >"$work/sortie" 2>&1 \
    || rc=$?
  name=${tape##*/}
  if [ $rc -ge 124 ] || ! grep -q '^Bilan : ' "$work/sortie"; then
    echo "✘ $name : code $rc, $(tail -n 1 "$work/sortie")"
    status=1
  fi
  case $name in
    vide | zeros | hasard)
      grep -q '^Bilan : 0 réussi' "$work/sortie" \
        || { echo "✘ $name : des cas réussis sans réponse"; status=1; } ;;
  esac
done
rc=0
"$judge" --rejouer "$good" --statut 0 >"$work/sortie" || rc=$?
[ $rc -eq 0 ] || { echo "✘ la bonne bande n'est pas jugée réussie (code $rc)"; status=1; }
[ $status -eq 0 ] && echo "RÉUSSI : $(ls "$work" | wc -l) bandes lues sans plantage ni boucle" || echo "ÉCHEC"
exit $status
