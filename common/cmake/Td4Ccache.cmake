# ccache, s'il est installé : une construction dans un dossier neuf (après
# « rm -rf build », ou l'édition des étudiants et le kit de correction que
# construisent les tests des outils) reprend les objets déjà compilés au
# lieu de tout recompiler. Les chemins sous le dossier source sont
# rendus relatifs (CCACHE_BASEDIR) : deux arbres du cahier partagent le
# cache. Essayé à la configuration : un cache où l'on ne peut pas écrire
# (HOME en lecture seule…) ferait échouer chaque compilation, on s'en passe.
option(TD4_CCACHE "Compiler à travers ccache s'il est installé" ON)
if(TD4_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(TD4_CCACHE_PROGRAM ccache)
  if(TD4_CCACHE_PROGRAM)
    set(td4_ccache_launcher ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}
      CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
      ${TD4_CCACHE_PROGRAM})
    set(td4_probe ${CMAKE_BINARY_DIR}/CMakeFiles/td4_ccache_essai)
    file(WRITE ${td4_probe}.cpp "int td4_ccache_essai() { return 0; }\n")
    execute_process(
      COMMAND ${td4_ccache_launcher} ${CMAKE_CXX_COMPILER} -c ${td4_probe}.cpp -o ${td4_probe}.o
      RESULT_VARIABLE td4_ccache_rc OUTPUT_QUIET ERROR_VARIABLE td4_ccache_error)
    if(td4_ccache_rc EQUAL 0)
      set(CMAKE_CXX_COMPILER_LAUNCHER ${td4_ccache_launcher})
    else()
      string(STRIP "${td4_ccache_error}" td4_ccache_error)
      message(STATUS "ccache ne peut pas servir ici (${td4_ccache_error}) : compilation sans cache")
    endif()
  endif()
endif()
