// Question 03 : les points critiques de dr/dt (là où sa pente s'annule) et
// la bistabilité, comparés à la définition (w·Φ' = 1), à un balayage de la
// pente sur une grille fine et au nombre de points fixes stables.
#include "td4/q03_excitateur.hpp"

#include "check.hpp"
#include "one_population_cases.hpp"

#include <cmath>

using namespace td4;
using namespace td4::q03;
using namespace td4::testing;
using check::num;

namespace {
// Changements de signe de la pente de dr/dt sur une grille fine de (0, rmax) :
// le nombre de points critiques, sans formule.
int slope_sign_changes(const OnePopulation& p) {
  const int n = 20000;
  const double h = p.transfer.rmax / n;
  int count = 0;
  double prev = flow(h, p) - flow(0.0, p);
  for (int k = 1; k < n; ++k) {
    const double cur = flow((k + 1) * h, p) - flow(k * h, p);
    if ((prev < 0) != (cur < 0)) ++count;
    prev = cur;
  }
  return count;
}

// Des cas à 0, 1 et 2 points critiques, dont un avec un Φ très différent.
const OnePopulation cases[] = {
    population(0.0, 0.05, 10.0),  population(-5.0, 0.08, 3.0), population(10.0, 0.05, 3.0),
    population(0.0, 0.01, 10.0),  population(20.0, -0.2, 2.0), population(-30.0, 0.05, 5.0),
    population(0.0, 0.3, 4.0, {80.0, -3.0, 0.7}),              population(-4.0, 1.0, 0.5, {80.0, 2.0, 0.7})};
}  // namespace

BOOST_AUTO_TEST_CASE(critical_points_definition,
                     *boost::unit_test::description(
                         "points critiques : w·Φ'(Iext + w·r) = 1, dans (0, rmax), triés")) {
  for (const OnePopulation& p : cases) {
    const std::vector<double> rs = critical_points(p);
    for (std::size_t i = 0; i < rs.size(); ++i) {
      const double slope = p.w * phi_prime(p.Iext + p.w * rs[i], p.transfer);
      check::close(slope, 1.0, 1e-9, "w·Φ'(Iext + w·r) = 1 en r = " + num(rs[i]) + with(p),
                   "Φ'(I) = 1/w donne tanh² = 1 − 2/(w·rmax·κ) ; puis r = (I − Iext)/w.");
      check::that(rs[i] > 0 && rs[i] < p.transfer.rmax, "r dans (0, rmax)" + with(p), num(rs[i]),
                  "ne gardez que les r strictement entre 0 et rmax.");
      if (i > 0) check::that(rs[i] > rs[i - 1], "ordre croissant" + with(p), num(rs[i]));
    }
  }
}

BOOST_AUTO_TEST_CASE(critical_points_count,
                     *boost::unit_test::description(
                         "points critiques : autant que de changements de sens de dr/dt")) {
  for (const OnePopulation& p : cases) {
    const std::size_t expected = static_cast<std::size_t>(slope_sign_changes(p));
    check::that(critical_points(p).size() == expected,
                num(expected) + " point(s) critique(s)" + with(p),
                num(critical_points(p).size()) + " trouvé(s)",
                "il y a deux courants I = Ihalf ± atanh(√(1 − 2/(w·rmax·κ)))/κ, mais un r hors de "
                "(0, rmax) ne compte pas ; et aucun si w·rmax·κ ≤ 2.");
  }
}

BOOST_AUTO_TEST_CASE(at_most_three_fixed_points,
                     *boost::unit_test::description(
                         "au plus (points critiques + 1) points fixes, stables et instables alternés")) {
  for (const OnePopulation& p : cases) {
    const auto fps = fixed_point_analysis(p);
    check::that(fps.size() <= critical_points(p).size() + 1,
                "nombre de points fixes ≤ points critiques + 1" + with(p),
                num(fps.size()) + " points fixes, " + num(critical_points(p).size()) +
                    " points critiques");
  }
}

BOOST_AUTO_TEST_CASE(bistability,
                     *boost::unit_test::description(
                         "bistable : r0 = 0 et r0 = rmax finissent loin l'un de l'autre")) {
  Stepping s;
  s.method = Method::rk4;
  for (const OnePopulation& p : cases) {
    s.dt = p.tau / 50;
    // Bistable exactement quand il y a deux points fixes stables.
    int stable = 0;
    for (const FixedPoint& fp : fixed_point_analysis(p)) stable += fp.stability == Stability::stable;
    const bool expected = stable == 2;
    check::that(bistable(p, 40 * p.tau, s) == expected,
                std::string(expected ? "bistable" : "pas bistable") + with(p),
                expected ? "« pas bistable »" : "« bistable »",
                "comparez les états *finaux* (tr.x.back()[0]) des simulations depuis 0 et "
                "depuis rmax, à 1 % de rmax près.");
  }
}
