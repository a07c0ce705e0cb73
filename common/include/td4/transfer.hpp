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

// Définies dans transfer.cpp et non en ligne : un appel depuis un exercice
// reste visible dans son fichier objet (test NN.exercice.raccourcis).
double phi(double I, const Transfer& p);
double phi_prime(double I, const Transfer& p);

// Φ⁻¹(r) n'existe que pour r dans (0, rmax) : ailleurs std::domain_error,
// dont le message nomme cet intervalle.
double phi_inv(double r, const Transfer& p);

}  // namespace td4
