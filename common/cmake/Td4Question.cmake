# td4_add_question(NN_nom) : les programmes et les tests d'une question.
#
#   solNN_nom, exNN_nom   le corrigé et l'exercice, avec le main commun
#                         common/drivers/NN_nom.cpp
#   juge_NN               le juge : les tests de la question, sans code de
#                         l'étudiant (tests/support/tape.hpp)
#   enr_exNN, enr_solNN   les enregistreurs : les mêmes tests, avec l'exercice
#                         ou le corrigé, qui écrivent ce que répondent ses
#                         fonctions ; build/tests/test_exNN lance l'un puis
#                         juge (la cible test_exNN reconstruit aussi exNN_nom)
#   NN.solution           le juge sur le corrigé
#   NN.exercice           le juge sur ${TD4_EXERCICES_DIR}/NN_nom
#                         (« Skipped » tant que l'exercice est à compléter)
#   NN.mutant.X           le juge sur une erreur classique
#                         (tests/NN_nom/mutants.cmake) : il doit la refuser
#   NN.exercice.raccourcis
#                         l'exercice ne définit et n'appelle que ce que la
#                         question permet (tests/NN_nom/autorise.txt), pas la
#                         réponse toute faite de la bibliothèque ; les
#                         mutants « raccourci_* » doivent être refusés par là
#   NN.figures.T          le corrigé écrit de vraies figures (png, svg, dumb)
#                         et, sans figure, ses données (donnees)

# Le code de sortie des tests qui n'ont trouvé que du « à compléter ».
set(TD4_SKIP_CODE 77)

# Les en-têtes standard des fichiers de question, précompilés une fois (cible
# td4_pch) et réutilisés par chaque main, corrigé, exercice et mutant : leur
# lecture était la moitié du temps de compilation de ces fichiers
# (docs/performances.md).
file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/td4_pch.cpp CONTENT "// en-têtes précompilés\n")
add_library(td4_pch OBJECT ${CMAKE_BINARY_DIR}/td4_pch.cpp)
target_link_libraries(td4_pch PUBLIC td4)
target_precompile_headers(td4_pch PRIVATE <algorithm> <cmath> <complex> <functional>
  <iostream> <numbers> <random> <sstream> <stdexcept> <string> <utility> <vector>)

# Utilisée dans tests/NN_nom/mutants.cmake.
macro(td4_mutant name from to)
  list(APPEND td4_mutant_names ${name})
  set(td4_mutant_${name}_from "${from}")
  set(td4_mutant_${name}_to "${to}")
endmacro()

# tests/NN_nom/erreurs.md, la table des erreurs que les tests refusent, nomme
# dans sa deuxième colonne chaque mutant de mutants.cmake, et rien d'autre :
# la documentation ne peut pas promettre un refus que rien ne vérifie.
function(td4_check_mistake_table question mutants)
  set(table ${CMAKE_SOURCE_DIR}/tests/${question}/erreurs.md)
  if(NOT EXISTS ${table})
    return()
  endif()
  set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${table})
  # Une ligne par élément de liste : « ; » et les crochets du texte, qui
  # couperaient ou grouperaient les éléments, sont d'abord neutralisés,
  # comme les barres échappées d'une cellule.
  file(READ ${table} text)
  string(REGEX REPLACE "[][;]" "," text "${text}")
  string(REPLACE "\\|" "/" text "${text}")  # « \| » : une barre dans une cellule
  string(REPLACE "\n" ";" rows "${text}")
  set(listed)
  foreach(row IN LISTS rows)
    if(row MATCHES "^\\|[^|]*\\|[ `]*([A-Za-z0-9_]+)[ `]*\\|" AND NOT CMAKE_MATCH_1 STREQUAL "mutant")
      list(APPEND listed ${CMAKE_MATCH_1})  # (« mutant » : l'en-tête de la table)
    endif()
  endforeach()
  foreach(name IN LISTS mutants)
    if(NOT name IN_LIST listed)
      message(FATAL_ERROR "tests/${question}/erreurs.md ne décrit pas le mutant « ${name} » "
        "de mutants.cmake : ajoutez sa ligne (erreur, mutant, cas qui la refuse, piste).")
    endif()
  endforeach()
  foreach(name IN LISTS listed)
    if(NOT name IN_LIST mutants)
      message(FATAL_ERROR "tests/${question}/erreurs.md cite « ${name} », qui n'est pas un "
        "mutant de mutants.cmake : la table ne doit promettre que ce qui est vérifié.")
    endif()
  endforeach()
endfunction()

# Un test qui vérifie, dans les fichiers objets et les sources de `impl`,
# que l'exercice ne définit et n'appelle que ce que permettent `list`
# (tests/NN_nom/autorise.txt) et scripts/lib/autorise-commun.txt : pas les
# réponses toutes faites de la bibliothèque (scripts/lib/verifier-symboles.sh).
function(td4_shortcut_test name impl list)
  string(SUBSTRING ${name} 0 2 nn)
  add_test(NAME ${name}
    COMMAND ${CMAKE_COMMAND} -DNN=${nn} -DLIST=${list} -DLIBRARY=$<TARGET_FILE:td4>
            "-DOBJECTS=$<JOIN:$<TARGET_OBJECTS:${impl}>,|>"
            "-DSOURCES=$<JOIN:$<TARGET_PROPERTY:${impl},SOURCES>,|>" -DSANITIZERS=${TD4_SANITIZE}
            -P ${CMAKE_SOURCE_DIR}/tests/support/check_symbols.cmake)
endfunction()

# L'enregistreur `target` : les tests de la question nn, leurs relais (qui
# écrivent la bande) et une implémentation. Les appels des tests aux
# fonctions td4::qNN passent par les relais : -Wl,--wrap de chaque nom que
# tests/NN_nom/relais.cpp déclare.
function(td4_recorder target nn impl)
  add_executable(${target})
  target_link_libraries(${target} PRIVATE td4_tests_${nn} td4_relais_enr_${nn} td4_main_enregistreur
    ${impl} td4_testing)
  get_property(wraps GLOBAL PROPERTY TD4_WRAPS_${nn})
  target_link_options(${target} PRIVATE ${wraps})
  set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
endfunction()

# build/tests/test_NAME : le juge de la question, qui lance enr_NAME (à côté).
# La cible test_NAME reconstruit le juge, l'enregistreur, `program` et
# `symbols` (les refus de verifier-symboles.sh, que le juge lit à côté).
function(td4_judged name nn program symbols)
  set(link ${CMAKE_BINARY_DIR}/tests/test_${name})
  add_custom_command(OUTPUT ${link}
    COMMAND ${CMAKE_COMMAND} -E create_symlink juge_${nn} test_${name}
    WORKING_DIRECTORY ${CMAKE_BINARY_DIR}/tests DEPENDS juge_${nn} VERBATIM)
  add_custom_target(test_${name} ALL DEPENDS ${link} juge_${nn} enr_${name} ${program} ${symbols})
endfunction()

# Le juge et les relais d'une question, une fois pour toutes ses implémentations.
function(td4_add_judge question)
  string(SUBSTRING ${question} 0 2 nn)
  set(relay ${CMAKE_SOURCE_DIR}/tests/${question}/relais.cpp)
  file(STRINGS ${relay} lines REGEX "\"_Z[A-Za-z0-9_]+\"")
  set(wraps)
  foreach(line IN LISTS lines)
    string(REGEX MATCH "\"(_Z[A-Za-z0-9_]+)\"" _ "${line}")
    list(APPEND wraps "LINKER:--wrap=${CMAKE_MATCH_1}")
  endforeach()
  set_property(GLOBAL PROPERTY TD4_WRAPS_${nn} ${wraps})
  set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${relay})

  foreach(side enr juge)
    add_library(td4_relais_${side}_${nn} OBJECT ${relay})
    target_link_libraries(td4_relais_${side}_${nn} PUBLIC td4_testing)
  endforeach()
  target_compile_definitions(td4_relais_enr_${nn} PRIVATE TD4_ENREGISTREUR=1)
  target_compile_definitions(td4_relais_juge_${nn} PRIVATE TD4_ENREGISTREUR=0)

  add_executable(juge_${nn})
  target_link_libraries(juge_${nn} PRIVATE td4_tests_${nn} td4_relais_juge_${nn} td4_main_juge
    td4_testing)
  set_target_properties(juge_${nn} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
endfunction()

function(td4_add_question question)
  string(SUBSTRING ${question} 0 2 nn)
  string(SUBSTRING ${question} 3 -1 slug)
  set(driver ${CMAKE_SOURCE_DIR}/common/drivers/${question}.cpp)
  set(test_dir ${CMAKE_SOURCE_DIR}/tests/${question})
  file(GLOB solution_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/solutions/${question}/*.cpp)
  file(GLOB exercise_sources CONFIGURE_DEPENDS ${TD4_EXERCICES_DIR}/${question}/*.cpp)
  file(GLOB test_sources CONFIGURE_DEPENDS ${test_dir}/test_*.cpp)

  # Le main, compilé une fois pour l'exercice et le corrigé.
  add_library(td4_driver_${nn} OBJECT ${driver})
  target_precompile_headers(td4_driver_${nn} REUSE_FROM td4_pch)
  target_link_libraries(td4_driver_${nn} PUBLIC td4)

  add_library(td4_tests_${nn} OBJECT ${test_sources})
  target_precompile_headers(td4_tests_${nn} REUSE_FROM td4_testing)
  target_link_libraries(td4_tests_${nn} PUBLIC td4_testing)
  td4_add_judge(${question})

  # Le corrigé, ses tests, ses mutants et ses figures : seulement dans
  # l'édition de l'enseignant (l'édition des étudiants n'a pas solutions/).
  if(solution_sources)
    td4_add_solution(${question})
  endif()

  if(exercise_sources)
    add_library(td4_exercise_${nn} OBJECT ${exercise_sources})
    target_precompile_headers(td4_exercise_${nn} REUSE_FROM td4_pch)
    target_link_libraries(td4_exercise_${nn} PUBLIC td4)
    # Un exercice à compléter n'utilise pas encore ses paramètres. Posé sur
    # les fichiers et non sur la cible : il vient ainsi après -Wall -Wextra
    # (td4_flags), et clang, qui retient la dernière option, l'applique aussi.
    set_source_files_properties(${exercise_sources} PROPERTIES COMPILE_OPTIONS -Wno-unused-parameter)
    add_executable(ex${nn}_${slug})
    target_link_libraries(ex${nn}_${slug} PRIVATE td4_driver_${nn} td4_exercise_${nn})
    set_property(GLOBAL APPEND PROPERTY TD4_EXERCISES ex${nn}_${slug})
    # Ce que l'exercice définit et appelle, vérifié à chaque construction :
    # le juge compte un refus comme un cas à corriger.
    set(symbols ${CMAKE_BINARY_DIR}/tests/symboles_ex${nn}.txt)
    add_custom_command(OUTPUT ${symbols}
      COMMAND ${CMAKE_COMMAND} -DNN=${nn} -DLIST=${test_dir}/autorise.txt
              -DLIBRARY=$<TARGET_FILE:td4> "-DOBJECTS=$<JOIN:$<TARGET_OBJECTS:td4_exercise_${nn}>,|>"
              "-DSOURCES=$<JOIN:${exercise_sources},|>" -DSANITIZERS=${TD4_SANITIZE} -DOUT=${symbols}
              -P ${CMAKE_SOURCE_DIR}/tests/support/check_symbols.cmake
      DEPENDS $<TARGET_OBJECTS:td4_exercise_${nn}> ${test_dir}/autorise.txt td4
              ${CMAKE_SOURCE_DIR}/scripts/lib/verifier-symboles.sh
              ${CMAKE_SOURCE_DIR}/scripts/lib/autorise-commun.txt VERBATIM)
    td4_recorder(enr_ex${nn} ${nn} td4_exercise_${nn})
    td4_judged(ex${nn} ${nn} ex${nn}_${slug} ${symbols})
    add_test(NAME ${nn}.exercice
      COMMAND juge_${nn} --programme $<TARGET_FILE:enr_ex${nn}> --symboles ${symbols})
    # Chaque cas a sa propre limite (tests/support/main.cpp) : une boucle sans
    # fin est expliquée en français ; celle-ci n'est qu'un dernier recours.
    set_tests_properties(${nn}.exercice PROPERTIES LABELS "exercices;${nn}"
      SKIP_RETURN_CODE ${TD4_SKIP_CODE} TIMEOUT 300)
    if(EXISTS ${test_dir}/autorise.txt)
      td4_shortcut_test(${nn}.exercice.raccourcis td4_exercise_${nn} ${test_dir}/autorise.txt)
      set_tests_properties(${nn}.exercice.raccourcis PROPERTIES LABELS "exercices;${nn}")
    endif()
  else()
    message(STATUS "Question ${question} : pas d'exercice dans ${TD4_EXERCICES_DIR}/${question}")
  endif()
endfunction()

# Le corrigé d'une question (td4_add_question l'appelle quand solutions/NN_nom
# existe) : solNN_nom, NN.solution, les mutants, les figures du corrigé.
function(td4_add_solution question)
  string(SUBSTRING ${question} 0 2 nn)
  string(SUBSTRING ${question} 3 -1 slug)
  set(test_dir ${CMAKE_SOURCE_DIR}/tests/${question})
  file(GLOB solution_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/solutions/${question}/*.cpp)

  add_library(td4_solution_${nn} OBJECT ${solution_sources})
  target_precompile_headers(td4_solution_${nn} REUSE_FROM td4_pch)
  target_link_libraries(td4_solution_${nn} PUBLIC td4)
  add_executable(sol${nn}_${slug})
  target_link_libraries(sol${nn}_${slug} PRIVATE td4_driver_${nn} td4_solution_${nn})
  set_property(GLOBAL APPEND PROPERTY TD4_SOLUTIONS sol${nn}_${slug})

  td4_recorder(enr_sol${nn} ${nn} td4_solution_${nn})
  td4_judged(sol${nn} ${nn} sol${nn}_${slug} "")
  add_test(NAME ${nn}.solution COMMAND juge_${nn} --programme $<TARGET_FILE:enr_sol${nn}>)
  set_tests_properties(${nn}.solution PROPERTIES LABELS "solutions;${nn}" TIMEOUT 300)
  if(EXISTS ${test_dir}/autorise.txt)
    td4_shortcut_test(${nn}.solution.raccourcis td4_solution_${nn} ${test_dir}/autorise.txt)
    set_tests_properties(${nn}.solution.raccourcis PROPERTIES LABELS "solutions;${nn}")
  endif()

  # Les mutants : le corrigé avec une erreur classique, réécrit à la configuration.
  set(td4_mutant_names)
  if(EXISTS ${test_dir}/mutants.cmake)
    include(${test_dir}/mutants.cmake)
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
      ${test_dir}/mutants.cmake ${solution_sources})
  endif()
  td4_check_mistake_table(${question} "${td4_mutant_names}")
  if(NOT TD4_MUTANTS)
    set(td4_mutant_names)
  endif()
  foreach(name IN LISTS td4_mutant_names)
    set(mutant_dir ${CMAKE_BINARY_DIR}/mutants/${question}/${name})
    set(mutant_sources)
    set(applied FALSE)
    foreach(source IN LISTS solution_sources)
      file(READ ${source} text)
      string(FIND "${text}" "${td4_mutant_${name}_from}" at)
      if(at GREATER -1)
        string(REPLACE "${td4_mutant_${name}_from}" "${td4_mutant_${name}_to}" text "${text}")
        set(applied TRUE)
      endif()
      get_filename_component(file ${source} NAME)
      file(WRITE ${mutant_dir}/${file}.new "${text}")
      configure_file(${mutant_dir}/${file}.new ${mutant_dir}/${file} COPYONLY)
      list(APPEND mutant_sources ${mutant_dir}/${file})
    endforeach()
    if(NOT applied)
      message(FATAL_ERROR "Mutant ${question}/${name} : le texte « ${td4_mutant_${name}_from} » "
        "ne figure plus dans solutions/${question} ; mettez à jour ${test_dir}/mutants.cmake.")
    endif()
    add_library(td4_mutant_${nn}_${name} OBJECT ${mutant_sources})
    target_precompile_headers(td4_mutant_${nn}_${name} REUSE_FROM td4_pch)
    target_link_libraries(td4_mutant_${nn}_${name} PUBLIC td4)
    # Une erreur classique laisse souvent un paramètre inutilisé (le dt oublié…).
    # -O1 : deux fois moins long à compiler que -O3, et ses tests vont aussi vite.
    # (Sur les fichiers, après -Wextra : voir l'exercice plus haut.)
    set_source_files_properties(${mutant_sources} PROPERTIES COMPILE_OPTIONS -Wno-unused-parameter)
    target_compile_options(td4_mutant_${nn}_${name} PRIVATE $<$<CONFIG:Release>:-O1>)
    if(name MATCHES "^raccourci")
      # La réponse de la bibliothèque est juste : c'est l'appel qui est refusé.
      td4_shortcut_test(${nn}.mutant.${name} td4_mutant_${nn}_${name} ${test_dir}/autorise.txt)
      set_tests_properties(${nn}.mutant.${name} PROPERTIES LABELS "mutants;${nn}"
        PASS_REGULAR_EXPRESSION "appel refusé : td4::")
      continue()
    endif()
    td4_recorder(enr_mut${nn}_${name} ${nn} td4_mutant_${nn}_${name})
    add_test(NAME ${nn}.mutant.${name}
      COMMAND juge_${nn} --programme $<TARGET_FILE:enr_mut${nn}_${name}>)
    # Réussi seulement si les tests signalent un échec (pas un plantage).
    set_tests_properties(${nn}.mutant.${name} PROPERTIES LABELS "mutants;${nn}" TIMEOUT 300
      PASS_REGULAR_EXPRESSION "ÉCHEC : [0-9]+ test\\(s\\) à corriger")
  endforeach()

  # Les figures du corrigé, sans écran.
  foreach(terminal png svg dumb donnees)
    add_test(NAME ${nn}.figures.${terminal}
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:sol${nn}_${slug}> -DTERMINAL=${terminal}
              -DOUT=${CMAKE_BINARY_DIR}/test-figures/${question}-${terminal}
              -P ${CMAKE_SOURCE_DIR}/tests/support/check_figures.cmake)
    set_tests_properties(${nn}.figures.${terminal} PROPERTIES LABELS "figures;${nn}" TIMEOUT 300)
  endforeach()
endfunction()
