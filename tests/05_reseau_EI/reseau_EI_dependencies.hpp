// Question 05 : chaque fonction de l'exercice comparée en silence à la
// bibliothèque, pour les cas qui passent par elle (check::needs).
#pragma once

#include "td4/q05_reseau_EI.hpp"

#include "ei_pair_cases.hpp"

#include <cmath>
#include <initializer_list>

namespace td4::testing {

// Deux jeux aux poids tous différents, τE ≠ τI, wII nul ou non.
inline const EIPair& probe(int k) {
  static const EIPair pairs[] = {pair(5, -20, 0.1, -0.13, 0.07, 0, 10, 4),
                                 pair(-3, 2, 0.05, -0.2, 0.15, -0.06, 3, 17)};
  return pairs[k];
}

inline bool near(double got, double expected, double tol = 1e-10) {
  return std::abs(got - expected) <= tol * std::max(1.0, std::abs(expected));
}

// Une équation de l'exercice et celle de la bibliothèque s'accordent sur
// les deux jeux, en quelques points (rE, rI).
template <class Mine, class Reference>
bool agree_on_plane(Mine mine, Reference reference) {
  for (int k : {0, 1})
    for (double rE : {3.0, 240.0})
      for (double rI : {0.0, 90.0})
        if (!near(mine(rE, rI, probe(k)), reference(probe(k), rE, rI))) return false;
  return true;
}

inline bool drEdt_is_right() { return agree_on_plane(q05::drEdt, flow_E); }
inline bool drIdt_is_right() { return agree_on_plane(q05::drIdt, flow_I); }

// Les deux équations d'abord (chacune accusée par son nom).
inline bool equations_first() {
  return check::needs("drEdt", drEdt_is_right()) && check::needs("drIdt", drIdt_is_right());
}

inline bool simulate_is_right() {
  Stepping s;
  s.method = Method::rk4;
  s.dt = 0.1;
  for (int k : {0, 1}) {
    const Trajectory mine = q05::simulate(probe(k), 12.0, 250.0, 7.0, s);
    const Trajectory ref = trajectory(probe(k), 12.0, 250.0, 7.0, s);
    if (mine.t.size() != ref.t.size() || mine.x.back().size() != 2 ||
        !near(mine.x.back()[0], ref.x.back()[0], 1e-9) || !near(mine.x.back()[1], ref.x.back()[1], 1e-9))
      return false;
  }
  return true;
}

// Une fonction de rE de l'exercice et sa référence s'accordent (1e-9) sur
// les deux jeux, en chacun des rE donnés.
template <class Mine, class Reference>
bool agree(Mine mine, Reference reference, std::initializer_list<double> rates) {
  for (int k : {0, 1})
    for (double rE : rates)
      if (!near(mine(rE, probe(k)), reference(rE, probe(k)), 1e-9)) return false;
  return true;
}

inline bool i_nullcline_is_right() {
  return agree(q05::i_nullcline, [](double rE, const EIPair& p) { return i_nullcline_rate(p, rE); },
               {0.0, 60.0, 400.0});
}

inline bool e_nullcline_is_right() {
  return agree(q05::e_nullcline, [](double rE, const EIPair& p) {
    return (phi_inv(rE, p.transfer) - p.IextE - p.wEE * rE) / p.wEI;
  }, {2.0, 250.0});
}

inline bool reduced_is_right() {
  return agree(q05::reduced, [](double rE, const EIPair& p) { return reduced_equation(p, rE); },
               {0.0, 60.0, 400.0});
}

inline bool reduced_slope_is_right() {
  return agree(q05::reduced_slope,
               [](double rE, const EIPair& p) { return td4::reduced_slope(p, rE); }, {30.0, 200.0});
}

inline bool fixed_point_rates_are_right(const EIPair& p) {
  const std::vector<double> mine = q05::fixed_point_rates(p), ref = fixed_point_rates_E(p);
  if (mine.size() != ref.size()) return false;
  for (std::size_t i = 0; i < ref.size(); ++i)
    if (!near(mine[i], ref[i], 1e-8)) return false;
  return true;
}

inline bool jacobian_is_right() {
  for (int k : {0, 1}) {
    const Jacobian J = q05::jacobian(40.0, 120.0, probe(k)), R = jacobian_matrix(probe(k), 40.0, 120.0);
    if (!near(J.a, R.a) || !near(J.b, R.b) || !near(J.c, R.c) || !near(J.d, R.d)) return false;
  }
  return true;
}

inline bool eigenvalues_are_right() {
  for (const Jacobian& J : {Jacobian{-1, 0, 0, -2}, Jacobian{1, -2, 2, 1}, Jacobian{2, 3, 1, -4}}) {
    const auto [l1, l2] = q05::eigenvalues(J);
    const auto [r1, r2] = eigenvalue_pair(J);
    if (std::abs(l1 - r1) > 1e-12 || std::abs(l2 - r2) > 1e-12) return false;
  }
  return true;
}

inline bool classify_is_right() {
  for (const Jacobian& J : {Jacobian{-1, 0, 0, -2}, Jacobian{1, 0, 0, 2}, Jacobian{1, 0, 0, -1},
                            Jacobian{-1, -2, 2, -1}, Jacobian{1, -2, 2, 1}, Jacobian{0, -1, 1, 0}})
    if (q05::classify(J) != nature_of(J)) return false;
  return true;
}

// fixed_points rassemble tout le reste : la première fonction fausse, ou "".
inline std::string first_wrong_for_fixed_points() {
  if (!i_nullcline_is_right()) return "i_nullcline";
  if (!reduced_is_right()) return "reduced";
  if (!reduced_slope_is_right()) return "reduced_slope";
  if (!fixed_point_rates_are_right(probe(0)) || !fixed_point_rates_are_right(probe(1)))
    return "fixed_point_rates";
  if (!jacobian_is_right()) return "jacobian";
  if (!eigenvalues_are_right()) return "eigenvalues";
  if (!classify_is_right()) return "classify";
  return "";
}

}  // namespace td4::testing
