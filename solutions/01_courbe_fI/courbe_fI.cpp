// Question 01 — la courbe f-I, son inverse et sa dérivée (corrigé).
#include "td4/q01_courbe_fI.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

namespace td4::q01 {

namespace {

// Six chiffres significatifs, en notation scientifique s'il le faut :
// std::to_string écrirait 0.000000 pour 1e-30 et 309 chiffres pour 1e308.
std::string text(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

}  // namespace

double fI(double I, const Transfer& p) {
  return 0.5 * p.rmax * (1.0 + std::tanh(p.kappa * (I - p.Ihalf)));
}

double fI_inv(double r, const Transfer& p) {
  if (!(r > 0.0 && r < p.rmax))
    throw std::domain_error("Φ⁻¹(r) n'est définie que pour r dans (0, rmax) = (0, " +
                            text(p.rmax) + ") (reçu : r = " + text(r) + ")");
  const double y = 2.0 * r / p.rmax - 1.0;
  return std::atanh(y) / p.kappa + p.Ihalf;
}

double fI_deriv(double I, const Transfer& p) {
  const double th = std::tanh(p.kappa * (I - p.Ihalf));
  return 0.5 * p.rmax * p.kappa * (1.0 - th * th);
}

std::vector<double> inverse_samples(const Transfer& p, int n) {
  // Points milieux de n intervalles égaux de [0, rmax] : jamais 0 ni rmax.
  std::vector<double> r;
  for (int k = 0; k < n; ++k) r.push_back(p.rmax * (k + 0.5) / n);
  return r;
}

void draw(const Transfer& p, Plotter& plot) {
  // I balaie Ihalf ± 4/κ : Φ y passe de presque 0 à presque rmax.
  const int n = 401;
  std::vector<double> I, r, dr;
  for (int k = 0; k < n; ++k) {
    I.push_back(p.Ihalf - 4.0 / p.kappa + 8.0 / p.kappa * k / (n - 1));
    r.push_back(fI(I.back(), p));
    dr.push_back(fI_deriv(I.back(), p));
  }
  std::vector<double> r_inv = inverse_samples(p, n), I_inv;
  for (double x : r_inv) I_inv.push_back(fI_inv(x, p));

  Figure phi{"01_courbe_fI", "Courbe f-I : Φ(I)", "courant I", "taux r (Hz)"};
  phi.curve(I, r, "Φ(I)").curve({I.front(), I.back()}, {p.rmax / 2, p.rmax / 2},
                                 "rmax/2, atteint en I = Ihalf", "lines dt 2 lc rgb 'gray'");
  plot.show(phi);

  Figure inv{"01_courbe_fI_inverse", "Inverse de la courbe f-I, définie pour 0 < r < rmax",
             "taux r (Hz)", "courant I = Φ⁻¹(r)"};
  inv.curve(r_inv, I_inv, "Φ⁻¹(r)").set("set xrange [0:" + text(p.rmax) + "]");
  plot.show(inv);

  Figure der{"01_courbe_fI_derivee", "Dérivée de la courbe f-I : Φ'(I)", "courant I",
             "Φ'(I) (Hz par unité de courant)"};
  der.curve(I, dr, "Φ'(I), maximale en Ihalf : rmax·κ/2");
  plot.show(der);
}

}  // namespace td4::q01
