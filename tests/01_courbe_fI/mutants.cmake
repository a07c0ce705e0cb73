# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser.
#           nom                 texte du corrigé            remplacé par
td4_mutant(sans_moitie          "0.5 * p.rmax * (1.0 +"     "p.rmax * (1.0 +")
td4_mutant(signe_inverse        "std::tanh(p.kappa * (I - p.Ihalf)));" "std::tanh(p.kappa * (p.Ihalf - I)));")
td4_mutant(inverse_sans_kappa   "std::atanh(y) / p.kappa"   "std::atanh(y)")
td4_mutant(inverse_sans_domaine "if (!(r > 0.0 && r < p.rmax))" "if (false)")
td4_mutant(derivee_sans_kappa   "0.5 * p.rmax * p.kappa *"  "0.5 * p.rmax *")
td4_mutant(echantillons_bornes  "p.rmax * (k + 0.5) / n"    "p.rmax * k / (n - 1)")
