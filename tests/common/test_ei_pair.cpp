// La paire excitatrice–inhibitrice : points fixes, jacobienne, valeurs
// propres, natures, isoclines, cycle limite, contrôlés par des calculs
// indépendants (points fixes imposés par Φ⁻¹, changements de signe sur une
// grille, différences finies, trace et déterminant, seconde méthode
// d'intégration et seconde mesure de la période).
#include "td4/ei_pair.hpp"
#include "td4/oscillation.hpp"
#include "td4/roots.hpp"

#include "check.hpp"
#include "ei_pair_cases.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {

// Résidus relatifs des deux équations en (rE, rI).
double residual(const EIPair& p, double rE, double rI) {
  const double eE = std::abs(phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE);
  const double eI = std::abs(phi(p.IextI + p.wIE * rE + p.wII * rI, p.transfer) - rI);
  return std::max(eE, eI) / p.transfer.rmax;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(paire_EI)

BOOST_AUTO_TEST_CASE(racines_toutes, *boost::unit_test::description(
                                          "all_roots : racines simples, double, en un bout"))
{
  // (x − 1)(x − 2)(x − 2.001)(x − 3)² sur [0, 4] : une racine double en 3.
  const auto f = [](double x) {
    return (x - 1) * (x - 2) * (x - 2.001) * (x - 3) * (x - 3);
  };
  const auto df = [&](double x) {
    const double h = 1e-6;
    return (f(x + h) - f(x - h)) / (2 * h);
  };
  // Bornes grossières mais sûres sur [0, 4] : |f'| ≤ 500, |f''| ≤ 2000.
  const auto r = all_roots(f, df, 0.0, 4.0, [](double, double) { return RootBounds{500.0, 2000.0, 1e-13}; });
  check::that(r.size() == 4, "all_roots sur (x−1)(x−2)(x−2.001)(x−3)²",
              num(r.size()) + " racines au lieu de 4");
  const double expected[] = {1.0, 2.0, 2.001, 3.0};
  for (std::size_t k = 0; k < std::min<std::size_t>(r.size(), 4); ++k)
    check::close(r[k], expected[k], k == 3 ? 1e-6 : 1e-12, "racine " + num(k + 1));
  // Une racine exactement au bout de l'intervalle, comptée une fois.
  const auto g = [](double x) { return x * (x - 0.5); };
  const auto dg = [](double x) { return 2 * x - 0.5; };
  const auto rg = all_roots(g, dg, 0.0, 1.0, [](double, double) { return RootBounds{2.0, 2.0, 1e-15}; });
  check::that(rg.size() == 2 && rg[0] == 0.0 && std::abs(rg[1] - 0.5) < 1e-14,
              "all_roots sur x(x − 0.5), racine en 0", num(rg.size()) + " racines");
}

BOOST_AUTO_TEST_CASE(points_fixes_imposes, *boost::unit_test::description(
                                               "trois points fixes imposés par Φ⁻¹ sont tous trouvés"))
{
  const EIPair p = through(20.0, 60.0, 250.0, -20.0, 0.1, 10.0, 10.0);
  const auto r = fixed_point_rates_E(p);
  check::that(static_cast<int>(r.size()) == sign_changes(p),
              "nombre de points fixes" + with(p),
              num(r.size()) + " trouvés, " + num(sign_changes(p)) + " changements de signe");
  for (double rk : {20.0, 60.0, 250.0})
    check::that(contains(r, rk, 1e-9 * rk), "point fixe imposé rE = " + num(rk) + with(p),
                "absent");
  for (const EIFixedPoint& fp : fixed_point_analysis(p))
    check::that(residual(p, fp.rE, fp.rI) < 1e-12, "équations en (" + num(fp.rE) + ", " +
                num(fp.rI) + ")" + with(p), "résidu " + num(residual(p, fp.rE, fp.rI)));
}

BOOST_AUTO_TEST_CASE(paire_serree, *boost::unit_test::description(
                                       "deux points fixes à 1e-3 l'un de l'autre : tous deux trouvés"))
{
  // IextE juste sous un maximum local de K (voir close_pair).
  const ClosePair c = close_pair(pair(0, -20, 0.1, -0.1, 0.1, 0, 10, 10));
  EIPair p = c.p;
  const double r1 = c.r1, r2 = c.r2;
  BOOST_REQUIRE(r2 - r1 > 9e-4 && r2 - r1 < 1.1e-3);
  const auto r = fixed_point_rates_E(p);
  check::that(r.size() == 3, "nombre de points fixes" + with(p), num(r.size()));
  for (double rk : {r1, r2})
    check::that(contains(r, rk, 1e-5), "point fixe rE = " + num(rk) + with(p),
                "absent des " + num(r.size()) + " points trouvés");
  // Et si IextE passe juste au-dessus du maximum, la paire disparaît.
  p.IextE = c.IextE_above;
  check::that(fixed_point_rates_E(p).size() == 1, "nombre de points fixes" + with(p),
              num(fixed_point_rates_E(p).size()));
}

BOOST_AUTO_TEST_CASE(completude_grille, *boost::unit_test::description(
                                            "autant de points fixes que de changements de signe, wII ≤ 0"))
{
  for (double IextE : {-20.0, -5.0, 0.0, 5.0})
    for (double wEE : {0.03, 0.1, 0.2})
      for (double wIE : {0.1, 0.2})
        for (double wII : {0.0, -0.1}) {
          const EIPair p = pair(IextE, -20, wEE, -0.05, wIE, wII, 7, 13);
          const auto fps = fixed_point_analysis(p);
          const int expected = sign_changes(p, 4000);
          check::that(static_cast<int>(fps.size()) == expected, "nombre de points fixes" + with(p),
                      num(fps.size()) + " trouvés, " + num(expected) + " changements de signe");
          for (const EIFixedPoint& fp : fps)
            check::that(residual(p, fp.rE, fp.rI) < 1e-12, "équations" + with(p),
                        "résidu " + num(residual(p, fp.rE, fp.rI)));
        }
}

BOOST_AUTO_TEST_CASE(jacobienne_differences_finies, *boost::unit_test::description(
                                                        "jacobienne contre différences finies, τE ≠ τI, wII < 0"))
{
  const EIPair p = pair(3, -20, 0.12, -0.1, 0.1, -0.07, 4, 17);
  for (double rE : {10.0, 150.0, 320.0})
    for (double rI : {5.0, 200.0}) {
      const Jacobian J = jacobian_matrix(p, rE, rI);
      const double h = 1e-4;
      const double a = (flow_E(p, rE + h, rI) - flow_E(p, rE - h, rI)) / (2 * h);
      const double b = (flow_E(p, rE, rI + h) - flow_E(p, rE, rI - h)) / (2 * h);
      const double c = (flow_I(p, rE + h, rI) - flow_I(p, rE - h, rI)) / (2 * h);
      const double d = (flow_I(p, rE, rI + h) - flow_I(p, rE, rI - h)) / (2 * h);
      const std::string at = " en (" + num(rE) + ", " + num(rI) + ")";
      check::close(J.a, a, 1e-7, "∂(drE/dt)/∂rE" + at);
      check::close(J.b, b, 1e-7, "∂(drE/dt)/∂rI" + at);
      check::close(J.c, c, 1e-7, "∂(drI/dt)/∂rE" + at);
      check::close(J.d, d, 1e-7, "∂(drI/dt)/∂rI" + at);
    }
  // La pente de g, contre une différence finie de g.
  for (double rE : {10.0, 150.0, 320.0}) {
    const double h = 1e-5;
    check::close(reduced_slope(p, rE),
                 (reduced_equation(p, rE + h) - reduced_equation(p, rE - h)) / (2 * h), 1e-6,
                 "g'(rE) en rE = " + num(rE) + with(p));
  }
}

BOOST_AUTO_TEST_CASE(valeurs_propres_trace_determinant, *boost::unit_test::description(
                                                            "λ1 + λ2 = trace, λ1·λ2 = déterminant"))
{
  const Jacobian cases[] = {{-1, 0, 0, -2},  {1, -2, 2, 1},      {0.3, -0.5, 0.5, -0.1},
                            {1e-3, 1, 1e-8, 1e-3}, {2, 3, 1, -4}, {-0.05, -0.4, 0.3, -0.02}};
  for (const Jacobian& J : cases) {
    const auto [l1, l2] = eigenvalue_pair(J);
    const std::string what = " de [[" + num(J.a) + ", " + num(J.b) + "], [" + num(J.c) + ", " +
                             num(J.d) + "]]";
    const double scale = std::abs(J.a) + std::abs(J.b) + std::abs(J.c) + std::abs(J.d);
    check::that(std::abs(l1 + l2 - J.trace()) <= 1e-14 * scale, "λ1 + λ2 = trace" + what,
                num((l1 + l2).real()) + " contre " + num(J.trace()));
    check::that(std::abs(l1 * l2 - J.determinant()) <= 1e-14 * scale * scale,
                "λ1·λ2 = déterminant" + what, num((l1 * l2).real()) + " contre " +
                num(J.determinant()));
    check::that(l1.real() >= l2.real() && l1.imag() >= 0, "ordre de λ1, λ2" + what,
                "λ1 = " + num(l1.real()) + " + " + num(l1.imag()) + "i");
  }
}

BOOST_AUTO_TEST_CASE(natures, *boost::unit_test::description(
                                  "natures : six matrices types et les trois jeux du cahier"))
{
  const std::pair<Jacobian, Nature> cases[] = {
      {{-1, 0, 0, -2}, Nature::noeud_stable},  {{1, 0, 0, 2}, Nature::noeud_instable},
      {{1, 0, 0, -1}, Nature::selle},          {{-1, -2, 2, -1}, Nature::foyer_stable},
      {{1, -2, 2, 1}, Nature::foyer_instable}, {{0, -1, 1, 0}, Nature::centre}};
  for (const auto& [J, n] : cases)
    check::that(nature_of(J) == n, "nature attendue : " + nature_name(n),
                nature_name(nature_of(J)));

  // Jeu par défaut : un foyer instable (et un cycle limite autour).
  auto fps = fixed_point_analysis(EIPair{});
  check::that(fps.size() == 1 && fps[0].nature == Nature::foyer_instable,
              "jeu par défaut : un foyer instable", num(fps.size()) + " point(s)");
  // wEE = 0.03 : un foyer stable.
  fps = fixed_point_analysis(pair(5, -20, 0.03, -0.1, 0.1, 0, 10, 10));
  check::that(fps.size() == 1 && fps[0].nature == Nature::foyer_stable,
              "wEE = 0.03 : un foyer stable", num(fps.size()) + " point(s)");
  // IextE = 0 : nœud stable, selle, foyer instable.
  fps = fixed_point_analysis(pair(0, -20, 0.1, -0.1, 0.1, 0, 10, 10));
  check::that(fps.size() == 3 && fps[0].nature == Nature::noeud_stable &&
                  fps[1].nature == Nature::selle && fps[2].nature == Nature::foyer_instable,
              "IextE = 0 : nœud stable, selle, foyer instable", num(fps.size()) + " point(s)");
}

BOOST_AUTO_TEST_CASE(isoclines, *boost::unit_test::description(
                                    "isoclines : drE/dt = 0 et drI/dt = 0 sur leurs courbes"))
{
  const EIPair p = pair(5, -20, 0.1, -0.1, 0.1, -0.05, 6, 11);
  const auto e = e_nullcline_curves(p, 0.0, p.transfer.rmax, 0.0, p.transfer.rmax, 500);
  check::that(e.size() == 1, "isocline E d'un seul tenant", num(e.size()) + " morceaux");
  for (const auto& line : e)
    for (const auto& [rE, rI] : line) {
      check::that(rE > 0 && rE < p.transfer.rmax, "isocline E dans (0, rmax)", num(rE));
      // Φ(IextE + wEE·rE + wEI·rI) = rE, à l'arrondi de Φ⁻¹ près.
      check::that(std::abs(flow_E(p, rE, rI)) * p.tauE <= 1e-9 * p.transfer.rmax,
                  "drE/dt = 0 sur l'isocline E en rE = " + num(rE),
                  "drE/dt = " + num(flow_E(p, rE, rI)));
    }
  for (const auto& [rE, rI] : i_nullcline_curve(p, 0.0, p.transfer.rmax, 500))
    check::that(std::abs(flow_I(p, rE, rI)) * p.tauI <= 1e-12 * p.transfer.rmax,
                "drI/dt = 0 sur l'isocline I en rE = " + num(rE),
                "drI/dt = " + num(flow_I(p, rE, rI)));
  // Sans couplage I→E, l'isocline E est faite de droites verticales.
  const EIPair q = pair(0, -20, 0.1, 0, 0.1, 0, 10, 10);
  const auto v = e_nullcline_curves(q, 0.0, 500.0, 0.0, 500.0);
  check::that(v.size() == static_cast<std::size_t>(sign_changes(q)),
              "wEI = 0 : une verticale par point fixe de E seule", num(v.size()));
}

BOOST_AUTO_TEST_CASE(cycle_limite_periode, *boost::unit_test::description(
                                               "période du cycle limite : RK4 contre Dormand–Prince, et τ×2 ⇒ T×2"))
{
  EIPair p;  // le jeu par défaut du contrat
  const Trajectory a = trajectory(p, 1.0, 1.0, 1500.0, rk4(0.05));
  const Oscillation o = measure_oscillation(a.t, a.component(0), 500.0);
  check::that(o.sustained, "cycle limite détecté" + with(p), "non");
  // Seconde mesure : Dormand–Prince à 1e-11, période par les passages
  // montants au niveau moyen (interpolation linéaire, pas de 0.005 ms).
  Stepping fine;
  fine.method = Method::adaptive;
  fine.dt = 0.005;
  fine.output_dt = 0.005;
  fine.abs_tol = fine.rel_tol = 1e-11;
  const Trajectory b = trajectory(p, 1.0, 1.0, 1500.0, fine);
  const auto up = upward_crossings(b.t, b.component(0), 0.5 * (o.min + o.max), 500.0);
  BOOST_REQUIRE(up.size() >= 3);
  const double T = (up.back() - up.front()) / static_cast<double>(up.size() - 1);
  check::close(o.period, T, 1e-4, "période (ms)" + with(p));
  check::close(o.period, 46.885, 1e-3, "période du jeu par défaut (ms)");
  // Doubler τE et τI double le temps : même cycle, période double.
  EIPair slow = p;
  slow.tauE = slow.tauI = 20.0;
  const Trajectory c = trajectory(slow, 1.0, 1.0, 3000.0, rk4(0.1));
  const Oscillation oc = measure_oscillation(c.t, c.component(0), 1000.0);
  check::close(oc.period, 2.0 * o.period, 1e-4, "période avec τ doublés" + with(slow));
  check::close(oc.max - oc.min, o.max - o.min, 1e-4, "amplitude avec τ doublés" + with(slow));
}

BOOST_AUTO_TEST_CASE(foyer_amorti, *boost::unit_test::description(
                                       "foyer stable : pulsation de l'oscillation amortie = Im λ"))
{
  const EIPair p = pair(5, -20, 0.03, -0.1, 0.1, 0, 8, 12);
  const auto fps = fixed_point_analysis(p);
  BOOST_REQUIRE(fps.size() == 1);
  const EIFixedPoint& fp = fps[0];
  check::that(fp.nature == Nature::foyer_stable, "un foyer stable" + with(p),
              nature_name(fp.nature));
  // Une petite perturbation : le régime linéaire, x(t) = A·e^{σt}·cos(ωt + φ),
  // dont les maxima sont espacés de 2π/ω exactement.
  const Trajectory tr = trajectory(p, fp.rE + 1e-3, fp.rI, 300.0, rk4(0.01));
  std::vector<double> x = tr.component(0);
  for (double& v : x) v -= fp.rE;
  const auto maxima = local_maxima(tr.t, x);
  BOOST_REQUIRE(maxima.size() >= 3);
  const double T = (maxima.back().t - maxima.front().t) / static_cast<double>(maxima.size() - 1);
  check::close(2.0 * std::numbers::pi / T, fp.lambda1.imag(), 1e-4,
               "pulsation mesurée contre Im λ" + with(p));
  // Et le taux d'amortissement : rapport de deux maxima successifs = e^{σT}.
  check::close(std::log(maxima[2].value / maxima[1].value) / (maxima[2].t - maxima[1].t),
               fp.lambda1.real(), 1e-3, "amortissement mesuré contre Re λ" + with(p));
  check::that(!measure_oscillation(tr.t, x, 100.0).sustained, "pas de cycle limite" + with(p),
              "oscillation déclarée entretenue");
}

BOOST_AUTO_TEST_CASE(mesure_oscillation, *boost::unit_test::description(
                                             "mesure d'oscillation : sinus, sinus amorti, constante"))
{
  std::vector<double> t, s, d, c;
  for (int k = 0; k <= 20000; ++k) {
    t.push_back(0.05 * k);
    s.push_back(3.0 + 2.0 * std::sin(2 * std::numbers::pi * t.back() / 37.0));
    d.push_back(std::exp(-t.back() / 300.0) * std::sin(2 * std::numbers::pi * t.back() / 37.0));
    c.push_back(4.0);
  }
  const Oscillation os = measure_oscillation(t, s, 100.0);
  check::that(os.sustained, "sinus : entretenue", "non");
  check::close(os.period, 37.0, 1e-6, "période du sinus");
  check::close(os.max, 5.0, 1e-6, "maximum du sinus");
  check::close(os.min, 1.0, 1e-6, "minimum du sinus");
  check::that(!measure_oscillation(t, d, 100.0).sustained, "sinus amorti : pas entretenue",
              "déclarée entretenue");
  check::that(!measure_oscillation(t, c, 100.0).sustained, "constante : pas entretenue",
              "déclarée entretenue");
}

BOOST_AUTO_TEST_CASE(balayage_hopf, *boost::unit_test::description(
                                        "balayage de wEE : pas de cycle avant Hopf, un cycle après"))
{
  const auto sw = sweep_oscillation(EIPair{}, &EIPair::wEE, {0.03, 0.06}, 1.0, 1.0, 1500.0,
                                    1000.0, rk4(0.05));
  BOOST_REQUIRE(sw.size() == 2);
  check::that(!sw[0].cycle && sw[0].rE_max - sw[0].rE_min < 1e-6,
              "wEE = 0.03 (foyer stable) : pas de cycle", num(sw[0].rE_max - sw[0].rE_min));
  check::that(sw[1].cycle && sw[1].rE_max - sw[1].rE_min > 100.0,
              "wEE = 0.06 (foyer instable) : un cycle", num(sw[1].rE_max - sw[1].rE_min));
}

BOOST_AUTO_TEST_CASE(parametres_refuses, *boost::unit_test::description(
                                             "wII > 0 et τ ≤ 0 refusés"))
{
  EIPair p;
  p.wII = 0.1;
  BOOST_CHECK_THROW(validate(p), std::invalid_argument);
  p.wII = 0.0;
  p.tauI = 0.0;
  BOOST_CHECK_THROW(fixed_point_rates_E(p), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
