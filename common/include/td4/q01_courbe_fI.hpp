// Question 01 — la courbe f-I : ce que l'exercice doit fournir.
// Les tests appellent ces fonctions ; le programme ex01/sol01 appelle draw.
#pragma once

#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/transfer.hpp"

#include <vector>

namespace td4::q01 {

// Φ(I) = rmax·(tanh(κ(I − Ihalf)) + 1)/2
double fI(double I, const Transfer& p);

// Φ⁻¹(r), définie seulement pour r dans (0, rmax) : ailleurs std::domain_error.
double fI_inv(double r, const Transfer& p);

// Φ'(I) = dΦ/dI
double fI_deriv(double I, const Transfer& p);

// n valeurs croissantes de r où tracer Φ⁻¹ : toutes dans (0, rmax).
std::vector<double> inverse_samples(const Transfer& p, int n);

// Les trois figures : Φ, Φ⁻¹ et Φ'.
void draw(const Transfer& p, Plotter& plot);

}  // namespace td4::q01
