#!/usr/bin/env bash
# Les programmes du cahier sous les valeurs extrêmes, l'interruption, la
# concurrence, l'injection et des arguments tirés au hasard.
#   tests/robustesse/robustesse.sh CAS DOSSIER_BIN DOSSIER_DE_TRAVAIL [PNG_VALIDE]
# CAS : extremes, interruption, concurrence, injection, hasard ou limite.
# Chaque cas lance les corrigés (solNN_*) dans un dossier et un TMPDIR à lui,
# gnuplot passant par un relais qui note son numéro de processus : aucun
# fichier partiel ou temporaire, aucun gnuplot ne doit rester.
set -uo pipefail
mode=$1
bin=$(cd "$2" && pwd)
work=$(realpath -m "$3")
png_valide=${4:+$(realpath "$4")}
rm -rf "$work"
mkdir -p "$work/tmp"
export TMPDIR=$work/tmp
unset DISPLAY WAYLAND_DISPLAY
cat >"$work/gnuplot" <<EOF
#!/bin/sh
echo \$\$ >>"$work/gnuplot.pids"
exec gnuplot "\$@"
EOF
chmod +x "$work/gnuplot"
export GNUPLOT_IOSTREAM_CMD=$work/gnuplot
programs=("$bin"/sol0[1-6]_*)
# Limite de temps d'un lancement (s) : plus large sous les sanitizers.
delay_max=${TD4_DELAI_LANCEMENT:-60}
# Par défaut (la commande de test du README), chaque sorte de vérification
# avec peu de lancements ; TD4_TESTS_LONGS=1 (intégration continue) : les
# séries longues. TD4_HASARD et TD4_EXTREMES_PAR_OPTION (ou leurs variantes
# _LONGS) viennent de tests/robustesse/CMakeLists.txt.
if [ "${TD4_TESTS_LONGS:-0}" = 1 ]; then
  random_vectors=${TD4_HASARD_LONGS:-200}
  extremes_per_option=${TD4_EXTREMES_PAR_OPTION_LONGS:-2}
  interruptions=36
  rounds=2
else
  random_vectors=${TD4_HASARD:-25}
  extremes_per_option=${TD4_EXTREMES_PAR_OPTION:-1}
  interruptions=12
  rounds=1
fi
failures=0
runs=0

fail() {
  echo "✘ $*"
  failures=$((failures + 1))
}

# Ce qui ne doit jamais rester : fichiers partiels, temporaires, gnuplot.
check_leftovers() {
  local where=$1
  local left
  left=$(find "$where" "$TMPDIR" \( -name '*partiel*' -o -name 'td4-gnuplot-*' -o -name '.td4-essai*' \) -print 2>/dev/null)
  [ -z "$left" ] || fail "$2 : fichiers laissés : $left"
  if [ -f "$work/gnuplot.pids" ]; then
    while read -r pid; do
      if kill -0 "$pid" 2>/dev/null; then
        fail "$2 : gnuplot $pid tourne encore"
        kill -9 "$pid" 2>/dev/null
      fi
    done <"$work/gnuplot.pids"
    : >"$work/gnuplot.pids"
  fi
}

# run LIMITE_S PROGRAMME ARGS… : lance, mesure, vérifie le code (0, 1 ou 2),
# la durée, et que l'erreur tient en une ligne française.
run() {
  local limit=$1
  shift
  local name
  name=$(basename "$1")
  runs=$((runs + 1))
  local start end rc err
  start=$(date +%s%N)
  # SIGTERM d'abord : le programme fait son ménage ; SIGKILL 5 s plus tard.
  timeout -k 5 "$limit" "$@" >/dev/null 2>"$work/err"
  rc=$?
  end=$(date +%s%N)
  elapsed_ms=$(((end - start) / 1000000))
  local shown="$name ${*:2}"
  shown=${shown:0:200}
  err=$(cat "$work/err")
  last_rc=$rc
  case $rc in
    0 | 2) ;;
    1) [ "${allow_failure:-0}" = 1 ] || fail "$shown : code 1 ($err)" ;;
    124 | 137) fail "$shown : plus de $limit s" && return ;;
    *) fail "$shown : code $rc ($err)" ;;
  esac
  if [ "$rc" != 0 ]; then
    [ "$(grep -c '' <<<"$err")" = 1 ] || fail "$shown : message sur plusieurs lignes : $err"
    grep -Eq "terminate called|what\(\)|[Ee]rror|must be|Sanitizer|runtime error" <<<"$err" &&
      fail "$shown : message en anglais ou plantage : $err"
  fi
  elapsed_ms=$(((end - start) / 1000000))
}

# Les options à valeur d'un programme, lues dans son --aide.
options_of() {
  "$1" --aide | sed -n 's/^  --\([A-Za-z0-9-]*\) VALEUR$/\1/p' |
    grep -Ev '^(terminal|sortie|methode|N|graine)$'
}

case $mode in
extremes)
  # Chaque grandeur aux bornes de ce qui est accepté (±1e-30, ±1e30) ou
  # au-delà, une option à la fois, la valeur changeant d'une option à la
  # suivante ; puis les cas signalés.
  worst=0
  extremes=(1e30 -1e30 1e-30 -1e-30 1e308 -1e308 2.2e-308)
  turn=0
  for p in "${programs[@]}"; do
    for o in $(options_of "$p"); do
      for k in $(seq 1 "$extremes_per_option"); do
        v=${extremes[$(((turn + 3 * k) % ${#extremes[@]}))]}
        run "$delay_max" "$p" --terminal aucun --"$o" "$v"
        [ "$elapsed_ms" -gt "$worst" ] && worst=$elapsed_ms worst_case="$(basename "$p") --$o $v"
      done
      turn=$((turn + 1))
    done
  done
  many=$(seq -s ' ' 1 5000)
  for args in "sol05_reseau_EI --wEI -1e308" "sol04_stabilite --tau 1e6" "sol04_stabilite --tau 1e4" \
    "sol05_reseau_EI --tmax 1e6 --dt 0.1" "sol03_excitateur --Iext 0.1 --kappa 10" \
    "sol04_stabilite --Iext 0.1 --kappa 10" "sol04_stabilite --rmax 1e308" \
    "sol04_stabilite --rmax 2.2e-308" "sol04_stabilite --w $many" \
    "sol05_reseau_EI --wEI -1e30 --wEE 1e30 --kappa 1e30" "sol06_bump --N 16384 --tmax 1e30" \
    "sol02_inhibiteur --methode adaptatif --w -1e6" "sol06_bump --methode adaptatif --J1 1e30"; do
    read -r -a a <<<"$args"
    run "$delay_max" "$bin/${a[0]}" --terminal aucun "${a[@]:1}"
    run "$delay_max" "$bin/${a[0]}" --terminal png --sortie "$work/f" "${a[@]:1}"
    check_leftovers "$work/f" "${a[0]}"
  done
  # Les cas signalés qui doivent être refusés (code 2), pas calculés.
  for args in "sol05_reseau_EI --wEI -1e308" "sol04_stabilite --tau 1e6" \
    "sol05_reseau_EI --tmax 1e6 --dt 0.1" "sol04_stabilite --rmax 1e308" "sol04_stabilite --w $many"; do
    read -r -a a <<<"$args"
    run "$delay_max" "$bin/${a[0]}" --terminal aucun "${a[@]:1}"
    [ "$last_rc" = 2 ] || fail "${args:0:60} : code $last_rc au lieu de 2"
  done
  # --Iext 0,1 : le nombre 0,1 (virgule décimale), jamais la liste 0 et 1.
  out=$("$bin/sol04_stabilite" --terminal aucun --Iext 0,1 --w 0,05)
  [ "$(grep -c '^# Iext' <<<"$out")" = 1 ] && grep -q '^# Iext = 0.1  w = 0.05 ' <<<"$out" ||
    fail "--Iext 0,1 --w 0,05 n'est pas lu 0.1 et 0.05 : $out"
  echo "le plus long : $worst_case, $worst ms"
  ;;

interruption)
  # SIGINT, SIGTERM, SIGHUP à des moments tirés au hasard (graine fixe) :
  # code 128 + signal (ou 0 si le programme a fini avant), rien ne reste.
  # Les signaux tournent : chaque corrigé reçoit les trois en 18 lancements,
  # deux d'entre eux en 12.
  RANDOM=12
  signals=(INT TERM HUP)
  codes=(130 143 129)
  for k in $(seq 1 "$interruptions"); do
    p=${programs[$((k % ${#programs[@]}))]}
    s=$(((k + k / ${#programs[@]}) % 3))
    delay=$(printf '0.%03d' $((RANDOM % 900)))
    # Un processus lancé en arrière-plan par un script ignore SIGINT : on le rétablit.
    env --default-signal=INT "$p" --terminal png --sortie "$work/f" >/dev/null 2>"$work/err" &
    pid=$!
    sleep "$delay"
    kill -"${signals[$s]}" "$pid" 2>/dev/null
    wait "$pid"
    rc=$?
    runs=$((runs + 1))
    [ "$rc" = 0 ] || [ "$rc" = "${codes[$s]}" ] ||
      fail "$(basename "$p") SIG${signals[$s]} après $delay s : code $rc ($(cat "$work/err"))"
    check_leftovers "$work/f" "$(basename "$p") SIG${signals[$s]} après $delay s"
  done
  ;;

concurrence)
  # Deux fois la même question dans le même dossier, en même temps : les deux
  # réussissent, et chaque PNG est entier (le dernier complet l'emporte).
  for p in "$bin/sol04_stabilite" "$bin/sol05_reseau_EI" "$bin/sol02_inhibiteur"; do
    for k in $(seq 1 "$rounds"); do
      "$p" --terminal png --sortie "$work/f" >/dev/null 2>"$work/err1" &
      a=$!
      "$p" --terminal png --sortie "$work/f" >/dev/null 2>"$work/err2" &
      b=$!
      wait $a || fail "$(basename "$p") (premier) : $(cat "$work/err1")"
      wait $b || fail "$(basename "$p") (second) : $(cat "$work/err2")"
      runs=$((runs + 2))
      "$png_valide" "$work"/f/*.png || fail "$(basename "$p") : PNG abîmé"
      check_leftovers "$work/f" "$(basename "$p")"
    done
  done
  ;;

injection)
  # Un saut de ligne dans un chemin ou une valeur : refusé en une ligne
  # (code 2). Apostrophes, `commande`, $(commande), @macro : un simple nom
  # de dossier, jamais une commande exécutée.
  cd "$work" || exit 1
  p=$bin/sol01_courbe_fI
  run "$delay_max" "$p" --sortie $'x\nsystem "touch injecte" #'
  [ "$last_rc" = 2 ] || fail "--sortie avec un saut de ligne : code $last_rc"
  run "$delay_max" "$p" --tau $'1\n'
  [ "$last_rc" = 2 ] || fail "--tau avec un saut de ligne : code $last_rc"
  for name in "a\`touch injecte\`b" "c\$(touch injecte)d" "e'; system 'touch injecte'; '" \
    "f\"; system \"touch injecte\"; \"" "g@h" "i'"; do
    run "$delay_max" "$p" --terminal png --sortie "$name"
    [ "$last_rc" = 0 ] && [ -f "$name/01_courbe_fI.png" ] || fail "--sortie $name : pas de figure"
  done
  # Un TMPDIR avec un saut de ligne : un échec dit en français, rien d'exécuté.
  mkdir -p $'t\nsystem "touch injecte"'
  allow_failure=1 TMPDIR=$work/$'t\nsystem "touch injecte"' run "$delay_max" "$p" --terminal png --sortie ok
  [ -e injecte ] && fail "une commande injectée a été exécutée"
  check_leftovers "$work" injection
  ;;

hasard)
  # Des vecteurs d'arguments tirés au hasard (graine fixe), 25 par corrigé (200 en série longue) :
  # options connues ou non, valeurs ordinaires, extrêmes ou mal écrites.
  RANDOM=2026
  worst=0
  values=(0 1 -1 0.5 -0.5 0,05 2,5 10 -10 100 500 1e-3 1e3 1e6 -1e6 1e30 -1e30 1e-30 1e31 1e308
    -1e308 2.2e-308 nan inf -inf abc 1,,2 "0 5" "1 2 3" "" 0x10 1e 8.5 16384 7 --)
  names=(terminal methode tmax dt tau rmax Ihalf kappa Iext w r0 wEE wEI wIE wII IextE IextI
    tauE tauI rE0 rI0 N J0 J1 bruit graine stimulus-angle stimulus-amplitude stimulus-debut
    stimulus-fin zorglub donnees aide)
  terminals=(aucun aucun aucun png dumb svg)
  methods=(euler rk4 adaptatif rk5)
  per_program=$random_vectors
  for p in "${programs[@]}"; do
    for k in $(seq 1 "$per_program"); do
      args=(--terminal "${terminals[$((RANDOM % ${#terminals[@]}))]}" --sortie "$work/f")
      for j in $(seq 1 $((RANDOM % 4 + 1))); do
        o=${names[$((RANDOM % ${#names[@]}))]}
        case $o in
          terminal | sortie | donnees | aide) continue ;;
          methode) args+=(--methode "${methods[$((RANDOM % 4))]}") ;;
          *) args+=(--"$o" "${values[$((RANDOM % ${#values[@]}))]}") ;;
        esac
      done
      run "$delay_max" "$p" "${args[@]}"
      [ "$last_rc" = 0 ] || [ "$last_rc" = 2 ] || fail "$(basename "$p") ${args[*]} : code $last_rc"
      [ "$elapsed_ms" -gt "$worst" ] && worst=$elapsed_ms worst_case="$(basename "$p") ${args[*]}"
    done
    check_leftovers "$work/f" "$(basename "$p")"
  done
  echo "le plus long : ${worst_case:0:200}, $worst ms"
  ;;

limite)
  # La limite de calcul (une minute estimée) : l'anneau de N = 2048 sur 10⁵
  # pas passe ; 80 fois plus est refusé avec sa durée ; --sans-limite le
  # lance, et SIGINT l'arrête proprement.
  p=$bin/sol06_bump
  long=(--terminal png --sortie "$work/f" --N 16384 --tmax 100000 --dt 0.1)
  run "$((delay_max * 3))" "$p" --terminal aucun --N 2048 --tmax 10000 --dt 0.1
  [ "$last_rc" = 0 ] || fail "N = 2048 sur 10⁵ pas : code $last_rc ($(cat "$work/err"))"
  run "$delay_max" "$p" "${long[@]}"
  [ "$last_rc" = 2 ] || fail "N = 16384 sur 10⁶ pas : code $last_rc au lieu de 2"
  grep -q "^sol06_bump : le calcul demandé (simulation de l'anneau) prendrait environ 3 min ici ; au plus 1 min : .*ou ajoutez --sans-limite$" "$work/err" ||
    fail "N = 16384 sur 10⁶ pas : refus inattendu : $(cat "$work/err")"
  env --default-signal=INT timeout -s INT 2 "$p" "${long[@]}" --sans-limite >/dev/null 2>"$work/err"
  rc=$?
  runs=$((runs + 2))
  [ "$rc" = 124 ] && grep -q "^sol06_bump : interrompu (SIGINT)" "$work/err" ||
    fail "--sans-limite : code $rc au lieu d'un calcul lancé puis interrompu ($(cat "$work/err"))"
  [ "$(grep -c '' "$work/err")" = 1 ] || fail "--sans-limite : message sur plusieurs lignes : $(cat "$work/err")"
  check_leftovers "$work/f" "--sans-limite"
  ;;

*)
  echo "cas inconnu : $mode" >&2
  exit 2
  ;;
esac

if [ "$failures" -gt 0 ]; then
  echo "robustesse ($mode) : $failures problèmes sur $runs lancements"
  exit 1
fi
echo "robustesse ($mode) : $runs lancements, tous propres"
rm -rf "$work"
