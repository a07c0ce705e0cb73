// Question 05 : les figures de draw(), comparées à celles que la
// bibliothèque dessine avec ses propres fonctions, pour les mêmes réglages
// (τE ≠ τI, tmax court).
#include "td4/q05_reseau_EI.hpp"

#include "check.hpp"
#include "figure_check.hpp"
#include "reseau_EI_dependencies.hpp"

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {

q05::Setup small_setup() {
  q05::Setup s;
  // wEE = 0,12 : le balayage va jusqu'à 1,5·wEE = 0,18, au-delà de 0,15.
  s.pair = pair(5, -20, 0.12, -0.1, 0.1, 0, 8, 12);
  s.rE0 = 20.0;
  s.rI0 = 5.0;
  s.tmax = 150.0;
  s.stepping = rk4(0.25);
  s.stepping.output_dt = 2.5;  // des courbes de 60 points : des comparaisons rapides
  return s;
}

// Les figures de small_setup(), tracées une fois pour tous les cas (le
// balayage de wEE fait 61 simulations : le relancer par cas coûterait des
// secondes sous ASan).
const std::vector<Figure>& figures() {
  static const std::vector<Figure> shown =
      check::figures_of([](Plotter& plot) { q05::draw(small_setup(), plot); });
  return shown;
}

// Au plus ~300 points de la courbe (les deux bouts gardés) : les isoclines en
// ont 2000, et les comparer point à point coûterait des secondes sous ASan.
check::Curve thinned(const std::vector<double>& x, const std::vector<double>& y) {
  const std::size_t step = x.size() / 300 + 1;
  check::Curve c;
  for (std::size_t i = 0; i < x.size(); i += step) {
    c.x.push_back(x[i]);
    c.y.push_back(y[i]);
  }
  if (c.x.back() != x.back() || c.y.back() != y.back()) {
    c.x.push_back(x.back());
    c.y.push_back(y.back());
  }
  return c;
}

// Chaque courbe de `ref` (les flèches du champ mises à part) se retrouve
// dans `f` : les séries de points comme points, les autres comme courbes.
void same_curves(const Figure& f, const Figure& ref, const std::string& hint) {
  for (std::size_t k = 0; k < ref.series.size(); ++k) {
    const Series& s = ref.series[k];
    if (s.columns.size() < 2 || s.columns[0].empty() || s.style.rfind("vectors", 0) == 0) continue;
    const check::Curve c = thinned(s.columns[0], s.columns[1]);
    const std::string what = s.title.empty() ? "la série " + num(k + 1) + " de la référence"
                                             : "« " + s.title + " »";
    const bool points = s.style.rfind("points", 0) == 0 || c.x.size() == 1;
    if (!(points ? check::has_points(f, c, what, hint) : check::has_curve(f, c, what, hint)))
      return;  // un écart suffit : les autres courbes en découlent souvent
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(figure_r_t, *boost::unit_test::description(
                                     "figure r_t : rE(t) et rI(t) depuis (rE0, rI0)")) {
  if (!equations_first() ||
      !check::needs("simulate", simulate_is_right()))
    return;
  const q05::Setup s = small_setup();
  const auto& shown = figures();
  const Figure* f = check::figure_named(shown, "05_reseau_EI_r_t");
  if (!f) return;
  check::labelled(*f);
  const Trajectory tr = trajectory(s.pair, s.rE0, s.rI0, s.tmax, s.stepping);
  const std::string hint = "la trajectoire de simulate(s.pair, s.rE0, s.rI0, s.tmax, s.stepping), "
                           "passée à td4::ei_time_courses.";
  check::has_curve(*f, {tr.t, tr.component(0)}, "rE(t)", hint);
  check::has_curve(*f, {tr.t, tr.component(1)}, "rI(t)", hint);
}

BOOST_AUTO_TEST_CASE(figure_phase_plane,
                     *boost::unit_test::description(
                         "figure plan_de_phase : isoclines, trajectoires, points fixes")) {
  if (!equations_first() ||
      !check::needs("simulate", simulate_is_right()) ||
      !check::needs("e_nullcline", e_nullcline_is_right()))
    return;
  const std::string wrong = first_wrong_for_fixed_points();
  if (!wrong.empty() && !check::needs(wrong, false)) return;
  const q05::Setup s = small_setup();
  const auto& shown = figures();
  const Figure* f = check::figure_named(shown, "05_reseau_EI_plan_de_phase");
  if (!f) return;
  check::labelled(*f);
  const EIPair& p = s.pair;
  PhasePortrait ref = library_portrait(p);
  for (const auto& [rE0, rI0] : phase_plane_starts(p, ref.fixed_points, s.rE0, s.rI0))
    ref.trajectories.push_back(trajectory(p, rE0, rI0, s.tmax, s.stepping));
  const Figure expected = phase_plane(p, ref, "ref", "ref");
  same_curves(*f, expected,
              "remplissez le PhasePortrait avec vos fonctions, pp.fixed_points = fixed_points(p), "
              "et une trajectoire de simulate (jusqu'à s.tmax, avec s.stepping) depuis chaque "
              "départ de td4::phase_plane_starts(s.pair, pp.fixed_points, s.rE0, s.rI0).");
  // Les courbes sont reconnues à leur contenu ; une légende doit dire vrai.
  check::titles_match(*f, expected,
                      "chaque champ du PhasePortrait reçoit la fonction de son nom : "
                      "pp.e_nullcline (drE/dt = 0), pp.i_nullcline (drI/dt = 0), pp.drEdt, "
                      "pp.drIdt.");
}

BOOST_AUTO_TEST_CASE(figure_sweep_wEE,
                     *boost::unit_test::description(
                         "figure balayage_wEE : min et max de rE pour 61 wEE de 0 à max(0,15 ; 1,5·wEE)")) {
  const q05::Setup s = small_setup();
  const auto& shown = figures();
  const Figure* f = check::figure_named(shown, "05_reseau_EI_balayage_wEE");
  if (!f) return;
  check::labelled(*f);
  same_curves(*f,
              oscillation_sweep(s.pair, &EIPair::wEE, "wEE", 0.0, 1.5 * s.pair.wEE, 61, s.rE0, s.rI0, s.tmax,
                                s.stepping, "ref", "ref"),
              "td4::oscillation_sweep(s.pair, &EIPair::wEE, \"wEE\", 0.0, top, 61, s.rE0, s.rI0, "
              "s.tmax, s.stepping, …) : 61 valeurs de wEE de 0 à top = max(0,15 ; 1,5·wEE) "
              "(0,18 ici), depuis (s.rE0, s.rI0), jusqu'à s.tmax.");
}
