// Question 01 : Φ, Φ⁻¹ et Φ' comparées à des résultats exacts. Chaque cas
// ne vérifie qu'une fonction de l'exercice : Φ⁻¹ et Φ' sont comparées à la
// Φ de la bibliothèque, pas à celle de l'étudiant.
#include "td4/q01_courbe_fI.hpp"

#include "check.hpp"
#include "courbe_fI_cases.hpp"

#include <algorithm>
#include <cmath>

using namespace td4;
using namespace td4::q01;
using namespace td4::testing;
using check::num;

namespace {
// Les Φ fausses que l'on reconnaît, en I.
std::vector<check::Suspect> phi_suspects(double I, const Transfer& p) {
  const double th = std::tanh(p.kappa * (I - p.Ihalf));
  return {{p.rmax * (th + 1), "le facteur 1/2 manque : Φ = rmax·(tanh + 1)/2 va de 0 à rmax."},
          {p.rmax * th / 2, "le « + 1 » manque : Φ = rmax·(tanh + 1)/2 reste positive."},
          {p.rmax * (1 - th) / 2, "l'argument de tanh est κ·(I − Ihalf), dans cet ordre : avec "
                                  "(Ihalf − I), Φ décroît au lieu de croître."},
          {p.rmax * (std::tanh(I - p.Ihalf) + 1) / 2, "κ manque : tanh(κ·(I − Ihalf))."},
          {p.rmax * (std::tanh(p.kappa * I - p.Ihalf) + 1) / 2,
           "parenthèses : κ multiplie toute la différence, tanh(κ·(I − Ihalf))."},
          {p.rmax * (std::tanh(I - p.Ihalf) / p.kappa + 1) / 2, "κ multiplie l'argument de tanh."}};
}
}  // namespace

BOOST_AUTO_TEST_CASE(phi_exact_values,
                     *boost::unit_test::description("Φ : valeurs exactes et limites")) {
  for (const Transfer& p : transfer_cases) {
    const auto at = [&](double I, double expected, const std::string& what) {
      check::close(fI(I, p), expected, 1e-12, what + with(p),
                   "Φ(I) = rmax·(tanh(κ·(I − Ihalf)) + 1)/2.", phi_suspects(I, p));
    };
    at(p.Ihalf, p.rmax / 2, "Φ(Ihalf) = rmax/2");
    // tanh(atanh(3/5)) = 3/5, donc Φ = 4·rmax/5 (et les erreurs courantes
    // donnent des valeurs toutes différentes : rmax/5, 3·rmax/10…).
    at(p.Ihalf + std::atanh(0.6) / p.kappa, 0.8 * p.rmax, "Φ(Ihalf + atanh(3/5)/κ) = 4·rmax/5");
    at(p.Ihalf - std::atanh(0.6) / p.kappa, 0.2 * p.rmax, "Φ(Ihalf − atanh(3/5)/κ) = rmax/5");
    at(p.Ihalf + 40 / p.kappa, p.rmax, "Φ(I) → rmax pour I grand");
    at(p.Ihalf - 40 / p.kappa, 0.0, "Φ(I) → 0 pour I très négatif");
  }
}

BOOST_AUTO_TEST_CASE(phi_symmetric_increasing,
                     *boost::unit_test::description("Φ : croissante, symétrique autour de Ihalf")) {
  for (const Transfer& p : transfer_cases) {
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
                   "Φ(Ihalf + x) + Φ(Ihalf − x) = rmax, x = " + num(x) + with(p),
                   "Φ(I) = rmax·(tanh(κ·(I − Ihalf)) + 1)/2 : le « + 1 » et le 1/2.");
    }
  }
}

BOOST_AUTO_TEST_CASE(inverse_round_trip,
                     *boost::unit_test::description("Φ⁻¹ : Φ(Φ⁻¹(r)) = r et Φ⁻¹(Φ(I)) = I")) {
  // Φ est celle de la bibliothèque : une erreur dans votre fI n'accuse pas fI_inv.
  for (const Transfer& p : transfer_cases) {
    for (double f : {1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6}) {
      const double r = f * p.rmax, y = 2 * r / p.rmax - 1;
      check::close(phi(fI_inv(r, p), p), r, 1e-9, "Φ(Φ⁻¹(r)) = r pour r = " + num(r) + with(p),
                   "Φ⁻¹(r) = atanh(2r/rmax − 1)/κ + Ihalf.",
                   {{phi(std::atanh(y) + p.Ihalf, p), "κ manque : atanh(y) est divisé par κ."},
                    {phi(std::atanh(y) * p.kappa + p.Ihalf, p),
                     "atanh(y) est divisé par κ, pas multiplié."},
                    {phi(std::atanh(y) / p.kappa, p), "+ Ihalf manque : Φ⁻¹(r) = atanh(y)/κ + Ihalf."},
                    {phi(std::atanh(r / p.rmax - 1) / p.kappa + p.Ihalf, p),
                     "y = 2r/rmax − 1 (le 2 manque)."},
                    {phi(p.Ihalf - std::atanh(y) / p.kappa, p),
                     "c'est Ihalf − atanh(y)/κ : le signe est inversé (Φ⁻¹ croît avec r), "
                     "Φ⁻¹(r) = Ihalf + atanh(2r/rmax − 1)/κ."}});
    }
    for (double I : {p.Ihalf - 5 / p.kappa, p.Ihalf, p.Ihalf + 2 / p.kappa})
      check::close(fI_inv(phi(I, p), p), I, 1e-9, "Φ⁻¹(Φ(I)) = I pour I = " + num(I) + with(p),
                   "Φ⁻¹(r) = atanh(2r/rmax − 1)/κ + Ihalf.",
                   {{2 * p.Ihalf - I, "c'est Ihalf − atanh(y)/κ : le signe est inversé "
                                      "(Φ⁻¹ croît avec r)."}});
  }
}

BOOST_AUTO_TEST_CASE(inverse_domain,
                     *boost::unit_test::description("Φ⁻¹ : erreur de domaine hors de (0, rmax)")) {
  for (const Transfer& p : transfer_cases)
    for (double r : {0.0, p.rmax, -1.0, 1.5 * p.rmax, std::nan("")})
      check::throws_domain_error([&] { (void)fI_inv(r, p); },
                                 "Φ⁻¹(" + num(r) + ") doit lever std::domain_error" + with(p),
                                 r == 0.0 || r == p.rmax
                                     ? "Φ⁻¹ n'existe que pour 0 < r < rmax, bornes exclues : en 0 "
                                       "et en rmax, atanh est infinie."
                                 : std::isnan(r)
                                     ? "écrivez la condition « 0 < r < rmax » et levez l'erreur "
                                       "quand elle est fausse, if (!(…)) : NaN est alors refusé."
                                     : "Φ⁻¹ n'existe que pour 0 < r < rmax : testez r avant "
                                       "d'appeler atanh.");
}

BOOST_AUTO_TEST_CASE(derivative,
                     *boost::unit_test::description("Φ' : valeur en Ihalf et différences finies")) {
  for (const Transfer& p : transfer_cases) {
    for (double x : {-8.0, -2.0, -0.3, 0.0, 1.0, 5.0}) {
      // Contre une différence finie centrée de la Φ de la bibliothèque.
      const double I = p.Ihalf + x / p.kappa, h = 1e-4 / p.kappa;
      const double fd = (phi(I + h, p) - phi(I - h, p)) / (2 * h);
      const double th = std::tanh(p.kappa * (I - p.Ihalf));
      check::close(fI_deriv(I, p), fd, 1e-6,
                   (x == 0.0 ? "Φ'(Ihalf) = rmax·κ/2 = " + num(p.rmax * p.kappa / 2)
                             : "Φ'(" + num(I) + ") = (Φ(I+h) − Φ(I−h))/2h") + with(p),
                   "Φ'(I) = rmax·κ·(1 − tanh²(κ·(I − Ihalf)))/2.",
                   {{p.rmax * (1 - th * th) / 2, "κ manque : la dérivée de tanh(κ·x) est "
                                                 "κ·(1 − tanh²(κ·x))."},
                    {p.rmax * p.kappa * (1 - th * th), "le facteur 1/2 manque."},
                    {p.rmax * p.kappa * (1 - th) / 2, "tanh' = 1 − tanh² : le carré manque."},
                    {p.rmax * p.kappa * (1 + th * th) / 2, "tanh' = 1 − tanh², avec un moins."}});
    }
  }
}

BOOST_AUTO_TEST_CASE(inverse_sampling,
                     *boost::unit_test::description("points de tracé de Φ⁻¹ : dans (0, rmax)")) {
  for (const Transfer& p : transfer_cases) {
    const int n = 200;
    const std::vector<double> r = inverse_samples(p, n);
    if (!check::that(r.size() == std::size_t(n), "inverse_samples renvoie n = 200 valeurs",
                     num(double(r.size())) + " valeurs", "une valeur par k = 0 … n − 1."))
      continue;
    bool inside = true, increasing = true;
    for (std::size_t k = 0; k < r.size(); ++k) {
      inside = inside && r[k] > 0 && r[k] < p.rmax;
      increasing = increasing && (k == 0 || r[k] > r[k - 1]);
    }
    check::that(inside, "toutes les valeurs dans (0, rmax), bornes exclues" + with(p),
                "de " + num(r.front()) + " à " + num(r.back()),
                std::count(r.begin(), r.end(), 0.0) > 1
                    ? "plusieurs valeurs nulles : une division entière ? Avec k et n entiers, "
                      "k / n vaut 0 ; écrivez (k + 0.5) / n."
                    : "en r = 0 ou r = rmax, Φ⁻¹ est infinie : excluez les bornes.");
    check::that(increasing, "valeurs croissantes" + with(p), "l'ordre n'est pas croissant",
                "de près de 0 à près de rmax, chaque valeur plus grande que la précédente.");
    check::that(r.front() < 0.02 * p.rmax && r.back() > 0.98 * p.rmax,
                "les valeurs couvrent (0, rmax)" + with(p),
                "de " + num(r.front()) + " à " + num(r.back()),
                "allez de près de 0 à près de rmax (et non rmax/2, ni en unités de rmax).");
  }
}
