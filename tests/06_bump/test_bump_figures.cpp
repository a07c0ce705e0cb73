// Question 06 : les figures de draw(), pour des simulations faites par la
// bibliothèque (draw ne fait que tracer les `runs` qu'on lui donne).
#include "td4/q06_bump.hpp"

#include "check.hpp"
#include "figure_check.hpp"
#include "ring_cases.hpp"

#include <cmath>
#include <cstdint>
#include <numbers>
#include <regex>

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {

double degrees(double rad) { return rad * 180.0 / std::numbers::pi; }

// Un petit anneau (τ = 7), un stimulus en 30° de 20 à 80 ms, un peu de
// bruit, deux simulations (graines 5 et 6) ; l'activité de la première.
struct Drawn {
  Ring ring{params(64, -0.5, 1.0, 7.0)};
  RingSimulation s;
  std::vector<RingRun> runs;
  std::vector<Figure> shown;

  Drawn() {
    s.tmax = 200.0;
    s.stepping = {Method::euler, 0.2, 4.0};
    s.cue = {30.0, 20.0, 20.0, 80.0};
    s.noise = 3.0;
    s.seed = 5;
    for (std::uint64_t k = 0; k < 2; ++k) {
      RingSimulation sk = s;
      sk.seed = s.seed + k;
      sk.record_activity = k == 0;
      runs.push_back(simulate_ring(ring, uniform(ring.params()), sk));
    }
    shown = check::figures_of([&](Plotter& plot) { q06::draw(ring, s, runs, plot); });
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(figure_map, *boost::unit_test::description(
                                     "figure carte : r(θ, t) de runs[0], θ en degrés")) {
  const Drawn d;
  const Figure* f = check::figure_named(d.shown, "06_bump_carte");
  if (!f) return;
  check::labelled(*f);
  const Series* image = nullptr;
  for (const Series& s : f->series)
    if (s.style.rfind("image", 0) == 0 && s.columns.size() == 3) image = &s;
  if (!check::that(image != nullptr, "figure « 06_bump_carte » : une série « image » (t, θ, r)",
                   num(f->series.size()) + " série(s), aucune « image » à trois colonnes",
                   "map.add(Series(\"\", \"image\", {t, theta, rate}, {\"t\", \"theta\", \"r\"}, "
                   "ring.size())) : N valeurs par instant."))
    return;
  // Triplet j : instant k = j / N, population i = j % N.
  const RingRun& run = d.runs.front();
  const std::size_t N = d.ring.size(), n = image->columns[0].size();
  const std::size_t instants = n / N;
  check::that(n % N == 0 && instants + 1 >= run.t.size() && instants <= run.t.size(),
              "figure « 06_bump_carte » : N = " + num(N) + " valeurs par instant, pour chaque "
              "instant de runs[0].t (" + num(run.t.size()) + ")",
              num(n) + " valeurs", "un balayage de N valeurs (une par population) par instant.");
  for (std::size_t j = 0; j < std::min(n, instants * N); ++j) {
    const std::size_t k = j / N, i = j % N;
    const double t = image->columns[0][j], theta = image->columns[1][j], r = image->columns[2][j];
    const bool ok = std::abs(t - run.t[k]) <= 1e-9 * run.t.back() &&
                    std::abs(theta - degrees(d.ring.theta()[i])) <= 1e-9 * 180 &&
                    std::abs(r - run.r[k][i]) <= 1e-9 * std::max(1.0, std::abs(run.r[k][i]));
    if (!ok) {
      std::string hint = "t = runs[0].t[k], θ = θi en degrés, r = runs[0].r[k][i], pour chaque "
                         "instant k puis chaque population i.";
      if (std::abs(theta - d.ring.theta()[i]) <= 1e-9) hint = "θ est en radians : multipliez par 180/π.";
      check::that(false, "figure « 06_bump_carte » : le point " + num(j) + " est (t, θ, r) = (" +
                             num(run.t[k]) + ", " + num(degrees(d.ring.theta()[i])) + ", " +
                             num(run.r[k][i]) + ")",
                  "(" + num(t) + ", " + num(theta) + ", " + num(r) + ")", hint);
      break;
    }
  }
}

BOOST_AUTO_TEST_CASE(figure_profile, *boost::unit_test::description(
                                         "figure profil : r(θ) final de runs[0], θ en degrés")) {
  const Drawn d;
  const Figure* f = check::figure_named(d.shown, "06_bump_profil");
  if (!f) return;
  check::labelled(*f);
  check::Curve final_profile;
  for (std::size_t i = 0; i < d.ring.size(); ++i) {
    final_profile.x.push_back(degrees(d.ring.theta()[i]));
    final_profile.y.push_back(d.runs.front().final_r[i]);
  }
  check::has_curve(*f, final_profile, "r(θ) en t = tmax",
                   "runs[0].final_r contre les angles θi en degrés (ring.theta() est en radians).");
}

BOOST_AUTO_TEST_CASE(figure_position, *boost::unit_test::description(
                                          "figure position : une courbe par simulation, là où il y a un bump")) {
  const Drawn d;
  const Figure* f = check::figure_named(d.shown, "06_bump_position");
  if (!f) return;
  check::labelled(*f);
  for (std::size_t k = 0; k < d.runs.size(); ++k) {
    check::Curve c;
    const RingRun& run = d.runs[k];
    for (std::size_t j = 0; j < run.t.size(); ++j)
      if (run.amplitude[j] > persistence_threshold) {
        c.x.push_back(run.t[j]);
        c.y.push_back(run.position_deg[j]);
      }
    if (c.x.empty()) continue;  // sans bump, rien à montrer (courbe vide ou absente)
    check::has_curve(*f, c, "la position de runs[" + num(k) + "] (graine " + num(d.s.seed + k) + ")",
                     "pour chaque simulation k, runs[k].position_deg contre runs[k].t, aux "
                     "instants où runs[k].amplitude > td4::persistence_threshold.");
  }
  // Une légende qui nomme une graine montre la simulation de cette graine.
  static const std::regex named(R"(graine\s*=?\s*([0-9]+))");
  for (const Series& s : f->series) {
    std::smatch m;
    if (!std::regex_search(s.title, m, named)) continue;
    const std::uint64_t seed = std::stoull(m[1].str());
    const bool known = seed >= d.s.seed && seed < d.s.seed + d.runs.size();
    Figure alone = *f;
    alone.series = {s};
    const std::size_t k = known ? seed - d.s.seed : 0;
    check::Curve c;
    for (std::size_t j = 0; known && j < d.runs[k].t.size(); ++j)
      if (d.runs[k].amplitude[j] > persistence_threshold) {
        c.x.push_back(d.runs[k].t[j]);
        c.y.push_back(d.runs[k].position_deg[j]);
      }
    const std::string what = "la courbe de légende « " + s.title + " » montre la simulation de "
                             "cette graine";
    const std::string hint = "runs[k] a la graine s.seed + k : la légende de la courbe k dit "
                             "s.seed + k.";
    if (!known)
      check::that(false, what, "aucune simulation n'a la graine " + num(seed) + " (graines " +
                                   num(d.s.seed) + " à " + num(d.s.seed + d.runs.size() - 1) + ")",
                  hint);
    else if (!c.x.empty())
      check::has_curve(alone, c, what, hint);
  }
}
