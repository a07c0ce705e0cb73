# Des erreurs classiques, appliquées au corrigé : les tests doivent les refuser.
#           nom                texte du corrigé                       remplacé par
td4_mutant(signe_J1            "p.J0 * sum + p.J1 *"                  "p.J0 * sum - p.J1 *")
td4_mutant(sans_division_N     "const double scale = 1.0 / static_cast<double>(p.N);" "const double scale = 1.0;")
td4_mutant(atan2_inverse       "std::atan2(sum_sin, sum_cos)"         "std::atan2(sum_cos, sum_sin)")
td4_mutant(bruit_en_dt         "noise * std::sqrt(dt / p.tau)"        "noise * (dt / p.tau)")
td4_mutant(bruit_sans_dt       "noise * std::sqrt(dt / p.tau)"        "noise / std::sqrt(p.tau)")
td4_mutant(sans_parentheses    "a * (ring.rate(p.Iext + stim[i] + input[i]) - r[i])" "a * ring.rate(p.Iext + stim[i] + input[i]) - r[i]")
td4_mutant(stimulus_oublie     "s.cue.on(t) ? cue : no_cue"           "no_cue")
td4_mutant(graine_ignoree      "std::mt19937_64 engine(s.seed);"      "std::mt19937_64 engine(1);")
# Pas de mutant « double boucle en O(N²) » : le cas « en O(N) » la refuse en
# quelques ms, mais chacun des cas suivants tournerait jusqu'à sa limite de
# temps (plus de 30 s en tout).
