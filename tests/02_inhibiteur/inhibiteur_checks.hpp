// Question 02 : ce que partagent les cas des fonctions et ceux des figures,
// les paramètres essayés et des vérifications muettes de drdt, euler_step et
// simulate (un cas qui passe par l'une d'elles l'accuse si elle est fausse).
#pragma once

#include "td4/q02_inhibiteur.hpp"

#include "one_population_cases.hpp"

#include <cmath>

namespace td4::testing {

// Des paramètres loin des valeurs par défaut, et τ ≠ 1 : une constante en
// dur, des parenthèses oubliées autour de τ ou un signe de w inversé se voient.
inline const OnePopulation inhibitory_cases[] = {
    population(20.0, -0.1, 10.0), population(5.0, -0.5, 3.0), population(-2.0, 0.03, 0.5),
    population(1.0, -0.8, 7.0, {80.0, -3.0, 0.7})};

inline bool near(double got, double expected, double tol) {
  return std::abs(got - expected) <= tol * std::max(1.0, std::abs(expected));
}

inline bool drdt_is_right() {
  for (const OnePopulation& p : inhibitory_cases)
    for (double r : {0.0, 7.5, 40.0, 0.6 * p.transfer.rmax})
      if (!near(q02::drdt(r, p), flow(r, p), 1e-12)) return false;
  return true;
}

inline bool euler_step_is_right() {
  if (!drdt_is_right()) return false;
  for (const OnePopulation& p : inhibitory_cases)
    for (double r : {0.0, 50.0})
      if (!near(q02::euler_step(r, 0.3, p), r + 0.3 * flow(r, p), 1e-12)) return false;
  return true;
}

// simulate contre la bibliothèque, pour chaque méthode, depuis r0 ≠ 0.
inline bool simulate_is_right() {
  const OnePopulation& p = inhibitory_cases[1];
  for (Method m : {Method::euler, Method::rk4, Method::adaptive}) {
    Stepping s;
    s.method = m;
    s.dt = 0.07;
    const Trajectory got = q02::simulate(p, 40.0, 2.0, s), ref = trajectory(p, 40.0, 2.0, s);
    if (got.t.empty() || got.x.size() != got.t.size() || !near(got.t.back(), 2.0, 1e-12) ||
        !near(got.x.back()[0], ref.x.back()[0], 1e-9))
      return false;
  }
  return true;
}

}  // namespace td4::testing
