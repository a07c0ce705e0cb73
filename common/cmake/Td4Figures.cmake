# cmake --build build --target figures : toutes les figures des corrigés, sans
# écran, dans build/figures. --target docs-figures : celles de docs/figures.
get_property(td4_solutions GLOBAL PROPERTY TD4_SOLUTIONS)

function(td4_figures_target target folder)
  set(commands)
  foreach(program IN LISTS td4_solutions)
    list(APPEND commands COMMAND $<TARGET_FILE:${program}> --terminal png --sortie ${folder})
  endforeach()
  add_custom_target(${target}
    ${commands}
    COMMAND ${CMAKE_COMMAND} -E echo "Figures des corrigés écrites dans ${folder}"
    DEPENDS ${td4_solutions}
    VERBATIM)
endfunction()

td4_figures_target(figures ${CMAKE_BINARY_DIR}/figures)
td4_figures_target(docs-figures ${CMAKE_SOURCE_DIR}/docs/figures)
