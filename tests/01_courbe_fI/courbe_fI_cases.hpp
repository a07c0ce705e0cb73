// Question 01 : les paramètres de Φ essayés, leur description, et des
// vérifications muettes de chaque fonction (une figure fausse à cause de
// fI accuse fI).
#pragma once

#include "check.hpp"
#include "td4/q01_courbe_fI.hpp"

#include <cmath>
#include <string>

namespace td4::testing {

// Les valeurs par défaut, et d'autres très différentes : une constante
// écrite en dur dans le code ne passe pas.
inline const Transfer transfer_cases[] = {{500.0, 10.0, 0.2}, {80.0, -3.0, 0.7}};

inline std::string with(const Transfer& p) {
  using check::num;
  return " (rmax = " + num(p.rmax) + ", Ihalf = " + num(p.Ihalf) + ", κ = " + num(p.kappa) + ")";
}

inline bool near(double got, double expected, double tol = 1e-9) {
  return std::abs(got - expected) <= tol * std::max(1.0, std::abs(expected));
}

inline bool fI_is_right() {
  for (const Transfer& p : transfer_cases)
    for (double x : {-3.0, -0.5, 0.0, 1.0, 4.0})
      if (!near(q01::fI(p.Ihalf + x / p.kappa, p), phi(p.Ihalf + x / p.kappa, p))) return false;
  return true;
}

inline bool fI_inv_is_right() {
  for (const Transfer& p : transfer_cases)
    for (double f : {0.01, 0.3, 0.5, 0.9})
      if (!near(q01::fI_inv(f * p.rmax, p), phi_inv(f * p.rmax, p))) return false;
  return true;
}

inline bool fI_deriv_is_right() {
  for (const Transfer& p : transfer_cases)
    for (double x : {-3.0, -0.5, 0.0, 1.0, 4.0})
      if (!near(q01::fI_deriv(p.Ihalf + x / p.kappa, p), phi_prime(p.Ihalf + x / p.kappa, p)))
        return false;
  return true;
}

// n valeurs croissantes dans (0, rmax), de moins de 2 % à plus de 98 % de rmax.
inline bool inverse_samples_are_right() {
  for (const Transfer& p : transfer_cases) {
    const std::vector<double> r = q01::inverse_samples(p, 200);
    if (r.size() != 200 || !(r.front() > 0 && r.front() < 0.02 * p.rmax) ||
        !(r.back() < p.rmax && r.back() > 0.98 * p.rmax))
      return false;
    for (std::size_t k = 1; k < r.size(); ++k)
      if (!(r[k] > r[k - 1])) return false;
  }
  return true;
}

}  // namespace td4::testing
