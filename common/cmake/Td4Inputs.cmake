# NN.entrees.solution et NN.entrees.exercice : chaque programme reçoit toutes
# les sortes de mauvaises entrées du contrat (tests/support/check_inputs.cmake)
# et doit les refuser proprement. Les options viennent de son --aide : une
# nouvelle question est couverte sans rien déclarer.
foreach(dir IN LISTS td4_question_dirs)
  get_filename_component(question ${dir} NAME)
  string(SUBSTRING ${question} 0 2 nn)
  foreach(kind solution exercice)
    string(REPLACE "solution" "sol" program ${kind})
    string(REPLACE "exercice" "ex" program ${program}${question})
    if(NOT TARGET ${program})
      continue()
    endif()
    add_test(NAME ${nn}.entrees.${kind}
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${program}>
              -DOUT=${CMAKE_BINARY_DIR}/test-entrees/${program}
              -P ${CMAKE_SOURCE_DIR}/tests/support/check_inputs.cmake)
    set_tests_properties(${nn}.entrees.${kind} PROPERTIES LABELS "entrees;${nn}" TIMEOUT 300)
  endforeach()
endforeach()
