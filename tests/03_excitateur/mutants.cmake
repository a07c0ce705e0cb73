# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser
# (la table erreurs.md dit quel cas refuse chacune, avec quelle piste).
#           nom                     texte du corrigé                      remplacé par
# critical_points
td4_mutant(un_seul_point_critique  "{tr.Ihalf - d, tr.Ihalf + d}"        "{tr.Ihalf + d}")
td4_mutant(sans_tri_du_domaine     "if (r > 0.0 && r < tr.rmax)"         "if (true)")
td4_mutant(signe_de_w              "const double r = (I - p.Iext) / p.w;" "const double r = (I - p.Iext) / -p.w;")
td4_mutant(sans_facteur_2          "1.0 - 2.0 / a"                        "1.0 - 1.0 / a")
td4_mutant(critiques_sans_racine   "std::sqrt(1.0 - 2.0 / a)"             "(1.0 - 2.0 / a)")
td4_mutant(critiques_ordre_decroissant "{tr.Ihalf - d, tr.Ihalf + d}"     "{tr.Ihalf + d, tr.Ihalf - d}")
td4_mutant(critiques_sans_kappa    "std::atanh(std::sqrt(1.0 - 2.0 / a)) / tr.kappa;"
                                   "std::atanh(std::sqrt(1.0 - 2.0 / a));")
td4_mutant(raccourci_critical_rates "return rs;"                          "return critical_rates(p);")
# bistable
td4_mutant(etat_initial_compare    "trajectory(p, 0.0, tmax, s).x.back()[0]" "trajectory(p, 0.0, tmax, s).x.front()[0]")
td4_mutant(bistable_seuil_en_hz    "0.01 * p.transfer.rmax"               "5.0")
td4_mutant(bistable_seuil_sans_rmax "0.01 * p.transfer.rmax"              "0.01")
td4_mutant(bistable_tmax_en_dur    "tmax, s)"                             "1000.0, s)")
td4_mutant(bistable_une_seule_simulation "trajectory(p, p.transfer.rmax, tmax, s)" "trajectory(p, 0.0, tmax, s)")
# draw
td4_mutant(figure_famille_pas_montree "plot.show(f);"                     "")
td4_mutant(famille_mauvais_Iext    "run.population(run.Iext.front(), 0.0)" "run.population(run.Iext.back(), 0.0)")
td4_mutant(famille_d_un_seul_cote  "ws = {0.5 * w1, w1, 0.5 * (w1 + w2), w2, 1.5 * w2};"
                                   "ws = {1.2 * w2, 1.5 * w2, 2 * w2, 3 * w2, 4 * w2};")
td4_mutant(drdt_premier_couple_seul "flow_curves(run.populations(), {}, \"03_excitateur_drdt\""
                                    "flow_curves({run.populations().front()}, {}, \"03_excitateur_drdt\"")
td4_mutant(figure_r_t_mauvais_nom  "\"03_excitateur_r_t\""                "\"03_excitateur_rt\"")
td4_mutant(famille_a_Iext_nul      "run.population(run.Iext.front(), 0.0)" "run.population(0.0, 0.0)")
td4_mutant(famille_legendes_decalees "labels = {w_is(ws[0])" "labels = {w_is(ws[4])")
# Des familles nouvelles, écrites comme un étudiant les écrirait.
td4_mutant(bistable_sans_valeur_absolue "std::abs(high - low) > 0.01 * p.transfer.rmax"
                                  "low - high > 0.01 * p.transfer.rmax")
td4_mutant(critiques_sans_Iext    "const double r = (I - p.Iext) / p.w;" "const double r = I / p.w;")
