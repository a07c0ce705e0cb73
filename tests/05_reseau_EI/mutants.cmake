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
