// Question 04 : les figures de draw(), comparées aux courbes que la
// bibliothèque calcule pour les mêmes paramètres (τ = 4, deux couples).
#include "td4/q04_stabilite.hpp"

#include "check.hpp"
#include "figure_check.hpp"
#include "one_population_cases.hpp"
#include "stabilite_dependencies.hpp"

#include <cmath>

using namespace td4;
using namespace td4::q04;
using namespace td4::testing;
using check::num;

namespace {
// Deux couples à Iext = 1,5 (et non 0 : un diagramme tracé à Iext = 0 se
// voit) : un point fixe (w = −0,1), puis trois (w = 0,05). Le premier w
// n'est pas bistable : l'hystérésis doit chercher le w bistable dans run.w.
OnePopulationRun small_run() {
  OnePopulationRun run;
  run.options.tau = 4.0;
  run.options.tmax = 40.0;
  run.options.stepping.method = Method::rk4;
  run.options.stepping.dt = 0.1;
  run.Iext = {1.5};
  run.w = {-0.1, 0.05};
  return run;
}

// Les figures de small_run(), tracées une fois pour tous les cas (draw fait
// des balayages lents : le relancer par cas coûterait des secondes sous ASan).
const std::vector<Figure>& figures() {
  static const std::vector<Figure> shown =
      check::figures_of([](Plotter& plot) { draw(small_run(), plot); });
  return shown;
}

// draw() se sert de fixed_points (et de lambda pour les écarts).
bool fixed_points_first(const OnePopulationRun& run) {
  bool ok = true;
  for (const OnePopulation& p : run.populations()) ok = ok && fixed_points_are_right(p);
  return check::needs("fixed_points", ok);
}

}  // namespace

BOOST_AUTO_TEST_CASE(figure_perturbations,
                     *boost::unit_test::description(
                         "figures perturbations_k : r(t) depuis 1,01·r* et 0,99·r*, chaque couple")) {
  const OnePopulationRun run = small_run();
  if (!fixed_points_first(run)) return;
  const auto& shown = figures();
  const std::vector<OnePopulation> ps = run.populations();
  for (std::size_t k = 0; k < ps.size(); ++k) {
    const Figure* f = check::figure_named(shown, "04_stabilite_perturbations_" + num(k + 1));
    if (!f) continue;  // la liste des noms tracés dit ce qui manque
    check::labelled(*f);
    for (double r_star : fixed_point_rates(ps[k]))
      for (double factor : {1.01, 0.99}) {
        if (r_star <= 0) continue;  // 1,01·0 = 0 : pas de départ à tracer
        const Trajectory tr = trajectory(ps[k], factor * r_star, run.options.tmax, run.options.stepping);
        check::has_curve(*f, {tr.t, tr.component(0)},
                         "r(t) depuis " + num(factor) + "·r*, r* = " + num(r_star) + with(ps[k]),
                         "pour chaque r* de fixed_points(p), td4::trajectory(p, 1,01·r* puis "
                         "0,99·r*, run.options.tmax, run.options.stepping).");
      }
  }
}

BOOST_AUTO_TEST_CASE(figure_ecarts,
                     *boost::unit_test::description(
                         "figures ecarts_k : |r − r*|/r* et 0,01·e^(λt), en échelle log")) {
  const OnePopulationRun run = small_run();
  if (!fixed_points_first(run) || !check::needs("lambda", lambda_is_right())) return;
  const auto& shown = figures();
  const std::vector<OnePopulation> ps = run.populations();
  for (std::size_t k = 0; k < ps.size(); ++k) {
    const Figure* f = check::figure_named(shown, "04_stabilite_ecarts_" + num(k + 1));
    if (!f) continue;  // la liste des noms tracés dit ce qui manque
    check::labelled(*f);
    check::has_setting(*f, "set logscale y",
                       "en échelle logarithmique, e^(λt) est une droite de pente λ : "
                       "f.set(\"set logscale y\").");
    for (double r_star : fixed_point_rates(ps[k])) {
      if (r_star <= 0) continue;
      const Trajectory tr = trajectory(ps[k], 1.01 * r_star, run.options.tmax, run.options.stepping);
      check::Curve gap, predicted;
      // |r/r* − 1| : l'écart relatif, hors des instants où il est nul (échelle log).
      for (std::size_t i = 0; i < tr.t.size(); ++i)
        if (const double e = std::abs(tr.x[i][0] / r_star - 1.0); e > 0) {
          gap.x.push_back(tr.t[i]);
          gap.y.push_back(e);
          predicted.x.push_back(tr.t[i]);
          predicted.y.push_back(0.01 * std::exp(eigenvalue(r_star, ps[k]) * tr.t[i]));
        }
      const std::string at = ", r* = " + num(r_star) + with(ps[k]);
      check::has_curve(*f, gap, "l'écart relatif |r(t) − r*|/r* depuis 1,01·r*" + at,
                       "l'écart relatif |r(t) − r*|/r* de la simulation partie de 1,01·r* (il part "
                       "de 0,01), en fonction de t.");
      check::has_curve(*f, predicted, "la prédiction 0,01·e^(λt)" + at,
                       "λ de votre fonction lambda(r*, p), t en ms : 0,01·std::exp(λ·t).");
    }
  }
}

BOOST_AUTO_TEST_CASE(figure_bifurcation_w,
                     *boost::unit_test::description(
                         "figure bifurcation_w : le diagramme en w et les points fixes des couples")) {
  const OnePopulationRun run = small_run();
  const auto& shown = figures();
  const Figure* f = check::figure_named(shown, "04_stabilite_bifurcation_w");
  if (!f) return;
  check::labelled(*f);
  check::Curve stable, unstable;
  for (const OnePopulation& p : run.populations())
    for (const FixedPoint& fp : fixed_point_analysis(p)) {
      check::Curve& c = fp.stability == Stability::stable ? stable : unstable;
      c.x.push_back(p.w);
      c.y.push_back(fp.r);
    }
  const char* hint =
      "td4::mark_fixed_points(figure, les couples de run.populations(), x = w, y = r*) : les "
      "points stables dans une série, les instables dans une autre.";
  check::has_points(*f, stable, "les points fixes stables des couples (w, r*)", hint);
  check::has_points(*f, unstable, "les points fixes instables des couples (w, r*)", hint);
}

BOOST_AUTO_TEST_CASE(figure_hysteresis,
                     *boost::unit_test::description(
                         "figure hysteresis : balayage lent de Iext aller et retour, qui diffèrent")) {
  const OnePopulationRun run = small_run();
  const auto& shown = figures();
  const Figure* f = check::figure_named(shown, "04_stabilite_hysteresis");
  if (!f) return;
  check::labelled(*f);
  // Deux séries aux mêmes Iext en ordre inverse (aller, retour), dont l'état
  // diffère quelque part de plus de rmax/4 : la mémoire de la zone bistable.
  const double rmax = run.options.phi.rmax;
  bool found = false;
  for (const Series& up : f->series)
    for (const Series& down : f->series) {
      if (&up == &down || up.columns.size() < 2 || down.columns.size() < 2) continue;
      const std::vector<double>&x = up.columns[0], &y = up.columns[1];
      const std::vector<double>&xd = down.columns[0], &yd = down.columns[1];
      if (x.size() < 3 || x.size() != xd.size() || !(x.back() > x.front())) continue;
      bool mirrored = true, differs = false;
      for (std::size_t i = 0, n = x.size(); i < n && mirrored; ++i) {
        mirrored = std::abs(x[i] - xd[n - 1 - i]) <= 1e-9 * std::max(1.0, std::abs(x[i]));
        differs = differs || std::abs(y[i] - yd[n - 1 - i]) > rmax / 4;
      }
      found = found || (mirrored && differs);
    }
  check::that(found, "figure « 04_stabilite_hysteresis » : un aller et un retour qui diffèrent",
              num(f->series.size()) + " séries, sans aller-retour dont l'état diffère",
              "deux td4::quasi_static_sweep en Iext, l'un croissant depuis r0 = 0, l'autre sur les "
              "mêmes valeurs décroissantes depuis r0 = rmax, à un w bistable (w·rmax·κ > 2), "
              "chacun ajouté à la figure (f.curve(valeurs, états, …)).");
}
