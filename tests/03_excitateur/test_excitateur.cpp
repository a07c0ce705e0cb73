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

namespace {
// w·Φ'(Iext + w·r) : vaut 1 en un point critique.
double slope_at(double r, const OnePopulation& p) {
  return p.w * phi_prime(p.Iext + p.w * r, p.transfer);
}

// Les pentes qu'on obtient aux r des formules fausses courantes, et leur piste.
std::vector<check::Suspect> critical_suspects(const OnePopulation& p) {
  const Transfer& tr = p.transfer;
  const double a = p.w * tr.rmax * tr.kappa;
  std::vector<check::Suspect> out;
  const auto add = [&](double d, double sign, const std::string& hint) {
    for (double I : {tr.Ihalf - d, tr.Ihalf + d}) {
      const double r = sign * (I - p.Iext) / p.w;
      if (std::isfinite(r)) out.push_back({slope_at(r, p), hint});
    }
  };
  add(std::atanh(std::sqrt(1 - 2 / a)) / tr.kappa, -1,
      "r = (I − Iext)/w : le signe de w est inversé.");
  add(std::atanh(1 - 2 / a) / tr.kappa, 1,
      "tanh² = 1 − 2/(w·rmax·κ) : il faut la racine carrée avant atanh.");
  add(std::atanh(std::sqrt(1 - 2 / a)), 1, "I = Ihalf ± atanh(…)/κ : la division par κ manque.");
  add(std::atanh(std::sqrt(1 - 1 / a)) / tr.kappa, 1,
      "Φ' culmine à rmax·κ/2 : tanh² = 1 − 2/(w·rmax·κ), avec le facteur 2.");
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(critical_points_definition,
                     *boost::unit_test::description(
                         "points critiques : w·Φ'(Iext + w·r) = 1, dans (0, rmax), triés")) {
  for (const OnePopulation& p : cases) {
    const std::vector<double> rs = critical_points(p);
    for (std::size_t i = 0; i < rs.size(); ++i) {
      check::close(slope_at(rs[i], p), 1.0, 1e-9,
                   "w·Φ'(Iext + w·r) = 1 en r = " + num(rs[i]) + with(p),
                   "Φ'(I) = 1/w donne tanh² = 1 − 2/(w·rmax·κ) ; puis r = (I − Iext)/w.",
                   critical_suspects(p));
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
    const std::size_t got = critical_points(p).size();
    check::that(got == expected, num(expected) + " point(s) critique(s)" + with(p),
                num(got) + " trouvé(s)",
                got > expected
                    ? (expected == 0 && p.w * p.transfer.rmax * p.transfer.kappa <= 2
                           ? "w·rmax·κ ≤ 2 (w ≤ 0 compris) : dr/dt décroît partout, aucun point "
                             "critique."
                           : "un r hors de (0, rmax) ne compte pas : gardez ceux strictement "
                             "entre 0 et rmax.")
                    : "il y a deux courants, I = Ihalf − d et I = Ihalf + d avec "
                      "d = atanh(√(1 − 2/(w·rmax·κ)))/κ : gardez chacun dont r = (I − Iext)/w "
                      "est dans (0, rmax).");
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
                    " points critiques",
                "entre deux points fixes, dr/dt a un extremum : votre critical_points en "
                "trouve trop peu (voyez son cas plus haut).");
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
                expected ? "deux états stables : les états finaux (tr.x.back()[0]) depuis 0 et "
                           "depuis rmax sont à plus de 1 % de rmax l'un de l'autre ; regardez "
                           "ces deux simulations et leur comparaison."
                         : "un seul état stable : depuis 0 comme depuis rmax, r finit au même "
                           "endroit (tr.x.back()[0]), à 1 % de rmax près ; regardez ces deux "
                           "simulations et leur comparaison.");
  }
}

namespace {
// Une durée après laquelle les simulations depuis 0 et depuis rmax sont à
// `fraction`·rmax l'une de l'autre (p n'a qu'un état stable : l'écart
// décroît avec t). Trouvée par dichotomie, avec td4::trajectory.
double time_to_gap(const OnePopulation& p, double fraction, const Stepping& s) {
  const auto gap = [&](double t) {
    return std::abs(trajectory(p, p.transfer.rmax, t, s).x.back()[0] -
                    trajectory(p, 0.0, t, s).x.back()[0]) / p.transfer.rmax;
  };
  double lo = 0.0, hi = p.tau;
  while (gap(hi) > fraction) hi *= 2;
  // 20 dichotomies : l'écart obtenu est à mieux que 1e-4 de la cible, loin du seuil.
  for (int i = 0; i < 20; ++i) (gap(0.5 * (lo + hi)) > fraction ? lo : hi) = 0.5 * (lo + hi);
  return 0.5 * (lo + hi);
}
}  // namespace

BOOST_AUTO_TEST_CASE(bistability_threshold,
                     *boost::unit_test::description(
                         "bistable : seuil à 1 % de rmax, après la durée tmax demandée")) {
  // Un seul état stable, mais des simulations arrêtées avant de l'atteindre :
  // leurs états finaux sont à 0,5 % ou à 2,5 % de rmax l'un de l'autre. Trois
  // rmax (80, 500, 2000 Hz) : un seuil écrit en Hz se trompe sur l'un d'eux.
  Stepping s;
  s.method = Method::rk4;
  for (double rmax : {80.0, 500.0, 2000.0})
    for (double fraction : {0.005, 0.025}) {
      const OnePopulation p = population(5.0, -0.05 * 500 / rmax, 3.0, {rmax, 10.0, 0.2});
      s.dt = p.tau / 50;
      const double tmax = time_to_gap(p, fraction, s), gap = fraction * rmax;
      const bool expected = fraction > 0.01;
      check::that(bistable(p, tmax, s) == expected,
                  std::string(expected ? "« bistable »" : "« pas bistable »") + " pour tmax = " +
                      num(tmax) + " ms : les états finaux sont à " + num(gap) + " Hz, " +
                      num(100 * fraction) + " % de rmax" + with(p),
                  expected ? "« pas bistable »" : "« bistable »",
                  expected ? "l'écart, " + num(gap) + " Hz, dépasse 1 % de rmax (" +
                                 num(0.01 * rmax) + " Hz) : regardez le seuil (0.01 * "
                                 "p.transfer.rmax, en Hz), la durée simulée (le tmax reçu) et "
                                 "la comparaison des états finaux."
                           : "l'écart, " + num(gap) + " Hz, est sous 1 % de rmax (" +
                                 num(0.01 * rmax) + " Hz) : regardez le seuil (0.01 * "
                                 "p.transfer.rmax, en Hz) et les états comparés (les finaux, "
                                 "tr.x.back()[0]).");
    }
}
