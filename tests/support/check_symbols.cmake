# cmake -DNN=01 -DLIST=tests/01_courbe_fI/autorise.txt -DLIBRARY=libtd4.a
#       -DOBJECTS=a.o|b.o -DSOURCES=a.cpp|b.cpp [-DSANITIZERS=ON] [-DOUT=fichier]
#       -P check_symbols.cmake
# Lance scripts/lib/verifier-symboles.sh sur les fichiers objets et les
# sources d'un exercice : ce qu'il définit et appelle doit être permis par
# LIST. (Par ce détour parce qu'add_test passe une liste de fichiers en un
# seul argument.) Une ligne par refus, puis l'échec du test.
string(REPLACE "|" ";" objects "${OBJECTS}")
string(REPLACE "|" ";" sources "${SOURCES}")
# (Les sources de la cible comprennent l'en-tête précompilé de CMake.)
list(FILTER sources EXCLUDE REGEX "/CMakeFiles/")
set(options -r ${LIBRARY})
if(SANITIZERS)
  list(APPEND options -s)
endif()
if(OUT)
  # Pour le juge (build/tests/symboles_exNN.txt) : les refus dans un fichier,
  # qu'il compte comme un cas à corriger ; rien d'autre n'échoue ici.
  execute_process(
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/../../scripts/lib/verifier-symboles.sh
            ${options} ${NN} ${LIST} ${objects} -- ${sources}
    OUTPUT_FILE ${OUT}.new ERROR_VARIABLE error RESULT_VARIABLE status)
  if(status GREATER 1)
    file(WRITE ${OUT}.new "vérification impossible de ce que l'exercice appelle : ${error}\n")
  endif()
  file(RENAME ${OUT}.new ${OUT})
  return()
endif()
execute_process(
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/../../scripts/lib/verifier-symboles.sh
          ${options} ${NN} ${LIST} ${objects} -- ${sources}
  RESULT_VARIABLE status)
if(status EQUAL 1)
  message(FATAL_ERROR "Exercice refusé avant ses tests : il définit ou appelle ce que la "
                      "question ne permet pas (${LIST}).")
elseif(NOT status EQUAL 0)
  message(FATAL_ERROR "verifier-symboles.sh n'a pas pu vérifier l'exercice (code ${status}).")
endif()
message("  ✔ rien que ce que la question permet (${LIST})")
