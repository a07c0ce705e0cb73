// Question 01 : les trois figures de draw(), comparées à Φ, Φ⁻¹ et Φ' de la
// bibliothèque, pour des paramètres éloignés des valeurs par défaut.
#include "td4/q01_courbe_fI.hpp"

#include "check.hpp"
#include "courbe_fI_cases.hpp"
#include "figure_check.hpp"

#include <algorithm>
#include <cmath>

using namespace td4;
using namespace td4::q01;
using namespace td4::testing;
using check::num;

namespace {
const Transfer p = transfer_cases[1];
const double I_from = p.Ihalf - 4 / p.kappa, I_to = p.Ihalf + 4 / p.kappa;

// Chaque figure ne dépend que de ses fonctions : une erreur dans fI_inv
// n'accuse pas la figure de Φ.

std::vector<Figure> shown() {
  return check::figures_of([](Plotter& plot) { draw(p, plot); });
}

// Une série de f suit Φ⁻¹ : chaque point (r, I) a r dans (0, rmax) et
// I = Φ⁻¹(r) (à 1 % de l'étendue de la série près), et r va de moins de
// 2 % à plus de 98 % de rmax. Les r sont ceux de l'étudiant.
bool has_inverse(const Figure& f) {
  std::string closest = "aucune série de deux colonnes";
  for (const Series& s : f.series) {
    if (s.columns.size() < 2 || s.columns[0].empty()) continue;
    const std::vector<double>&r = s.columns[0], &I = s.columns[1];
    const auto [lo, hi] = std::minmax_element(r.begin(), r.end());
    const auto [Ilo, Ihi] = std::minmax_element(I.begin(), I.end());
    const double span = std::max(1.0, *Ihi - *Ilo);
    std::string wrong;
    for (std::size_t i = 0; i < r.size() && wrong.empty(); ++i)
      if (!(r[i] > 0 && r[i] < p.rmax))
        wrong = "le point r = " + num(r[i]) + " est hors de (0, rmax)";
      else if (!(std::abs(I[i] - phi_inv(r[i], p)) <= 0.01 * span))
        wrong = "en r = " + num(r[i]) + ", I = " + num(I[i]) + " au lieu de Φ⁻¹(r) = " +
                num(phi_inv(r[i], p));
    if (wrong.empty() && *lo < 0.02 * p.rmax && *hi > 0.98 * p.rmax) return true;
    closest = "« " + s.title + " » : " +
              (wrong.empty() ? "r va de " + num(*lo) + " à " + num(*hi) + " seulement" : wrong);
  }
  return check::that(false, "figure « " + f.name + " » : Φ⁻¹(r) pour r dans (0, rmax)" + with(p),
                     closest,
                     "en abscisse les r de inverse_samples(p, n), en ordonnée fI_inv(r, p).");
}
}  // namespace

BOOST_AUTO_TEST_CASE(figure_phi, *boost::unit_test::description(
                                     "figure Φ(I) pour I de Ihalf − 4/κ à Ihalf + 4/κ")) {
  if (!check::needs("fI", fI_is_right())) return;
  const auto figures = shown();
  const Figure* f = check::figure_named(figures, "01_courbe_fI");
  if (!f) return;
  check::labelled(*f);
  check::has_curve(*f, check::sampled([](double I) { return phi(I, p); }, I_from, I_to),
                   "Φ(I) de Ihalf − 4/κ à Ihalf + 4/κ" + with(p),
                   "abscisses I de Ihalf − 4/κ à Ihalf + 4/κ (avec p.Ihalf et p.kappa), "
                   "ordonnées fI(I, p).");
}

BOOST_AUTO_TEST_CASE(figure_inverse, *boost::unit_test::description(
                                         "figure Φ⁻¹(r) sur les points de inverse_samples")) {
  if (!check::needs("fI_inv", fI_inv_is_right()) ||
      !check::needs("inverse_samples", inverse_samples_are_right()))
    return;
  const auto figures = shown();
  const Figure* f = check::figure_named(figures, "01_courbe_fI_inverse");
  if (!f) return;
  check::labelled(*f);
  has_inverse(*f);
}

BOOST_AUTO_TEST_CASE(figure_derivative, *boost::unit_test::description(
                                            "figure Φ'(I) pour I de Ihalf − 4/κ à Ihalf + 4/κ")) {
  if (!check::needs("fI_deriv", fI_deriv_is_right())) return;
  const auto figures = shown();
  const Figure* f = check::figure_named(figures, "01_courbe_fI_derivee");
  if (!f) return;
  check::labelled(*f);
  check::has_curve(*f, check::sampled([](double I) { return phi_prime(I, p); }, I_from, I_to),
                   "Φ'(I) de Ihalf − 4/κ à Ihalf + 4/κ" + with(p),
                   "ordonnées fI_deriv(I, p) (et non fI), sur le même intervalle que Φ.");
}
