// Les courbes qu'une figure d'une population doit contenir (questions 02,
// 03 et suivantes), calculées par la bibliothèque pour les mêmes paramètres.
#pragma once

#include "figure_check.hpp"
#include "one_population_cases.hpp"
#include "td4/one_population_run.hpp"

#include <string>

namespace td4::testing {

// r(t) pour chaque couple de run.populations() et chaque r0 de
// run.initial_rates(), jusqu'à run.options.tmax avec run.options.stepping.
inline void has_time_courses(const Figure& f, const OnePopulationRun& run, const std::string& hint) {
  for (const OnePopulation& p : run.populations())
    for (double r0 : run.initial_rates()) {
      const Trajectory tr = trajectory(p, r0, run.options.tmax, run.options.stepping);
      check::has_curve(f, {tr.t, tr.component(0)}, "r(t) depuis r0 = " + check::num(r0) + with(p),
                       hint);
    }
}

// dr/dt contre r, de 0 à rmax, pour chaque couple de run.populations().
// 300 segments suivent dr/dt bien mieux que la tolérance, et gardent la
// comparaison (chaque point contre chaque segment) rapide sous ASan.
inline void has_flow_curves(const Figure& f, const OnePopulationRun& run, const std::string& hint) {
  for (const OnePopulation& p : run.populations())
    check::has_curve(f,
                     check::sampled([&](double r) { return flow(r, p); }, 0.0, p.transfer.rmax, 300),
                     "dr/dt contre r pour r de 0 à rmax" + with(p), hint);
}

}  // namespace td4::testing
