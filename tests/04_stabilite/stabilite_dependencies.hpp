// Question 04 : chaque fonction de l'exercice comparée en silence à la
// bibliothèque, pour les cas qui passent par elle (check::needs).
#pragma once

#include "td4/q04_stabilite.hpp"

#include "one_population_cases.hpp"

#include <cmath>

namespace td4::testing {

inline bool lambda_is_right() {
  for (double w : {-0.2, 0.05})
    for (double r : {3.0, 150.0}) {
      const OnePopulation p = population(-1.0, w, 6.0);
      if (!(std::abs(q04::lambda(r, p) - eigenvalue(r, p)) <= 1e-9 * std::abs(eigenvalue(r, p))))
        return false;
    }
  return true;
}

inline bool stability_is_right() {
  for (double l : {-0.3, 0.2, 1e-13, -2e-9, 0.0})
    if (q04::stability(l, 4.0) != classify(l, 4.0)) return false;
  return true;
}

inline bool fixed_points_are_right(const OnePopulation& p) {
  const std::vector<double> mine = q04::fixed_points(p), ref = fixed_point_rates(p);
  if (mine.size() != ref.size()) return false;
  for (std::size_t i = 0; i < ref.size(); ++i)
    if (!(std::abs(mine[i] - ref[i]) <= 1e-9 * std::max(1.0, ref[i]))) return false;
  return true;
}

}  // namespace td4::testing
