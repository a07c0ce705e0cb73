# Les dépendances, toutes en paquets Debian. Quand l'une manque, on s'arrête
# avec un message qui nomme le paquet à installer.
function(td4_missing what package)
  message(FATAL_ERROR
    "${what} est introuvable. Installez le paquet Debian ${package}, "
    "ou lancez scripts/installer-dependances.sh qui installe tout ce qui manque.")
endfunction()

find_package(Boost 1.74 QUIET COMPONENTS program_options unit_test_framework iostreams filesystem system)
if(NOT Boost_FOUND)
  td4_missing("Boost (program_options, unit_test_framework, iostreams, filesystem)"
    "libboost-dev libboost-program-options-dev libboost-test-dev libboost-iostreams-dev libboost-filesystem-dev libboost-system-dev")
endif()
if(NOT EXISTS ${Boost_INCLUDE_DIRS}/boost/numeric/odeint.hpp)
  td4_missing("Boost.Odeint" "libboost-dev")
endif()

find_path(GNUPLOT_IOSTREAM_INCLUDE_DIR gnuplot-iostream.h)
if(NOT GNUPLOT_IOSTREAM_INCLUDE_DIR)
  td4_missing("gnuplot-iostream.h" "libgnuplot-iostream-dev")
endif()

find_program(GNUPLOT_EXECUTABLE gnuplot)
if(NOT GNUPLOT_EXECUTABLE)
  td4_missing("gnuplot" "gnuplot-nox")
endif()
