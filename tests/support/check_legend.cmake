# cmake -DPROGRAM=… -DARGS="a;b" -DOUT=dossier -DFIGURE=nom -DLEGEND=regex -P check_legend.cmake
# Lance un corrigé sans figure (--terminal aucun --donnees) et vérifie qu'une
# légende de FIGURE (les lignes « # légende » de son .dat) correspond à LEGEND :
# une figure dit ce qu'elle montre.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${PROGRAM} ${ARGS} --terminal aucun --donnees --sortie ${OUT}
  RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} a échoué (code ${status}) :\n${err}")
endif()
if(NOT EXISTS ${OUT}/${FIGURE}.dat)
  message(FATAL_ERROR "pas de figure ${FIGURE} (${OUT}/${FIGURE}.dat absent)")
endif()
file(STRINGS ${OUT}/${FIGURE}.dat titles REGEX "^# " ENCODING UTF-8)
foreach(title IN LISTS titles)
  if(title MATCHES "${LEGEND}")
    message(STATUS "légende trouvée : ${title}")
    return()
  endif()
endforeach()
string(REPLACE ";" "\n" shown "${titles}")
message(FATAL_ERROR "${FIGURE} : aucune légende ne correspond à « ${LEGEND} » ; lignes lues :\n${shown}")
