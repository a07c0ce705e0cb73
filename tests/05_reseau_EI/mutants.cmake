# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser.
#           nom                   texte du corrigé                     remplacé par
td4_mutant(poids_croises          "(phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE) / p.tauE"
                                  "(phi(p.IextE + p.wEE * rE + p.wIE * rI, p.transfer) - rE) / p.tauE")
td4_mutant(tauE_pour_I            "- rI) / p.tauI"                     "- rI) / p.tauE")
td4_mutant(jacobienne_sans_derivee "const double dE = phi_prime(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer);"
                                  "const double dE = 1.0;")
# Une grille de 50 intervalles et un encadrement dans chacun : deux points
# fixes dans le même intervalle passent inaperçus.
td4_mutant(points_fixes_grille    "return td4::all_roots(g, dg, 0.0, p.transfer.rmax, td4::reduced_bounds(p));"
  "std::vector<double> roots;
  for (int k = 0; k < 50; ++k) {
    const double a = p.transfer.rmax * k / 50, b = p.transfer.rmax * (k + 1) / 50;
    if ((g(a) < 0) != (g(b) < 0))
      roots.push_back(td4::all_roots(g, dg, a, b, td4::reduced_bounds(p)).front());
  }
  return roots;")
td4_mutant(valeurs_propres_sans_moitie "const double disc = 0.25 * T * T - D;" "const double disc = T * T - D;")
td4_mutant(isocline_E_sans_wEI    "- p.IextE - p.wEE * rE) / p.wEI;"   "- p.IextE - p.wEE * rE);")
td4_mutant(drEdt_sans_tau         "(phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE) / p.tauE"
                                  "(phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE)")
td4_mutant(drEdt_sans_parentheses "(phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE) / p.tauE"
                                  "phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE / p.tauE")
td4_mutant(drIdt_sans_wII         "p.wII * rI, p.transfer) - rI) / p.tauI" "0.0, p.transfer) - rI) / p.tauI")
td4_mutant(drIdt_rE_au_lieu_de_rI "p.transfer) - rI) / p.tauI"         "p.transfer) - rE) / p.tauI")
td4_mutant(simulate_derivees_echangees "dxdt[0] = drEdt(x[0], x[1], p);\n    dxdt[1] = drIdt(x[0], x[1], p);"
                                  "dxdt[0] = drIdt(x[0], x[1], p);\n    dxdt[1] = drEdt(x[0], x[1], p);")
td4_mutant(simulate_depart_echange "State{rE0, rI0}"                    "State{rI0, rE0}")
td4_mutant(simulate_pas_ignore    "integrate(f, State{rE0, rI0}, 0.0, tmax, s)"
                                  "integrate(f, State{rE0, rI0}, 0.0, tmax, Stepping{})")
td4_mutant(isocline_E_signe_IextE "- p.IextE - p.wEE * rE) / p.wEI;"   "+ p.IextE - p.wEE * rE) / p.wEI;")
td4_mutant(isocline_E_phi_sans_inverse "(phi_inv(rE, p.transfer) - p.IextE" "(phi(rE, p.transfer) - p.IextE")
td4_mutant(isocline_I_sans_IextI  "return phi(p.IextI + p.wIE * rE, p.transfer);" "return phi(p.wIE * rE, p.transfer);")
td4_mutant(isocline_I_poids_wEI   "return phi(p.IextI + p.wIE * rE, p.transfer);" "return phi(p.IextI + p.wEI * rE, p.transfer);")
td4_mutant(isocline_I_wII_ignore  "if (p.wII != 0.0) return td4::i_nullcline_rate(p, rE);" "")
td4_mutant(reduite_sans_moins_rE  "p.transfer) - rE;\n}"                "p.transfer);\n}")
td4_mutant(reduite_rI_nul         "const double rI = i_nullcline(rE, p);\n  return phi("
                                  "const double rI = 0.0 * i_nullcline(rE, p);\n  return phi(")
td4_mutant(reduite_signe_wEI      "return phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE;"
                                  "return phi(p.IextE + p.wEE * rE - p.wEI * rI, p.transfer) - rE;")
td4_mutant(pente_sans_moins_un    "(p.wEE + p.wEI * slope) - 1.0;"     "(p.wEE + p.wEI * slope);")
td4_mutant(pente_sans_derivee_composee "(p.wEE + p.wEI * slope) - 1.0;" "p.wEE - 1.0 + 0.0 * slope;")
td4_mutant(pente_sans_division_wII "dI * p.wIE / (1.0 - p.wII * dI);"  "dI * p.wIE;")
td4_mutant(points_fixes_demi_intervalle "g, dg, 0.0, p.transfer.rmax, td4::reduced_bounds(p)"
                                  "g, dg, 0.0, 0.5 * p.transfer.rmax, td4::reduced_bounds(p)")
td4_mutant(points_fixes_milieu_de_case "return td4::all_roots(g, dg, 0.0, p.transfer.rmax, td4::reduced_bounds(p));"
  "std::vector<double> roots;
  for (int k = 0; k < 2000; ++k) {
    const double a = p.transfer.rmax * k / 2000, b = p.transfer.rmax * (k + 1) / 2000;
    if ((g(a) < 0) != (g(b) < 0)) roots.push_back(0.5 * (a + b) + 0.0 * dg(a));
  }
  return roots;")
td4_mutant(jacobienne_b_c_echanges "p.wEI * dE / p.tauE,\n          p.wIE * dI / p.tauI,"
                                  "p.wIE * dI / p.tauI,\n          p.wEI * dE / p.tauE,")
td4_mutant(jacobienne_sans_moins_un "(p.wEE * dE - 1.0) / p.tauE"      "p.wEE * dE / p.tauE")
td4_mutant(jacobienne_tau_oublie  "(p.wII * dI - 1.0) / p.tauI}"       "(p.wII * dI - 1.0)}")
td4_mutant(valeurs_propres_ordre  "return {0.5 * T + std::sqrt(disc), 0.5 * T - std::sqrt(disc)};"
                                  "return {0.5 * T - std::sqrt(disc), 0.5 * T + std::sqrt(disc)};")
td4_mutant(valeurs_propres_conjuguees_echangees "return {{0.5 * T, omega}, {0.5 * T, -omega}};"
                                  "return {{0.5 * T, -omega}, {0.5 * T, omega}};")
td4_mutant(valeurs_propres_complexes_oubliees "if (disc < 0) {" "if (false) {")
td4_mutant(centre_egalite_exacte  "std::abs(T) <= 1e-9 * (std::abs(J.a) + std::abs(J.d))" "T == 0")
td4_mutant(centre_tolerance_absolue "std::abs(T) <= 1e-9 * (std::abs(J.a) + std::abs(J.d))" "std::abs(T) <= 1e-9")
td4_mutant(foyer_noeud_echanges   "if (T * T < 4 * D) {"               "if (T * T > 4 * D) {")
td4_mutant(selle_oubliee          "if (D < 0) return Nature::selle;"  "")
td4_mutant(points_complets_rI_faux "const double rI = i_nullcline(rE, p);\n    const Jacobian J"
                                  "const double rI = rE;\n    const Jacobian J")
td4_mutant(points_complets_lambda_echangees "out.push_back({rE, rI, J, l1, l2, classify(J)});"
                                  "out.push_back({rE, rI, J, l2, l1, classify(J)});")
td4_mutant(points_complets_J_en_zero "out.push_back({rE, rI, J, l1, l2, classify(J)});"
                                  "out.push_back({rE, rI, J, l1, l2, classify(jacobian(0.0, 0.0, p))});")
td4_mutant(figure_r_t_pas_montree "plot.show(td4::ei_time_courses("   "(td4::ei_time_courses(")
td4_mutant(figure_r_t_depuis_zero "simulate(p, s.rE0, s.rI0, s.tmax, s.stepping)" "simulate(p, 0.0, 0.0, s.tmax, s.stepping)")
td4_mutant(plan_trajectoires_a_moitie "simulate(p, rE0, rI0, s.tmax, s.stepping)" "simulate(p, rE0, rI0, 0.5 * s.tmax, s.stepping)")
td4_mutant(plan_de_phase_mal_nomme "\"05_reseau_EI_plan_de_phase\""  "\"05_reseau_EI_plan_phase\"")
td4_mutant(balayage_mauvaise_plage "std::max(0.15, 1.5 * p.wEE)"        "std::max(0.1, p.wEE)")
td4_mutant(raccourci_nature_of    "const double T = J.a + J.d, D = J.a * J.d - J.b * J.c;\n  if (D < 0)"
                                  "return nature_of(J);\n  const double T = J.a + J.d, D = J.a * J.d - J.b * J.c;\n  if (D < 0)")
td4_mutant(raccourci_jacobian_matrix "const double dE = phi_prime(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer);"
                                  "return jacobian_matrix(p, rE, rI);\n  const double dE = phi_prime(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer);")
td4_mutant(raccourci_fixed_point_rates_E "const auto g = [&p](double rE) { return reduced(rE, p); };"
                                  "return fixed_point_rates_E(p);\n  const auto g = [&p](double rE) { return reduced(rE, p); };")
td4_mutant(isoclines_echangees    "pp.e_nullcline = [&p](double rE) { return e_nullcline(rE, p); };\n  pp.i_nullcline = [&p](double rE) { return i_nullcline(rE, p); };"
                                  "pp.e_nullcline = [&p](double rE) { return i_nullcline(rE, p); };\n  pp.i_nullcline = [&p](double rE) { return e_nullcline(rE, p); };")
td4_mutant(balayage_plage_fixe    "std::max(0.15, 1.5 * p.wEE)"        "0.15")
# Des familles nouvelles, écrites comme un étudiant les écrirait.
td4_mutant(jacobienne_d_avec_wIE  "(p.wII * dI - 1.0) / p.tauI}"       "(p.wIE * dI - 1.0) / p.tauI}")
td4_mutant(drEdt_courant_IextI    "return (phi(p.IextE + p.wEE * rE"   "return (phi(p.IextI + p.wEE * rE")
