# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser
# (la table erreurs.md dit quel cas refuse chacune, avec quelle piste).
#           nom                 texte du corrigé                      remplacé par
# drdt
td4_mutant(tau_sans_parentheses "return (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;"
                                "return -r + phi(p.Iext + p.w * r, p.transfer) / p.tau;")
td4_mutant(signe_de_w           "phi(p.Iext + p.w * r, p.transfer)"   "phi(p.Iext - p.w * r, p.transfer)")
td4_mutant(drdt_sans_tau        "- r) / p.tau;"                       "- r);")
td4_mutant(drdt_fois_tau        "- r) / p.tau;"                       "- r) * p.tau;")
td4_mutant(drdt_sans_recurrence "phi(p.Iext + p.w * r, p.transfer)"   "phi(p.Iext, p.transfer)")
td4_mutant(raccourci_flow       "return (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;"
                                "return flow(r, p);")
# euler_step
td4_mutant(euler_sans_dt        "return r + dt * drdt(r, p);"         "return r + drdt(r, p);")
td4_mutant(euler_pas_sans_r     "return r + dt * drdt(r, p);"         "return dt * drdt(r, p);")
td4_mutant(euler_pas_a_rebours  "return r + dt * drdt(r, p);"         "return r - dt * drdt(r, p);")
# euler
td4_mutant(euler_sans_dernier_pas "std::min(k * dt, tmax)"            "k * dt")
td4_mutant(euler_dernier_pas_entier "euler_step(tr.x.back()[0], t - tr.t.back(), p)"
                                  "euler_step(tr.x.back()[0], dt, p)")
td4_mutant(euler_pas_en_trop    "std::ceil(tmax / dt - 1e-9)"         "std::ceil(tmax / dt)")
td4_mutant(euler_un_pas_de_moins "k <= n; ++k"                        "k < n; ++k")
td4_mutant(euler_boucle_depuis_zero "int k = 1; k <= n"                 "int k = 0; k <= n")
# simulate
td4_mutant(simulate_toujours_euler "return integrate([&p](double r, double) { return drdt(r, p); }, r0, 0.0, tmax, s);"
                                "return euler(p, r0, tmax, s.dt);")
td4_mutant(simulate_depuis_zero "drdt(r, p); }, r0, 0.0, tmax, s);"    "drdt(r, p); }, 0.0, 0.0, tmax, s);")
td4_mutant(simulate_pas_fixe    "drdt(r, p); }, r0, 0.0, tmax, s);"
                                "drdt(r, p); }, r0, 0.0, tmax, Stepping{Method::rk4, s.dt});")
td4_mutant(raccourci_trajectory "return integrate([&p](double r, double) { return drdt(r, p); }, r0, 0.0, tmax, s);"
                                "return trajectory(p, r0, tmax, s);")
# draw
td4_mutant(figure_r_t_pas_montree "plot.show(rt);"                     "")
td4_mutant(drdt_trace_a_moitie    "r.push_back(rmax * i / 500);"       "r.push_back(rmax * i / 1000);")
td4_mutant(figure_un_seul_r0      "j < r0s.size(); ++j"                "j < 1; ++j")
td4_mutant(figure_tmax_en_dur     "simulate(cases[k], r0s[j], run.options.tmax,"
                                  "simulate(cases[k], r0s[j], 100.0,")
td4_mutant(figure_trace_phi       "v.push_back(drdt(x, cases[k]));"
                                  "v.push_back(phi(cases[k].Iext + cases[k].w * x, cases[k].transfer));")
td4_mutant(figure_sans_points_fixes "flow.curve(fx, fy, \"points fixes r* (stables)\", \"points pt 7 ps 1.5 lc rgb 'black'\");"
                                  "")
td4_mutant(figure_mauvais_nom     "\"02_inhibiteur_drdt\""             "\"02_inhibiteur_dr_dt\"")
td4_mutant(lambda_arguments_inverses "[&p](double r, double) { return drdt(r, p); }"
                                  "[&p](double, double r) { return drdt(r, p); }")
# Des familles nouvelles, écrites comme un étudiant les écrirait.
td4_mutant(drdt_sans_Iext         "phi(p.Iext + p.w * r, p.transfer)"   "phi(p.w * r, p.transfer)")
td4_mutant(figure_toujours_euler  "simulate(cases[k], r0s[j], run.options.tmax, run.options.stepping)"
                                  "euler(cases[k], r0s[j], run.options.tmax, run.options.stepping.dt)")
