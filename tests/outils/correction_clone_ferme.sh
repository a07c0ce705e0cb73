#!/usr/bin/env bash
# Un clone du dépôt dans un dossier que seul root peut traverser (0700,
# comme ceux de mktemp -d), corrigé par root : le bac à sable, sous un
# identifiant sans droits, doit quand même atteindre le kit et les copies.
# Une copie juste reçoit tous ses points ; et si rien ne peut marcher (un
# /tmp fermé lui aussi), la correction s'arrête en le disant, sans notes.
#   tests/outils/correction_clone_ferme.sh DOSSIER_DE_TRAVAIL
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base=${1:-$root/build-clone-ferme}
if [ "$(id -u)" -ne 0 ]; then
  echo "Ce test demande root (le bac à sable prend alors un identifiant sans droits) : ignoré."
  exit 77
fi
mkdir -p "$base"
closed=$(mktemp -d "$base/ferme.XXXXXX")
trap 'rm -rf "$closed"' EXIT
[ "$(stat -c %a "$closed")" = 700 ] || { echo "ÉCHEC : mktemp -d n'a pas fait un dossier en 0700"; exit 1; }
# Le clone : les fichiers suivis de l'arbre de travail (modifications comprises).
clone=$closed/td4
mkdir "$clone"
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$clone")
q=01_courbe_fI
mkdir -p "$closed/rendus/alice/$q"
cp "$root/solutions/$q/courbe_fI.cpp" "$root/solutions/$q/reponses.txt" "$closed/rendus/alice/$q/"

status=0
"$clone/scripts/corriger-classe.sh" --questions 01 --delai 30 "$closed/rendus" "$closed/rapport" \
  | tee "$closed/sortie.txt" || { echo "✘ la correction a échoué"; status=1; }
grep -q "recopiés dans /tmp/td4-correction-partage" "$closed/sortie.txt" \
  && echo "✔ le kit, fermé aux copies, est recopié dans /tmp" || { echo "✘ le kit n'a pas été recopié"; status=1; }
points=$(awk '$1 == "01" { print $2 }' "$root/scripts/bareme.txt")
if grep -q "^alice,$points," "$closed/rapport/notes.csv" 2>/dev/null \
    && grep -q '"alice","01","réussi"' "$closed/rapport/rapport.csv"; then
  echo "✔ clone en 0700 : la copie juste est réussie ($points points)"
else
  echo "✘ clone en 0700 : $(cat "$closed/rapport/rapport.csv" 2>/dev/null || echo 'pas de rapport')"
  status=1
fi

# Si même la recopie n'y suffit pas (un /tmp fermé, imité par TD4_PARTAGE,
# le dossier de la recopie, mis dans le dossier fermé) : l'erreur de la
# correction, en une ligne, et aucune note.
rc=0
TD4_PARTAGE=$closed "$clone/scripts/corriger-classe.sh" --questions 01 --delai 30 \
  "$closed/rendus" "$closed/refus" 2>"$closed/refus.txt" || rc=$?
if [ $rc -eq 1 ] && grep -q "les copies ne peuvent pas être corrigées" "$closed/refus.txt" \
    && [ "$(wc -l <"$closed/refus.txt")" -eq 1 ] && [ ! -e "$closed/refus/notes.csv" ] \
    && [ ! -e "$closed/refus/rapport.csv" ]; then
  echo "✔ bac à sable sans accès au kit : erreur de la correction (code 1, une ligne), aucune note"
else
  echo "✘ bac à sable sans accès au kit : code $rc, $(cat "$closed/refus.txt")"
  status=1
fi
[ $status -eq 0 ] && echo "RÉUSSI" || echo "ÉCHEC"
exit $status
