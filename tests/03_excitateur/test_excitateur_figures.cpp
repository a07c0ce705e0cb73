// Question 03 : les figures de draw(), comparées aux courbes que la
// bibliothèque calcule pour les mêmes paramètres (τ ≠ 1, Φ non standard).
// La famille en w est libre : chaque courbe est reconnue à son w, puis
// vérifiée point par point, et les w doivent encadrer les nœuds-cols.
#include "td4/q03_excitateur.hpp"

#include "check.hpp"
#include "figure_check.hpp"
#include "one_population_figures.hpp"

#include <algorithm>
#include <cmath>
#include <regex>

using namespace td4;
using namespace td4::q03;
using namespace td4::testing;
using check::num;

namespace {
OnePopulationRun small_run() {
  OnePopulationRun run;
  run.options.phi = {120.0, 5.0, 0.3};
  run.options.tau = 4.0;
  run.options.tmax = 40.0;
  run.options.stepping.method = Method::rk4;
  run.options.stepping.dt = 0.2;  // 200 points par courbe : rapide, même sous ASan
  // Iext.front() = −2 (et non 0) : une famille tracée à Iext = 0 se voit ;
  // à −2, deux nœuds-cols en w, bistable entre eux ; à 4, aucun.
  run.Iext = {-2.0, 4.0};
  run.w = {0.1};
  return run;
}

std::vector<Figure> shown(const OnePopulationRun& run) {
  return check::figures_of([&](Plotter& plot) { draw(run, plot); });
}

// Le w dont la série (r, dr/dt) est la courbe dr/dt de run.population(Iext, w),
// de r = 0 à rmax, à 0,2 % de son étendue près ; NaN si aucun.
double w_of(const Series& s, const OnePopulationRun& run, double Iext) {
  const double nan = std::nan("");
  if (s.columns.size() < 2 || s.columns[0].size() < 10) return nan;
  const std::vector<double>&r = s.columns[0], &v = s.columns[1];
  const Transfer& tr = run.options.phi;
  // En chaque point, τ·dr/dt + r = Φ(Iext + w·r) donne w, si Φ n'y sature pas.
  std::vector<double> ws;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const double value = run.options.tau * v[i] + r[i];
    if (r[i] > 1e-3 * tr.rmax && value > 1e-3 * tr.rmax && value < (1 - 1e-3) * tr.rmax)
      ws.push_back((phi_inv(value, tr) - Iext) / r[i]);
  }
  if (ws.empty()) return nan;
  std::nth_element(ws.begin(), ws.begin() + ws.size() / 2, ws.end());
  const double w = ws[ws.size() / 2];
  const OnePopulation p = run.population(Iext, w);
  const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
  const double span = std::max(*hi - *lo, 1e-9);
  for (std::size_t i = 0; i < r.size(); ++i)
    if (!(std::abs(v[i] - flow(r[i], p)) <= 2e-3 * span)) return nan;
  const auto [r0, r1] = std::minmax_element(r.begin(), r.end());
  return *r0 <= 2e-3 * tr.rmax && *r1 >= (1 - 2e-3) * tr.rmax ? w : nan;
}

// Vrai si chaque « w = nombre » de la légende est le w de la courbe, à la
// précision où il est écrit (« w = 0.05 » pour 0,0512 : oui ; « w = 0.2 » :
// non). Une légende sans « w = » (« sous w1 »…) est libre.
bool names_w(const std::string& title, double w) {
  static const std::regex said(
      R"((?:^|[^A-Za-z_0-9])w\s*=\s*([-+]?[0-9]+(?:[.,]([0-9]+))?(?:[eE]([-+]?[0-9]+))?))");
  for (auto it = std::sregex_iterator(title.begin(), title.end(), said);
       it != std::sregex_iterator(); ++it) {
    std::string text = (*it)[1].str();
    std::replace(text.begin(), text.end(), ',', '.');
    const int decimals = static_cast<int>((*it)[2].length());
    const int exponent = (*it)[3].matched ? std::stoi((*it)[3].str()) : 0;
    const double half_unit = 0.5 * std::pow(10.0, exponent - decimals);
    if (!(std::abs(std::stod(text) - w) <= half_unit * (1 + 1e-6) + 1e-9 * std::abs(w))) return false;
  }
  return true;
}

// Les points fixes de ps de cette stabilité, en (r*, 0).
check::Curve fixed_points(const std::vector<OnePopulation>& ps, Stability which) {
  check::Curve c;
  for (const OnePopulation& p : ps)
    for (const FixedPoint& fp : fixed_point_analysis(p))
      if (fp.stability == which) {
        c.x.push_back(fp.r);
        c.y.push_back(0.0);
      }
  return c;
}
}  // namespace

BOOST_AUTO_TEST_CASE(figure_r_t, *boost::unit_test::description(
                                     "figure r(t) : une courbe par (Iext, w) et par r0")) {
  const OnePopulationRun run = small_run();
  const auto figures = shown(run);
  const Figure* f = check::figure_named(figures, "03_excitateur_r_t");
  if (!f) return;
  check::labelled(*f);
  has_time_courses(*f, run,
                   "time_courses(run, library_simulation(run), …) trace chaque couple de "
                   "run.populations() depuis chaque r0 de run.initial_rates().");
}

BOOST_AUTO_TEST_CASE(figure_drdt, *boost::unit_test::description(
                                      "figure dr/dt contre r : chaque couple, points fixes "
                                      "stables et instables marqués")) {
  const OnePopulationRun run = small_run();
  const auto figures = shown(run);
  const Figure* f = check::figure_named(figures, "03_excitateur_drdt");
  if (!f) return;
  check::labelled(*f);
  has_flow_curves(*f, run,
                  "flow_curves(run.populations(), {}, …) : tous les couples, pas seulement le "
                  "premier.");
  const std::vector<OnePopulation> ps = run.populations();
  check::has_points(*f, fixed_points(ps, Stability::stable), "les points fixes stables",
                    "flow_curves les marque (disques pleins) : passez-lui run.populations().");
  check::has_points(*f, fixed_points(ps, Stability::unstable), "les points fixes instables",
                    "flow_curves les marque (cercles creux) : passez-lui run.populations().");
}

BOOST_AUTO_TEST_CASE(figure_w_family,
                     *boost::unit_test::description(
                         "famille en w à Iext = run.Iext.front() : des w de part et d'autre "
                         "des deux nœuds-cols")) {
  const OnePopulationRun run = small_run();
  const double Iext = run.Iext.front();
  const std::vector<SaddleNode> sn = saddle_nodes(run.population(Iext, 0.0), Parameter::w);
  if (!check::that(sn.size() == 2, "les paramètres du test ont deux nœuds-cols en w",
                   num(sn.size()) + " nœud(s)-col(s)"))
    return;
  const double w1 = sn[0].value, w2 = sn[1].value;
  const auto figures = shown(run);
  const Figure* f = check::figure_named(figures, "03_excitateur_famille_w");
  if (!f) return;
  check::labelled(*f);
  std::vector<double> ws;
  for (const Series& s : f->series) {
    const double w = w_of(s, run, Iext);
    if (std::isnan(w)) continue;
    ws.push_back(w);
    if (check::that(!s.title.empty(), "une légende pour la courbe w = " + num(w), "légende vide",
                    "donnez à chaque courbe une légende qui dit son w (flow_curves prend une "
                    "liste de légendes)."))
      check::that(names_w(s.title, w), "la légende de la courbe w = " + num(w) + " dit son w",
                  "légende « " + s.title + " »",
                  "une légende « w = … » dit le w de sa propre courbe : regardez l'ordre de la "
                  "liste des légendes passée à flow_curves.");
  }
  std::string found;
  for (double w : ws) found += (found.empty() ? "w = " : ", ") + num(w);
  if (!check::that(ws.size() >= 3,
                   "au moins trois courbes dr/dt de run.population(Iext, w), Iext = " + num(Iext) +
                       ", de r = 0 à rmax",
                   ws.empty() ? std::string("aucune courbe reconnue") : "reconnues : " + found,
                   "à Iext = run.Iext.front(), une courbe flow(r, run.population(Iext, w)) par w, "
                   "pour r de 0 à rmax ; passez la famille à flow_curves."))
    return;
  const auto any = [&](auto in) { return std::any_of(ws.begin(), ws.end(), in); };
  const double margin = 0.01 * (w2 - w1);
  check::that(any([&](double w) { return w < w1 - margin; }) &&
                  any([&](double w) { return w > w1 + margin && w < w2 - margin; }) &&
                  any([&](double w) { return w > w2 + margin; }),
              "des w sous w1 = " + num(w1) + ", entre w1 et w2 = " + num(w2) + ", et au-dessus",
              found,
              "td4::saddle_nodes(run.population(Iext, 0.0), td4::Parameter::w) donne w1 et w2 "
              "(champ .value) : prenez au moins un w de chaque côté et un entre les deux.");
}
