# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser.
#           nom                     texte du corrigé                      remplacé par
td4_mutant(un_seul_point_critique  "{tr.Ihalf - d, tr.Ihalf + d}"        "{tr.Ihalf + d}")
td4_mutant(sans_tri_du_domaine     "if (r > 0.0 && r < tr.rmax)"         "if (true)")
td4_mutant(signe_de_w              "const double r = (I - p.Iext) / p.w;" "const double r = (I - p.Iext) / -p.w;")
td4_mutant(sans_facteur_2          "1.0 - 2.0 / a"                        "1.0 - 1.0 / a")
td4_mutant(etat_initial_compare    "trajectory(p, 0.0, tmax, s).x.back()[0]" "trajectory(p, 0.0, tmax, s).x.front()[0]")
