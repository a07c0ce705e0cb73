# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser.
#           nom                 texte du corrigé                      remplacé par
td4_mutant(tau_sans_parentheses "return (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;"
                                "return -r + phi(p.Iext + p.w * r, p.transfer) / p.tau;")
td4_mutant(signe_de_w           "phi(p.Iext + p.w * r, p.transfer)"   "phi(p.Iext - p.w * r, p.transfer)")
td4_mutant(euler_sans_dt        "return r + dt * drdt(r, p);"         "return r + drdt(r, p);")
td4_mutant(euler_sans_dernier_pas "std::min(k * dt, tmax)"            "k * dt")
td4_mutant(simulate_toujours_euler "return integrate([&p](double r, double) { return drdt(r, p); }, r0, 0.0, tmax, s);"
                                "return euler(p, r0, tmax, s.dt);")
td4_mutant(figure_r_t_pas_montree "plot.show(rt);"                     "")
td4_mutant(drdt_trace_a_moitie    "r.push_back(rmax * i / 500);"       "r.push_back(rmax * i / 1000);")
td4_mutant(raccourci_flow         "return (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;"
                                  "return flow(r, p);")
