# cmake -DPROGRAM=… -DOUT=dossier -P check_inputs.cmake
# Les mauvaises entrées : le programme lit ses options dans son --aide, puis
# reçoit chaque sorte de valeur refusée par le contrat (non finie, nulle ou
# négative, liste mal formée, option inconnue, valeur manquante, terminal
# inconnu) et chaque échec à l'exécution (dossier --sortie impossible,
# gnuplot absent ou qui échoue). Attendu : le code 2 (1 à l'exécution), une
# seule ligne en français sur la sortie d'erreur qui nomme l'option, aucun
# plantage et aucun fichier laissé. Un exercice encore à compléter peut
# s'arrêter à « à compléter » (code 0) avant l'échec à l'exécution.
cmake_minimum_required(VERSION 3.25)
get_filename_component(program_name ${PROGRAM} NAME)
string(REGEX MATCH "^ex" exercise "${program_name}")

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
# Pas d'écran : le terminal par défaut est png, jamais une fenêtre.
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{GNUPLOT_IOSTREAM_CMD})
set(normal_path "$ENV{PATH}")

set(failures 0)
set(count 0)

# check(CODE TEXTE ARGS…) : lance le programme avec ARGS (et l'environnement
# du moment), dans son propre dossier de travail, et vérifie tout.
function(check code text)
  math(EXPR n "${count} + 1")
  set(count ${n} PARENT_SCOPE)
  set(dir ${OUT}/cas${n})
  file(MAKE_DIRECTORY ${dir})
  execute_process(COMMAND ${PROGRAM} ${ARGN}
    WORKING_DIRECTORY ${dir} TIMEOUT 60
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REPLACE ";" " " shown "${ARGN}")
  if(DEFINED ENV{GNUPLOT_IOSTREAM_CMD})
    set(shown "(GNUPLOT_IOSTREAM_CMD=$ENV{GNUPLOT_IOSTREAM_CMD}) ${shown}")
  endif()
  if(NOT "$ENV{PATH}" STREQUAL "${normal_path}")
    set(shown "(PATH=$ENV{PATH}) ${shown}")
  endif()
  set(problems)
  set(todo FALSE)
  if(exercise AND code EQUAL 1 AND rc EQUAL 0 AND out MATCHES "à compléter")
    set(todo TRUE)  # l'exercice s'arrête avant d'avoir besoin de gnuplot ou du dossier
  elseif(NOT rc STREQUAL code)
    list(APPEND problems "code de sortie ${rc} au lieu de ${code}")
  endif()
  if(code EQUAL 0 OR todo)
    if(out MATCHES "# figure :")
      list(APPEND problems "une figure annoncée alors qu'il n'y a pas de tracé")
    endif()
  else()
    string(STRIP "${err}" message)
    string(REGEX MATCHALL "\n" newlines "${message}")
    list(LENGTH newlines extra)
    if(message STREQUAL "" OR extra GREATER 0)
      list(APPEND problems "une seule ligne attendue sur la sortie d'erreur")
    endif()
    if(NOT message MATCHES "${text}")
      list(APPEND problems "le message ne nomme pas « ${text} »")
    endif()
    if(NOT message MATCHES "(doit|attend|inconnue|inattendu|impossible|introuvable|plusieurs fois|ne prend pas|n'a pas pu|trop petit|ne sait pas)")
      list(APPEND problems "message qui n'explique pas en français")
    endif()
    if(out MATCHES "# figure :")
      list(APPEND problems "une figure annoncée malgré l'erreur")
    endif()
  endif()
  if("${err}" MATCHES "(terminate called|what\\(\\)|[Ee]rror:|must be|unrecogni[sz]ed|pclose|core dumped|Sanitizer|runtime error)")
    list(APPEND problems "texte de plantage ou en anglais")
  endif()
  # Aucun fichier laissé : ni figure ni fichier partiel.
  file(GLOB_RECURSE left RELATIVE ${dir} ${dir}/*)
  if(left)
    list(APPEND problems "fichiers laissés : ${left}")
  endif()
  if(problems)
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
    string(REPLACE ";" " ; " problems "${problems}")
    message("✘ ${program_name} ${shown}\n    ${problems}\n    code ${rc}, erreur : ${err}")
  endif()
  file(REMOVE_RECURSE ${dir})
endfunction()

# Les options, lues dans --aide : « --nom VALEUR » puis la ligne d'aide.
execute_process(COMMAND ${PROGRAM} --aide RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT help MATCHES "Utilisation")
  message(FATAL_ERROR "${program_name} --aide : code ${rc}\n${help}${err}")
endif()
string(REGEX MATCHALL "\n  --[^\n]+\n[^\n]*" entries "${help}")
set(options)
foreach(entry IN LISTS entries)
  string(REGEX MATCH "--([A-Za-z0-9_-]+)( VALEUR)?\n(.*)" _ "${entry}")
  set(name ${CMAKE_MATCH_1})
  list(APPEND options ${name})
  set(takes_value_${name} "${CMAKE_MATCH_2}")
  set(help_${name} "${CMAKE_MATCH_3}")
endforeach()
list(LENGTH options n_options)
message(STATUS "${program_name} : ${n_options} options lues dans --aide")

# --sortie propre à chaque cas (relatif au dossier de travail du cas).
set(out_args)
if("sortie" IN_LIST options)
  set(out_args --sortie figures)
endif()

# Les valeurs non finies et mal formées, tour à tour d'une option à l'autre :
# chaque sorte est essayée sur chaque programme sans tout multiplier.
set(non_finite nan inf -inf 1e400 NaN)
set(malformed abc 1x 2..5 "--NAME=")
set(turn 0)
# 51 valeurs : une de trop pour une liste.
set(many_values)
foreach(k RANGE 50)
  list(APPEND many_values 1)
endforeach()
macro(next_of list_name var)
  list(LENGTH ${list_name} len)
  math(EXPR i "${turn} % ${len}")
  list(GET ${list_name} ${i} ${var})
endmacro()

foreach(name IN LISTS options)
  set(h "${help_${name}}")
  if(NOT takes_value_${name})
    check(2 "--${name}" ${out_args} --${name}=1)  # un drapeau ne prend pas de valeur
    continue()
  endif()
  math(EXPR turn "${turn} + 1")
  # Valeur manquante : à la fin, ou suivie d'une autre option.
  check(2 "--${name}" --${name})
  if(name STREQUAL "sortie")
    check(2 "--sortie" --sortie=)
    check(2 "--sortie" --sortie --donnees)
    continue()
  endif()
  check(2 "--${name}" ${out_args} --${name} --donnees)
  if(name STREQUAL "terminal")
    check(2 "--terminal" ${out_args} --terminal jpeg)
    check(2 "--terminal" ${out_args} --terminal=)
    continue()
  endif()
  if(name STREQUAL "methode")
    check(2 "--methode" ${out_args} --methode rk5)
    continue()
  endif()
  next_of(non_finite v)
  check(2 "--${name}" ${out_args} --${name} ${v})
  next_of(malformed v)
  string(REPLACE "NAME" "${name}" v "${v}")
  if(v MATCHES "^--")
    check(2 "--${name}" ${out_args} ${v})
  else()
    check(2 "--${name}" ${out_args} --${name} ${v})
  endif()
  if(h MATCHES "entier entre (-?[0-9]+) et (-?[0-9]+)")
    set(min ${CMAKE_MATCH_1})
    set(max ${CMAKE_MATCH_2})
    math(EXPR below "${min} - 1")
    check(2 "--${name}" ${out_args} --${name} ${below})
    check(2 "--${name}" ${out_args} --${name} ${max}9)
    check(2 "--${name}" ${out_args} --${name} 8.5)
    continue()
  endif()
  # Le contrat : temps, pas et taux > 0, même si l'aide ne le dit pas.
  if(name MATCHES "^(tau.*|dt|tmax|rmax|kappa)$" OR h MATCHES ", > 0( ;| \\[|$)")
    check(2 "--${name}" ${out_args} --${name} 0)
    check(2 "--${name}" ${out_args} --${name} -1)
  elseif(h MATCHES ", ≥ 0( ;| \\[|$)")
    check(2 "--${name}" ${out_args} --${name} -0.5)
  endif()
  if(h MATCHES "au plus rmax")
    check(2 "--${name}" ${out_args} --${name} 1e6)
  endif()
  # Une grandeur hors de [1e-30, 1e30] (0 excepté) : refusée.
  check(2 "--${name}" ${out_args} --${name} 1e31)
  if(h MATCHES "liste possible")
    # Les listes s'écrivent avec des espaces ; une virgule est décimale.
    check(2 "--${name}" ${out_args} --${name} 1,,2)
    check(2 "--${name}" ${out_args} --${name} 1 nan)
    check(2 "--${name}" ${out_args} --${name} 0,5,10)
    check(2 "--${name}" ${out_args} --${name} ${many_values})
    if(h MATCHES ", (>|≥) 0( ;| \\[|$)")
      check(0 "" --terminal aucun --${name} 0,5)
      check(0 "" --terminal aucun --${name} 0,5 1)
    else()
      check(0 "" --terminal aucun --${name} -0,5)
      check(0 "" --terminal aucun --${name} -0,5 -1)
    endif()
  endif()
endforeach()

# Un caractère de contrôle dans une valeur ou un chemin : une ligne, code 2.
list(GET options 0 first)
if(takes_value_${first})
  check(2 "--${first}" ${out_args} "--${first}" "1\n")
endif()
if("sortie" IN_LIST options)
  check(2 "--sortie" --sortie "x\nsystem \"touch injection\" #")
endif()

# Pas de temps : trop petit devant tmax, trop grand pour Euler.
if("dt" IN_LIST options AND "tmax" IN_LIST options)
  check(2 "--dt" ${out_args} --dt 1e-9)
  check(2 "--dt" ${out_args} --methode euler --dt 50 --tmax 100)
endif()

# Les bonnes écritures restent acceptées : « --nom=valeur » suivie d'autres
# options, et une valeur négative après l'option.
if("terminal" IN_LIST options)
  check(0 "" --terminal=aucun ${out_args})
  if("Ihalf" IN_LIST options)
    check(0 "" --Ihalf -5 --terminal aucun ${out_args})
    check(0 "" --Ihalf=-5 --terminal aucun ${out_args})
  endif()
endif()

# Ce qui n'est pas une option.
check(2 "--zorglub" ${out_args} --zorglub)
check(2 "--zorglub" ${out_args} --zorglub 3)
check(2 "-z" ${out_args} -z)
check(2 "--RMAX" ${out_args} --RMAX 3)
check(2 "ailleurs" ${out_args} ailleurs)
check(2 "--" ${out_args} -- --aide)
string(SUBSTRING ${first} 0 2 prefix)
if(NOT prefix IN_LIST options)
  check(2 "--${prefix}" ${out_args} --${prefix} 1)  # pas de préfixe deviné
endif()
if(takes_value_${first})
  check(2 "--${first}" ${out_args} --${first} 1 --${first} 2)
endif()

# À l'exécution (code 1) : dossier impossible à créer ou à écrire.
if("sortie" IN_LIST options)
  file(WRITE ${OUT}/un-fichier "")
  check(1 "--sortie" --terminal png --sortie ${OUT}/un-fichier/figures)
  check(1 "--sortie" --terminal png --sortie /proc/td4-figures)
  check(1 "--sortie" --terminal png --sortie /proc)
  check(1 "--sortie" --terminal aucun --donnees --sortie /proc)
  file(REMOVE ${OUT}/un-fichier)
endif()

if("terminal" IN_LIST options)
  # gnuplot absent du PATH, ou GNUPLOT_IOSTREAM_CMD qui mène nulle part.
  set(ENV{PATH} "${OUT}/sans-gnuplot")
  check(1 "gnuplot" ${out_args} --terminal png)
  check(1 "gnuplot" ${out_args} --terminal dumb)
  check(0 "" ${out_args} --terminal aucun)  # les résultats sans gnuplot
  set(ENV{PATH} "${normal_path}")
  set(ENV{GNUPLOT_IOSTREAM_CMD} "${OUT}/gnuplot-absent")
  check(1 "gnuplot" ${out_args} --terminal svg)
  # Un gnuplot qui commence la figure puis s'arrête : rien ne doit rester.
  file(WRITE ${OUT}/gnuplot-en-panne [=[#!/bin/sh
case "$1" in -V|-e) exit 0 ;; esac
while read -r line; do
  case "$line" in
    "set output "*) f=${line#set output \'}; f=${f%\'}; echo "à moitié" > "$f"; exit 3 ;;
  esac
done
exit 3
]=])
  file(CHMOD ${OUT}/gnuplot-en-panne PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  set(ENV{GNUPLOT_IOSTREAM_CMD} "${OUT}/gnuplot-en-panne")
  check(1 "gnuplot" ${out_args} --terminal png)
  check(1 "gnuplot" ${out_args} --terminal dumb)
  unset(ENV{GNUPLOT_IOSTREAM_CMD})
endif()

if(failures GREATER 0)
  message(FATAL_ERROR "${program_name} : ${failures} cas sur ${count} mal traités")
endif()
message(STATUS "${program_name} : ${count} mauvaises entrées, toutes refusées proprement")
