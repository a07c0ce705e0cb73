// Question 04 : les réponses de reponses.txt, comparées à ce que la
// bibliothèque calcule (td4::fixed_point_analysis), jamais au code de
// l'étudiant. Une réponse vide est à compléter.
#include "answers_check.hpp"
#include "one_population_cases.hpp"
#include "td4/one_population.hpp"

using namespace td4;
using namespace td4::testing;
namespace A = td4::testing::answers;
namespace ut = boost::unit_test;

namespace {
const A::Loaded& sheet() {
  return A::sheet("04_stabilite", {"stabilite_r1", "stabilite_r2", "stabilite_r3",
                                   "stabilite_predite", "lambda_r2", "observation_simulation",
                                   "derivation"});
}
// Les valeurs des questions : Iext = 0, w = 0,05, τ = 10 ms (celles du programme).
const OnePopulation asked = population(0.0, 0.05, 10.0);

std::vector<FixedPoint> asked_points() {
  std::vector<FixedPoint> fps = fixed_point_analysis(asked);
  BOOST_REQUIRE(fps.size() == 3u);
  return fps;
}

void check_stability(std::size_t k) {
  const std::string key = "stabilite_r" + std::to_string(k + 1);
  A::check_choice(sheet(), key, {"stable", "instable", "marginal"},
                  stability_name(asked_points()[k].stability),
                  "stabilité du point fixe n° " + std::to_string(k + 1) + " (Iext = 0, w = 0,05)",
                  "partez de 1,01·r* et de 0,99·r* (build/bin/ex04_stabilite --Iext 0 --w 0.05) : "
                  "la trajectoire revient-elle vers r* ou s'en éloigne-t-elle ? Ou : le signe "
                  "de la pente de dr/dt en r*.");
}
}  // namespace

BOOST_AUTO_TEST_CASE(answers_file, *ut::description("réponses : reponses.txt se lit")) {
  A::check_readable(sheet());
}

BOOST_AUTO_TEST_CASE(answers_r1, *ut::description("réponse : stabilité du premier point fixe")) {
  check_stability(0);
}
BOOST_AUTO_TEST_CASE(answers_r2, *ut::description("réponse : stabilité du deuxième point fixe")) {
  check_stability(1);
}
BOOST_AUTO_TEST_CASE(answers_r3, *ut::description("réponse : stabilité du troisième point fixe")) {
  check_stability(2);
}

BOOST_AUTO_TEST_CASE(answers_predicted,
                     *ut::description("réponse : la stabilité se prédit-elle par l'équation ?")) {
  // Oui si le signe de λ (la linéarisation) donne, en chaque point, ce que
  // la simulation depuis 1,01·r* montre.
  bool agrees = true;
  for (const FixedPoint& f : asked_points()) {
    const Trajectory tr = trajectory(asked, 1.01 * f.r, 20 * asked.tau, Stepping{Method::rk4, 0.01});
    const double rate = measured_rate(tr.t, tr.component(0), f.r);
    agrees = agrees && ((rate < 0) == (f.lambda < 0));
  }
  A::check_choice(sheet(), "stabilite_predite", {"oui", "non"}, agrees ? "oui" : "non",
                  "la stabilité prédite par l'équation",
                  "écrivez r = r* + δr, développez Φ au premier ordre autour de Iext + w·r* : "
                  "δr obéit-il à une équation que l'on sait résoudre ?");
}

BOOST_AUTO_TEST_CASE(answers_lambda,
                     *ut::description("réponse : λ au deuxième point fixe (1/ms)")) {
  A::check_number(sheet(), "lambda_r2", asked_points()[1].lambda, 0.02,
                  "λ au deuxième point fixe, Iext = 0, w = 0,05, τ = 10 ms (à 2 % près)",
                  "λ est le taux de croissance de δr : son signe dit la stabilité, et il s'exprime "
                  "en 1/ms ; vérifiez l'unité et le facteur τ, ou mesurez la pente de ln|δr| "
                  "sur la figure des écarts.");
}

BOOST_AUTO_TEST_CASE(answers_free, *ut::description("réponses libres")) {
  A::check_free(sheet(), {"observation_simulation", "derivation"});
}
