// La fonction de transfert (courbe f-I) du TD, son inverse et sa dérivée.
#pragma once

#include <cmath>

namespace td4 {

// Φ(I) = rmax·(tanh(κ(I − Ihalf)) + 1)/2 : taux (Hz) pour un courant I.
struct Transfer {
  double rmax = 500.0;   // taux maximal (Hz)
  double Ihalf = 10.0;   // courant de demi-activation
  double kappa = 0.2;    // raideur (1/unité de courant)
};

inline double phi(double I, const Transfer& p) {
  return 0.5 * p.rmax * (std::tanh(p.kappa * (I - p.Ihalf)) + 1.0);
}

inline double phi_prime(double I, const Transfer& p) {
  const double th = std::tanh(p.kappa * (I - p.Ihalf));
  return 0.5 * p.rmax * p.kappa * (1.0 - th * th);
}

// Φ⁻¹(r) n'existe que pour r dans (0, rmax) : ailleurs std::domain_error,
// dont le message nomme cet intervalle.
double phi_inv(double r, const Transfer& p);

}  // namespace td4
