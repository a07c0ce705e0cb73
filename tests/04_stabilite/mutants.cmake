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
