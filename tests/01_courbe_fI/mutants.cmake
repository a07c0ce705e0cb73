# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser
# (la table erreurs.md dit quel cas refuse chacune, avec quelle piste).
#           nom                 texte du corrigé            remplacé par
# fI
td4_mutant(sans_moitie          "0.5 * p.rmax * (1.0 +"     "p.rmax * (1.0 +")
td4_mutant(signe_inverse        "std::tanh(p.kappa * (I - p.Ihalf)));" "std::tanh(p.kappa * (p.Ihalf - I)));")
td4_mutant(fI_sans_plus_un      "(1.0 + std::tanh"          "(std::tanh")
td4_mutant(fI_sans_kappa        "std::tanh(p.kappa * (I - p.Ihalf)));" "std::tanh(I - p.Ihalf));")
td4_mutant(fI_parentheses_kappa "std::tanh(p.kappa * (I - p.Ihalf)));" "std::tanh(p.kappa * I - p.Ihalf));")
td4_mutant(raccourci_phi        "return 0.5 * p.rmax * (1.0 + std::tanh(p.kappa * (I - p.Ihalf)));"
                                "return phi(I, p);")
# fI_inv
td4_mutant(inverse_sans_kappa   "std::atanh(y) / p.kappa"   "std::atanh(y)")
td4_mutant(inverse_sans_Ihalf   "std::atanh(y) / p.kappa + p.Ihalf" "std::atanh(y) / p.kappa")
td4_mutant(inverse_y_sans_2     "2.0 * r / p.rmax - 1.0"    "r / p.rmax - 1.0")
td4_mutant(inverse_sans_domaine "if (!(r > 0.0 && r < p.rmax))" "if (false)")
td4_mutant(inverse_bornes_incluses "if (!(r > 0.0 && r < p.rmax))" "if (!(r >= 0.0 && r <= p.rmax))")
td4_mutant(inverse_nan_accepte  "if (!(r > 0.0 && r < p.rmax))" "if (r <= 0.0 || r >= p.rmax)")
td4_mutant(raccourci_phi_inv    "const double y = 2.0 * r / p.rmax - 1.0;\n  return std::atanh(y) / p.kappa + p.Ihalf;"
                                "return phi_inv(r, p);")
# fI_deriv
td4_mutant(derivee_sans_kappa   "0.5 * p.rmax * p.kappa *"  "0.5 * p.rmax *")
td4_mutant(derivee_sans_moitie  "return 0.5 * p.rmax * p.kappa * (1.0 - th * th);"
                                "return p.rmax * p.kappa * (1.0 - th * th);")
td4_mutant(derivee_sans_carre   "(1.0 - th * th)"           "(1.0 - th)")
td4_mutant(raccourci_phi_prime  "const double th = std::tanh(p.kappa * (I - p.Ihalf));\n  return 0.5 * p.rmax * p.kappa * (1.0 - th * th);"
                                "return phi_prime(I, p);")
# inverse_samples
td4_mutant(echantillons_bornes  "p.rmax * (k + 0.5) / n"    "p.rmax * k / (n - 1)")
td4_mutant(echantillons_division_entiere "p.rmax * (k + 0.5) / n" "p.rmax * ((k + 1) / n)")
td4_mutant(echantillons_un_de_moins "k < n; ++k) r.push_back" "k < n - 1; ++k) r.push_back")
td4_mutant(echantillons_moitie  "p.rmax * (k + 0.5) / n"    "0.5 * p.rmax * (k + 0.5) / n")
# draw
td4_mutant(figure_inverse_pas_montree "plot.show(inv);"     "")
td4_mutant(figure_derivee_trace_phi "dr.push_back(fI_deriv(I.back(), p));" "dr.push_back(fI(I.back(), p));")
td4_mutant(figure_demi_intervalle "p.Ihalf - 4.0 / p.kappa + 8.0 / p.kappa * k / (n - 1)"
                                  "p.Ihalf + 4.0 / p.kappa * k / (n - 1)")
td4_mutant(figure_axes_echanges "inv.curve(r_inv, I_inv,"   "inv.curve(I_inv, r_inv,")
td4_mutant(figure_mauvais_nom   "\"01_courbe_fI_derivee\""  "\"01_courbe_fI_derive\"")
td4_mutant(figure_axe_sans_nom  "\"courant I = Φ⁻¹(r)\""    "\"\"")
td4_mutant(inverse_signe_inverse  "return std::atanh(y) / p.kappa + p.Ihalf;"
                                  "return p.Ihalf - std::atanh(y) / p.kappa;")
# Des familles nouvelles, écrites comme un étudiant les écrirait.
td4_mutant(derivee_un_plus_tanh2  "(1.0 - th * th)"                      "(1.0 + th * th)")
