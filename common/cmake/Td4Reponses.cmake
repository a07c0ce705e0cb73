# Les réponses aux questions du TD (NN_nom/reponses.txt, td4/answers.hpp),
# notées par tests/NN_nom/test_reponses.cpp :
#   NN.solution            avec solutions/NN_nom/reponses.txt, les réponses justes
#   NN.reponses.fausses    le corrigé avec tests/outils/reponses/fausses : chaque
#                          réponse vérifiable est refusée, sans que le message
#                          donne la valeur attendue (jamais « attendu »)
#   03.reponses.prediction sol03 imprime la prédiction à côté du résultat
#   NN.reponses.libres     les réponses justes, réponses libres vides : « à
#                          compléter », pas un échec
# Les réponses libres sont celles qui suivent la ligne « # Réponses libres ».
# Seulement dans l'édition de l'enseignant (il y faut le corrigé).

# Le nombre de réponses vérifiables de chaque question (un cas chacune).
set(td4_checkable_answers_01 3)
set(td4_checkable_answers_02 4)
set(td4_checkable_answers_03 5)
set(td4_checkable_answers_04 5)
set(td4_checkable_answers_05 5)
set(td4_checkable_answers_06 3)

foreach(dir IN LISTS td4_question_dirs)
  get_filename_component(question ${dir} NAME)
  string(SUBSTRING ${question} 0 2 nn)
  set(answers ${CMAKE_SOURCE_DIR}/solutions/${question}/reponses.txt)
  if(NOT TEST ${nn}.solution OR NOT EXISTS ${answers})
    continue()
  endif()
  set_property(TEST ${nn}.solution APPEND PROPERTY ENVIRONMENT
    TD4_REPONSES_DIR=${CMAKE_SOURCE_DIR}/solutions)

  set(wrong ${CMAKE_SOURCE_DIR}/tests/outils/reponses/fausses)
  if(EXISTS ${wrong}/${question}/reponses.txt)
    add_test(NAME ${nn}.reponses.fausses COMMAND juge_${nn} --programme $<TARGET_FILE:enr_sol${nn}>)
    set_tests_properties(${nn}.reponses.fausses PROPERTIES LABELS "solutions;reponses;${nn}"
      ENVIRONMENT TD4_REPONSES_DIR=${wrong} TIMEOUT 300
      PASS_REGULAR_EXPRESSION "ÉCHEC : ${td4_checkable_answers_${nn}} test\\(s\\) à corriger"
      FAIL_REGULAR_EXPRESSION "attendu")
  endif()

  # Les réponses justes, réponses libres vidées, écrites à la configuration.
  set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${answers})
  file(READ ${answers} text)
  string(FIND "${text}" "# Réponses libres" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${answers} : pas de ligne « # Réponses libres » avant les réponses libres")
  endif()
  string(SUBSTRING "${text}" 0 ${at} checkable)
  string(SUBSTRING "${text}" ${at} -1 free)
  string(REGEX REPLACE "\n([A-Za-z0-9_]+)[ \t]*=[^\n]*" "\n\\1 =" free "${free}")
  set(empty_free ${CMAKE_BINARY_DIR}/reponses-libres-vides)
  file(WRITE ${empty_free}/${question}/reponses.txt.new "${checkable}${free}")
  configure_file(${empty_free}/${question}/reponses.txt.new ${empty_free}/${question}/reponses.txt COPYONLY)
  add_test(NAME ${nn}.reponses.libres COMMAND juge_${nn} --programme $<TARGET_FILE:enr_sol${nn}>)
  set_tests_properties(${nn}.reponses.libres PROPERTIES LABELS "solutions;reponses;${nn}"
    ENVIRONMENT TD4_REPONSES_DIR=${empty_free} TIMEOUT 300
    PASS_REGULAR_EXPRESSION "réponses libres : à compléter" FAIL_REGULAR_EXPRESSION "ÉCHEC")
  # Le barème peut ne pas les exiger : TD4_REPONSES_LIBRES=facultatives.
  add_test(NAME ${nn}.reponses.libres.facultatives COMMAND juge_${nn} --programme $<TARGET_FILE:enr_sol${nn}>)
  set_tests_properties(${nn}.reponses.libres.facultatives PROPERTIES
    LABELS "solutions;reponses;${nn}" TIMEOUT 300
    ENVIRONMENT "TD4_REPONSES_DIR=${empty_free};TD4_REPONSES_LIBRES=facultatives")
endforeach()

# La prédiction imprimée à côté du résultat (les réponses fausses prédisent
# un seul état stationnaire là où il y en a trois).
if(TARGET sol03_excitateur AND EXISTS ${CMAKE_SOURCE_DIR}/tests/outils/reponses/fausses)
  add_test(NAME 03.reponses.prediction COMMAND sol03_excitateur --terminal aucun)
  set_tests_properties(03.reponses.prediction PROPERTIES LABELS "solutions;reponses;03"
    ENVIRONMENT TD4_REPONSES_DIR=${CMAKE_SOURCE_DIR}/tests/outils/reponses/fausses TIMEOUT 300
    PASS_REGULAR_EXPRESSION "bistable : oui\n#   vous aviez prédit 1 état stationnaire : il y en a 3\n")
endif()
