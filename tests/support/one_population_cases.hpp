// Ce que partagent les tests d'une population (02, 03, 04 et libtd4) :
// construire un cas, le décrire dans un message, et compter sans analyse
// les changements de signe de dr/dt.
#pragma once

#include "check.hpp"
#include "td4/one_population.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace td4::testing {

inline OnePopulation population(double Iext, double w, double tau = 10.0, Transfer tr = {}) {
  OnePopulation p;
  p.transfer = tr;
  p.Iext = Iext;
  p.w = w;
  p.tau = tau;
  return p;
}

// « (Iext = …, w = …, τ = …) », et Φ quand elle n'est pas celle par défaut.
inline std::string with(const OnePopulation& p) {
  using check::num;
  std::string s = " (Iext = " + num(p.Iext) + ", w = " + num(p.w) + ", τ = " + num(p.tau);
  if (p.transfer.rmax != Transfer{}.rmax || p.transfer.kappa != Transfer{}.kappa ||
      p.transfer.Ihalf != Transfer{}.Ihalf)
    s += ", rmax = " + num(p.transfer.rmax) + ", Ihalf = " + num(p.transfer.Ihalf) +
         ", κ = " + num(p.transfer.kappa);
  return s + ")";
}

// |Φ(Iext + w·r) − r| / max(r, 1)
inline double residual(double r, const OnePopulation& p) {
  return std::abs(phi(p.Iext + p.w * r, p.transfer) - r) / std::max(r, 1.0);
}

// (Iext, w) dont r1 et r2 sont deux points fixes : Iext + w·ri = Φ⁻¹(ri).
inline OnePopulation through(double r1, double r2, double tau) {
  const Transfer tr;
  const double w = (phi_inv(r2, tr) - phi_inv(r1, tr)) / (r2 - r1);
  return population(phi_inv(r1, tr) - w * r1, w, tau);
}

// Changements de signe de dr/dt sur une grille fine de [0, rmax] : une borne
// inférieure du nombre de points fixes, obtenue sans l'analyse.
inline int sign_changes(const OnePopulation& p, int n = 20000) {
  int count = 0;
  double prev = flow(0.0, p);
  for (int k = 1; k <= n; ++k) {
    const double cur = flow(p.transfer.rmax * k / n, p);
    if ((prev < 0) != (cur < 0)) ++count;
    prev = cur;
  }
  return count;
}

}  // namespace td4::testing
