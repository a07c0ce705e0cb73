// Question 02 : les figures de draw(), comparées aux courbes que la
// bibliothèque calcule pour les mêmes paramètres (τ ≠ 1, Φ non standard).
// drdt et simulate sont vérifiés d'abord : une figure fausse à cause d'eux
// les accuse, eux.
#include "td4/q02_inhibiteur.hpp"

#include "check.hpp"
#include "figure_check.hpp"
#include "inhibiteur_checks.hpp"
#include "one_population_figures.hpp"

using namespace td4;
using namespace td4::q02;
using namespace td4::testing;

namespace {
OnePopulationRun small_run() {
  OnePopulationRun run;
  run.options.phi = {80.0, -3.0, 0.7};
  run.options.tau = 4.0;
  run.options.tmax = 30.0;
  run.options.stepping.method = Method::rk4;
  run.options.stepping.dt = 0.2;  // 150 points par courbe : rapide, même sous ASan
  run.Iext = {2.0, -5.0};  // dans le désordre : l'ordre des couples est celui de run
  run.w = {-0.4, -0.15};
  return run;
}
}  // namespace

BOOST_AUTO_TEST_CASE(figure_r_t, *boost::unit_test::description(
                                     "figure r(t) : une courbe par (Iext, w) et par r0")) {
  if (!check::needs("drdt", drdt_is_right()) || !check::needs("simulate", simulate_is_right()))
    return;
  const OnePopulationRun run = small_run();
  const auto shown = check::figures_of([&](Plotter& plot) { draw(run, plot); });
  const Figure* f = check::figure_named(shown, "02_inhibiteur_r_t");
  if (!f) return;
  check::labelled(*f);
  has_time_courses(*f, run,
                   "simulez chaque couple de run.populations() depuis chaque r0 de "
                   "run.initial_rates(), jusqu'à run.options.tmax avec run.options.stepping.");
}

BOOST_AUTO_TEST_CASE(figure_drdt, *boost::unit_test::description(
                                      "figure dr/dt contre r, de 0 à rmax, point fixe marqué")) {
  // draw() simule aussi, pour l'autre figure : simulate doit être juste.
  if (!check::needs("drdt", drdt_is_right()) || !check::needs("simulate", simulate_is_right()))
    return;
  const OnePopulationRun run = small_run();
  const auto shown = check::figures_of([&](Plotter& plot) { draw(run, plot); });
  const Figure* f = check::figure_named(shown, "02_inhibiteur_drdt");
  if (!f) return;
  check::labelled(*f);
  has_flow_curves(*f, run,
                  "tracez drdt(r, p) (et non Φ ou r(t)) pour r de 0 à rmax "
                  "(run.options.phi.rmax), en Hz/ms.");
  check::Curve fixed;
  for (const OnePopulation& p : run.populations()) {
    for (double r : fixed_point_rates(p)) {
      fixed.x.push_back(r);
      fixed.y.push_back(0.0);
    }
  }
  check::has_curve(*f, {{0.0, run.options.phi.rmax}, {0.0, 0.0}}, "la droite dr/dt = 0",
                   "une courbe de deux points, (0, 0) et (rmax, 0) : le point fixe est là où "
                   "dr/dt la coupe.");
  check::has_points(*f, fixed, "les points fixes (r*, 0), et eux seuls",
                    "les points (r*, 0) de chaque couple, r* donnés par "
                    "td4::fixed_point_rates(p), dans une ou plusieurs séries de style « points ».");
}
