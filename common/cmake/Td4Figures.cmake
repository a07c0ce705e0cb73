# cmake --build build --target figures : toutes les figures des corrigés, sans
# écran, dans build/figures. --target docs-figures : celles de docs/figures,
# plus les variantes que le cahier montre (docs/figures/variantes.txt).
# Dans l'édition des étudiants (sans corrigés), « figures » lance leurs
# programmes : les figures de ce qui est fait, une ligne pour le reste.
get_property(td4_solutions GLOBAL PROPERTY TD4_SOLUTIONS)
set(td4_whose "des corrigés")
if(NOT td4_solutions)
  get_property(td4_solutions GLOBAL PROPERTY TD4_EXERCISES)
  set(td4_whose "de vos exercices")
endif()

function(td4_figures_target target folder)
  set(commands)
  foreach(program IN LISTS td4_solutions)
    list(APPEND commands COMMAND $<TARGET_FILE:${program}> --terminal png --sortie ${folder})
  endforeach()
  # Une variante par ligne : « sous-dossier programme options… ».
  foreach(line IN LISTS ARGN)
    separate_arguments(words UNIX_COMMAND "${line}")
    list(POP_FRONT words subfolder program)
    if(NOT TARGET ${program})
      message(FATAL_ERROR "docs/figures/variantes.txt : programme inconnu ${program}")
    endif()
    list(APPEND commands COMMAND $<TARGET_FILE:${program}> ${words}
                                 --terminal png --sortie ${folder}/${subfolder})
  endforeach()
  add_custom_target(${target}
    ${commands}
    COMMAND ${CMAKE_COMMAND} -E echo "Figures ${td4_whose} écrites dans ${folder}"
    DEPENDS ${td4_solutions}
    VERBATIM)
endfunction()

set(td4_variants_file ${CMAKE_SOURCE_DIR}/docs/figures/variantes.txt)
set(td4_variants)
if(EXISTS ${td4_variants_file} AND EXISTS ${CMAKE_SOURCE_DIR}/solutions)
  file(STRINGS ${td4_variants_file} td4_variants REGEX "^[^#]" ENCODING UTF-8)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${td4_variants_file})
endif()

td4_figures_target(figures ${CMAKE_BINARY_DIR}/figures)
if(EXISTS ${CMAKE_SOURCE_DIR}/solutions)
  td4_figures_target(docs-figures ${CMAKE_SOURCE_DIR}/docs/figures ${td4_variants})
endif()
