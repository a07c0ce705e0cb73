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
td4_mutant(cos_sin_echanges       "c[i] * sum_cos + s[i] * sum_sin"      "c[i] * sum_sin + s[i] * sum_cos")
td4_mutant(somme_sans_r           "sum += r[j];"                         "sum += 1.0;")
td4_mutant(pas_sans_tau           "const double a = dt / p.tau;"         "const double a = dt;")
td4_mutant(pas_sans_stimulus      "a * (ring.rate(p.Iext + stim[i] + input[i]) - r[i])"
                                  "a * (ring.rate(p.Iext + 0.0 * stim[i] + input[i]) - r[i])")
td4_mutant(position_en_radians    "std::atan2(sum_sin, sum_cos) * 180.0 / std::numbers::pi"
                                  "std::atan2(sum_sin, sum_cos)")
td4_mutant(position_sans_poids    "sum_cos += r[i] * ring.cos_theta()[i];" "sum_cos += ring.cos_theta()[i];")
td4_mutant(dernier_pas_non_raccourci "euler_step(ring, r, s.cue.on(t) ? cue : no_cue, h, s.noise, engine);"
                                  "euler_step(ring, r, s.cue.on(t) ? cue : no_cue, dt, s.noise, engine);")
td4_mutant(dernier_echantillon_manquant "if ((k + 1) % every == 0 || k + 1 == steps) record(t + h);"
                                  "if ((k + 1) % every == 0) record(t + h);")
td4_mutant(dernier_pas_oublie     "std::ceil(s.tmax / dt - 1e-9)"        "std::floor(s.tmax / dt + 1e-9)")
td4_mutant(echantillons_tous_les_output_dt_pas "std::lround(s.stepping.output_dt / dt)" "std::lround(s.stepping.output_dt)")
td4_mutant(carte_en_radians       "angle.push_back(degrees(theta));"     "angle.push_back(theta);")
td4_mutant(profil_en_radians      "for (std::size_t i = 0; i < ring.size(); ++i) theta[i] = degrees(ring.theta()[i]);"
                                  "for (std::size_t i = 0; i < ring.size(); ++i) theta[i] = ring.theta()[i];")
td4_mutant(profil_etat_initial "profile.curve(theta, run.final_r,"    "profile.curve(theta, run.r.front(),")
td4_mutant(position_pas_montree   "plot.show(position);"                 "")
td4_mutant(position_une_seule_simulation "for (std::size_t k = 0; k < runs.size(); ++k) {"
                                  "for (std::size_t k = 0; k < 1; ++k) {")
td4_mutant(raccourci_simulate_ring "const double dt = s.stepping.dt;"    "return simulate_ring(ring, r, s);\n  const double dt = s.stepping.dt;")
td4_mutant(raccourci_decode_position_deg "double sum_cos = 0.0, sum_sin = 0.0;\n  for (std::size_t i = 0; i < r.size(); ++i) {"
                                  "return decode_position_deg(r, ring);\n  double sum_cos = 0.0, sum_sin = 0.0;\n  for (std::size_t i = 0; i < r.size(); ++i) {")
td4_mutant(raccourci_recurrent_input "const RingParams& p = ring.params();\n  const std::vector<double>& c = ring.cos_theta();"
                                  "ring.recurrent_input(r, out);\n  return;\n  const RingParams& p = ring.params();\n  const std::vector<double>& c = ring.cos_theta();")
# La double boucle : refusée par le cas « en O(N) » ; les cas qui simulent
# s'arrêtent aussitôt en renvoyant à lui (au lieu de tourner jusqu'à leur
# limite de temps).
td4_mutant(double_boucle_en_O_N2  "  for (std::size_t i = 0; i < p.N; ++i)\n    out[i] = scale * (p.J0 * sum + p.J1 * (c[i] * sum_cos + s[i] * sum_sin));"
  "  (void)sum, (void)sum_cos, (void)sum_sin;
  for (std::size_t i = 0; i < p.N; ++i) {
    out[i] = 0.0;
    for (std::size_t j = 0; j < p.N; ++j)
      out[i] += scale * (p.J0 + p.J1 * std::cos(ring.theta()[i] - ring.theta()[j])) * r[j];
  }")
td4_mutant(bruit_partage          "const double kick = noise * std::sqrt(dt / p.tau);\n  for (std::size_t i = 0; i < p.N; ++i) {\n    r[i] += a * (ring.rate(p.Iext + stim[i] + input[i]) - r[i]);\n    if (noise > 0.0) r[i] += kick * xi(engine);"
                                  "const double kick = noise * std::sqrt(dt / p.tau);\n  const double shared = xi(engine);\n  for (std::size_t i = 0; i < p.N; ++i) {\n    r[i] += a * (ring.rate(p.Iext + stim[i] + input[i]) - r[i]);\n    if (noise > 0.0) r[i] += kick * shared;")
# Des familles nouvelles, écrites comme un étudiant les écrirait.
td4_mutant(position_au_maximum    "return std::atan2(sum_sin, sum_cos) * 180.0 / std::numbers::pi;"
                                  "const auto m = std::max_element(r.begin(), r.end()) - r.begin();\n  return std::atan2(ring.sin_theta()[m], ring.cos_theta()[m]) * 180.0 / std::numbers::pi;")
td4_mutant(entree_sans_J0         "out[i] = scale * (p.J0 * sum + p.J1 *" "out[i] = scale * (p.J1 *")
td4_mutant(position_graines_echangees "\"graine \" + std::to_string(s.seed + k)"
                                  "\"graine \" + std::to_string(s.seed + runs.size() - 1 - k)")
