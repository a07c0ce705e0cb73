# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser.
#           nom                    texte du corrigé                         remplacé par
td4_mutant(lambda_sans_w          "(p.w * phi_prime(p.Iext + p.w * r_star, p.transfer) - 1.0)"
                                  "(phi_prime(p.Iext + p.w * r_star, p.transfer) - 1.0)")
td4_mutant(lambda_sans_tau        "- 1.0) / p.tau;"                        "- 1.0);")
td4_mutant(paire_proche_manquee   "for (double c : critical_rates(p)) ends.push_back(c);"
                                  "for (int k = 1; k < 100; ++k) ends.push_back(p.transfer.rmax * k / 100);")
td4_mutant(point_double_compte_deux_fois "critical && std::abs(v) <= rounding ? 0.0 : v"
                                  "critical && std::abs(v) < 0 * rounding ? 0.0 : v")
td4_mutant(verdict_inverse        "return lt < 0 ? Stability::stable : Stability::unstable;"
                                  "return lt > 0 ? Stability::stable : Stability::unstable;")
td4_mutant(sans_marginal          "if (std::abs(lt) <= marginal_tolerance * std::max(1.0, std::abs(lt + 1.0)))"
                                  "if (lt == 0)")
td4_mutant(racine_sur_borne_oubliee "if (fs[i] == 0) roots.push_back(ends[i]);" "")
td4_mutant(dichotomie_courte      "for (int i = 0; i < 200; ++i) {"       "for (int i = 0; i < 20; ++i) {")
td4_mutant(lambda_sans_moins_un   "(p.w * phi_prime(p.Iext + p.w * r_star, p.transfer) - 1.0)"
                                  "(p.w * phi_prime(p.Iext + p.w * r_star, p.transfer))")
td4_mutant(lambda_sans_Iext       "phi_prime(p.Iext + p.w * r_star, p.transfer)"
                                  "phi_prime(p.w * r_star, p.transfer)")
td4_mutant(marginal_sur_lambda    "const double lt = lambda * tau;"       "const double lt = lambda;")
td4_mutant(figures_sans_suffixe_1 "if (n > 1) s << '_' << k + 1;"         "if (k > 0) s << '_' << k + 1;")
td4_mutant(depart_099_oublie      "for (double factor : {1.01, 0.99}) {"  "for (double factor : {1.01}) {")
td4_mutant(ecarts_sans_log        "gap.set(\"set logscale y\")."          "gap.")
td4_mutant(ecarts_absolus         "std::abs(tr.x[i][0] - r_star) / r_star;" "std::abs(tr.x[i][0] - r_star);")
td4_mutant(bifurcation_sans_points "mark_fixed_points(\n      bw,"         "if (false) mark_fixed_points(\n      bw,")
td4_mutant(hysteresis_sans_retour "down.assign(up.rbegin(), up.rend());"  "down = up;")
td4_mutant(raccourci_fixed_point_rates "std::vector<double> ends{0.0};"   "return fixed_point_rates(p);\n  std::vector<double> ends{0.0};")
td4_mutant(raccourci_eigenvalue   "return (p.w * phi_prime(p.Iext + p.w * r_star, p.transfer) - 1.0) / p.tau;"
                                  "return eigenvalue(r_star, p);")
td4_mutant(raccourci_classify     "const double lt = lambda * tau;  // w·Φ' − 1 : sans dimension"
                                  "return classify(lambda, tau);\n  const double lt = lambda * tau;")
td4_mutant(newton_un_seul_depart  "std::vector<double> ends{0.0};"
                                  "{\n    double r = 0.5 * p.transfer.rmax;\n    for (int i = 0; i < 100; ++i) {\n      const double h = 1e-6 * p.transfer.rmax, d = (f(r + h, p) - f(r - h, p)) / (2 * h);\n      if (d == 0) break;\n      r = std::clamp(r - f(r, p) / d, 0.0, p.transfer.rmax);\n    }\n    return {r};\n  }\n  std::vector<double> ends{0.0};")
td4_mutant(bifurcation_a_Iext_nul "run.population(run.Iext.front(), 0.0)" "run.population(0.0, 0.0)")
td4_mutant(hysteresis_premier_w   "if (x * run.options.phi.rmax * run.options.phi.kappa > 2) {"
                                  "if (false) {")
# Des familles nouvelles, écrites comme un étudiant les écrirait.
td4_mutant(lambda_phi_au_lieu_de_derivee "(p.w * phi_prime(p.Iext + p.w * r_star, p.transfer) - 1.0)"
                                  "(p.w * phi(p.Iext + p.w * r_star, p.transfer) - 1.0)")
td4_mutant(perturbation_depuis_r_star "trajectory(p, factor * r_star, tmax, run.options.stepping)"
                                  "trajectory(p, r_star, tmax, run.options.stepping)")
td4_mutant(titre_virgule_decimale "\") : 1.01·r* et 0.99·r*\""         "\") : 1,01·r* et 0,99·r*\"")
