# Les tests d'affichage (label affichage) : les fenêtres de chaque corrigé
# sur un écran virtuel (Xvfb), le repli sur les PNG quand l'écran ne répond
# pas, la limite de temps d'un gnuplot bloqué, le dessin texte dans un
# terminal de 80×24 (tmux). Leurs outils : scripts/installer-dependances.sh
# --tests-affichage ; sans eux, les tests sont « Skipped ».
get_property(td4_solutions GLOBAL PROPERTY TD4_SOLUTIONS)
set(TD4_GNUPLOT_FENETRES "${CMAKE_SOURCE_DIR}/.td4/gnuplot-x11" CACHE PATH
  "Un gnuplot à fenêtres déballé (gnuplot-x11), pour les tests d'affichage")
set(TD4_GNUPLOT_QT "${CMAKE_SOURCE_DIR}/.td4/gnuplot-qt" CACHE PATH
  "gnuplot-qt déballé, pour les tests d'affichage avec un gestionnaire de fenêtres")

set(td4_solution_files)
foreach(program IN LISTS td4_solutions)
  list(APPEND td4_solution_files $<TARGET_FILE:${program}>)
endforeach()
set(td4_affichage ${CMAKE_SOURCE_DIR}/tests/affichage)

add_test(NAME affichage.fenetres
  COMMAND ${td4_affichage}/fenetres.sh ${TD4_GNUPLOT_FENETRES} ${td4_solution_files})
add_test(NAME affichage.ecran_injoignable
  COMMAND ${td4_affichage}/ecran_injoignable.sh ${TD4_GNUPLOT_FENETRES} $<TARGET_FILE:sol01_courbe_fI>)
add_test(NAME affichage.gnuplot_bloque
  COMMAND ${td4_affichage}/gnuplot_bloque_test.sh $<TARGET_FILE:sol01_courbe_fI>)
add_test(NAME affichage.explorer
  COMMAND ${td4_affichage}/explorer_fenetres.sh ${TD4_GNUPLOT_FENETRES} $<TARGET_FILE:sol03_excitateur>)
add_test(NAME affichage.terminal_texte
  COMMAND ${td4_affichage}/terminal_texte.sh ${td4_solution_files})
# Les fenêtres de chaque corrigé à 1366×768, dessinées dans des PNG de leur
# taille : le tracé garde sa hauteur malgré légendes et titres.
add_test(NAME affichage.hauteur_traces
  COMMAND ${td4_affichage}/hauteur_traces.sh ${TD4_GNUPLOT_QT} ${td4_solution_files})
# Comme un étudiant sur un bureau (openbox, xdotool) : la touche q, les
# fenêtres de --explorer quand les figures changent et quand le terminal se
# ferme, la mosaïque à 1366×768 et 1920×1080.
add_test(NAME affichage.touche_q
  COMMAND ${td4_affichage}/deux_essais.sh ${td4_affichage}/touche_q.sh ${TD4_GNUPLOT_FENETRES} ${TD4_GNUPLOT_QT} $<TARGET_FILE:sol01_courbe_fI>)
add_test(NAME affichage.explorer_figures
  COMMAND ${td4_affichage}/deux_essais.sh ${td4_affichage}/explorer_figures.sh ${TD4_GNUPLOT_QT} $<TARGET_FILE:sol04_stabilite>)
add_test(NAME affichage.mosaique
  COMMAND ${td4_affichage}/deux_essais.sh ${td4_affichage}/mosaique.sh ${TD4_GNUPLOT_FENETRES} ${TD4_GNUPLOT_QT} $<TARGET_FILE:sol04_stabilite>)
set_tests_properties(affichage.fenetres affichage.ecran_injoignable affichage.gnuplot_bloque
  affichage.explorer affichage.terminal_texte affichage.hauteur_traces PROPERTIES LABELS "affichage" SKIP_RETURN_CODE 77 TIMEOUT 300)
# Seuls sur la machine, et un second essai s'ils échouent (deux_essais.sh) :
# ils attendent des fenêtres et un gestionnaire de fenêtres, que les tests
# lourds d'à côté ralentissent.
set_tests_properties(affichage.touche_q affichage.explorer_figures affichage.mosaique
  PROPERTIES LABELS "affichage" SKIP_RETURN_CODE 77 TIMEOUT 900 RUN_SERIAL TRUE)
