# cmake -DOBJECTS=a.o|b.o -DLIST=tests/NN_nom/raccourcis.txt -P check_shortcuts.cmake
# Refuse un exercice qui appelle, pour la réponse même que la question
# demande, la fonction de la bibliothèque qui la calcule (nm -C : les
# symboles que ses fichiers objets utilisent sans les définir).
# LIST : une ligne « td4::fonction_de_la_bibliothèque  fonction_de_l_exercice ».
string(REPLACE "|" ";" objects "${OBJECTS}")
execute_process(COMMAND nm -C --undefined-only ${objects}
  RESULT_VARIABLE status OUTPUT_VARIABLE symbols ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "nm n'a pas pu lire les fichiers objets de l'exercice : ${err}")
endif()
file(STRINGS "${LIST}" rows REGEX "^td4::")
set(found)
foreach(row IN LISTS rows)
  string(REGEX MATCH "^([^ \t]+)[ \t]+(.+)$" _ "${row}")
  set(library "${CMAKE_MATCH_1}")
  set(asked "${CMAKE_MATCH_2}")
  string(FIND "${symbols}" " ${library}(" at)
  if(at GREATER -1)
    list(APPEND found "${library}")
    message("    ✘ votre exercice appelle ${library}, la réponse toute faite de la "
            "bibliothèque : c'est ce que ${asked} doit calculer lui-même.")
  endif()
endforeach()
if(found)
  message(FATAL_ERROR "Raccourci refusé : écrivez le calcul vous-même (la bibliothèque sert à "
                      "vérifier votre réponse, pas à la donner).")
endif()
message("  ✔ aucune réponse toute faite de la bibliothèque")
