// Question 01 : Φ, Φ⁻¹ et Φ' comparées à des résultats exacts.
#include "td4/q01_courbe_fI.hpp"

#include "check.hpp"

#include <cmath>

using namespace td4;
using namespace td4::q01;
using check::num;

namespace {

// Des paramètres différents des valeurs par défaut, pour qu'une constante
// écrite en dur dans le code ne passe pas.
const Transfer params[] = {{500.0, 10.0, 0.2}, {80.0, -3.0, 0.7}};

std::string with(const Transfer& p) {
  return " (rmax = " + num(p.rmax) + ", Ihalf = " + num(p.Ihalf) + ", κ = " + num(p.kappa) + ")";
}

}  // namespace

BOOST_AUTO_TEST_CASE(phi_exact_values,
                     *boost::unit_test::description("Φ : valeurs exactes et limites")) {
  for (const Transfer& p : params) {
    check::close(fI(p.Ihalf, p), p.rmax / 2, 1e-12, "Φ(Ihalf) = rmax/2" + with(p),
                 "Φ(Ihalf) = rmax·(tanh(0) + 1)/2 : vérifiez le facteur 1/2 et le « + 1 ».");
    // tanh(atanh(1/2)) = 1/2, donc Φ = 3·rmax/4.
    check::close(fI(p.Ihalf + std::atanh(0.5) / p.kappa, p), 0.75 * p.rmax, 1e-12,
                 "Φ(Ihalf + atanh(1/2)/κ) = 3·rmax/4" + with(p),
                 "l'argument de tanh est κ·(I − Ihalf), dans cet ordre : avec (Ihalf − I), "
                 "Φ décroît au lieu de croître.");
    check::close(fI(p.Ihalf + 40 / p.kappa, p), p.rmax, 1e-12, "Φ(I) → rmax pour I grand" + with(p),
                 "pour I grand, tanh → 1 : Φ doit tendre vers rmax, pas vers 2·rmax.");
    check::close(fI(p.Ihalf - 40 / p.kappa, p), 0.0, 1e-12, "Φ(I) → 0 pour I très négatif" + with(p),
                 "Φ doit rester positive : vérifiez le signe de (I − Ihalf).");
  }
}

BOOST_AUTO_TEST_CASE(phi_symmetric_increasing,
                     *boost::unit_test::description("Φ : croissante, symétrique autour de Ihalf")) {
  for (const Transfer& p : params) {
    double previous = -1.0;
    for (double x = -30; x <= 30; x += 0.5) {
      const double I = p.Ihalf + x / p.kappa / 5;
      const double r = fI(I, p);
      if (!check::that(r > previous, "Φ croissante" + with(p),
                       "Φ(" + num(I) + ") = " + num(r) + " ≤ valeur précédente " + num(previous),
                       "le signe devant tanh, ou celui de (I − Ihalf), est inversé."))
        break;
      previous = r;
      check::close(fI(p.Ihalf + x, p) + fI(p.Ihalf - x, p), p.rmax, 1e-12,
                   "Φ(Ihalf + x) + Φ(Ihalf − x) = rmax, x = " + num(x) + with(p));
    }
  }
}

BOOST_AUTO_TEST_CASE(inverse_round_trip,
                     *boost::unit_test::description("Φ⁻¹ : Φ(Φ⁻¹(r)) = r et Φ⁻¹(Φ(I)) = I")) {
  for (const Transfer& p : params) {
    for (double f : {1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6}) {
      const double r = f * p.rmax;
      check::close(fI(fI_inv(r, p), p), r, 1e-9, "Φ(Φ⁻¹(r)) = r pour r = " + num(r) + with(p),
                   "Φ⁻¹(r) = atanh(2r/rmax − 1)/κ + Ihalf : avez-vous divisé par κ "
                   "et ajouté Ihalf ?");
    }
    for (double I : {p.Ihalf - 5 / p.kappa, p.Ihalf, p.Ihalf + 2 / p.kappa})
      check::close(fI_inv(fI(I, p), p), I, 1e-9, "Φ⁻¹(Φ(I)) = I pour I = " + num(I) + with(p));
  }
}

BOOST_AUTO_TEST_CASE(inverse_domain,
                     *boost::unit_test::description("Φ⁻¹ : erreur de domaine hors de (0, rmax)")) {
  for (const Transfer& p : params)
    for (double r : {0.0, p.rmax, -1.0, 1.5 * p.rmax, std::nan("")})
      check::throws_domain_error([&] { (void)fI_inv(r, p); },
                                 "Φ⁻¹(" + num(r) + ") doit lever std::domain_error" + with(p),
                                 "Φ⁻¹ n'existe que pour 0 < r < rmax (bornes exclues) : "
                                 "testez r avant d'appeler atanh.");
}

BOOST_AUTO_TEST_CASE(derivative,
                     *boost::unit_test::description("Φ' : valeur en Ihalf et différences finies")) {
  for (const Transfer& p : params) {
    check::close(fI_deriv(p.Ihalf, p), p.rmax * p.kappa / 2, 1e-12,
                 "Φ'(Ihalf) = rmax·κ/2" + with(p),
                 "la dérivée de tanh(κx) est κ·(1 − tanh²(κx)) : n'oubliez pas κ ni le 1/2.");
    for (double x : {-8.0, -2.0, -0.3, 0.0, 1.0, 5.0}) {
      const double I = p.Ihalf + x / p.kappa, h = 1e-4 / p.kappa;
      const double fd = (fI(I + h, p) - fI(I - h, p)) / (2 * h);
      check::close(fI_deriv(I, p), fd, 1e-6, "Φ'(" + num(I) + ") = (Φ(I+h) − Φ(I−h))/2h" + with(p),
                   "comparez votre formule à la dérivée de votre Φ.");
    }
  }
}

BOOST_AUTO_TEST_CASE(inverse_sampling,
                     *boost::unit_test::description("points de tracé de Φ⁻¹ : dans (0, rmax)")) {
  for (const Transfer& p : params) {
    const int n = 200;
    const std::vector<double> r = inverse_samples(p, n);
    if (!check::that(r.size() == std::size_t(n), "inverse_samples renvoie n = 200 valeurs",
                     num(double(r.size())) + " valeurs"))
      continue;
    bool inside = true, increasing = true;
    for (std::size_t k = 0; k < r.size(); ++k) {
      inside = inside && r[k] > 0 && r[k] < p.rmax;
      increasing = increasing && (k == 0 || r[k] > r[k - 1]);
    }
    check::that(inside, "toutes les valeurs dans (0, rmax), bornes exclues" + with(p),
                "de " + num(r.front()) + " à " + num(r.back()),
                "en r = 0 ou r = rmax, Φ⁻¹ est infinie : excluez les bornes.");
    check::that(increasing, "valeurs croissantes", "l'ordre n'est pas croissant");
    check::that(r.front() < 0.02 * p.rmax && r.back() > 0.98 * p.rmax,
                "les valeurs couvrent (0, rmax)" + with(p),
                "de " + num(r.front()) + " à " + num(r.back()),
                "allez de près de 0 à près de rmax.");
  }
}
