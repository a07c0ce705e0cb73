// Une population : points fixes, λ, nœuds-cols, courbe de bifurcation et
// taux mesuré, contrôlés par des calculs indépendants (points fixes
// construits exactement par Φ⁻¹, valeurs en précision étendue, différences
// finies, changements de signe sur une grille, simulation).
#include "td4/errors.hpp"
#include "td4/one_population.hpp"
#include "td4/one_population_run.hpp"

#include "check.hpp"
#include "one_population_cases.hpp"

#include <cmath>
#include <vector>

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {
bool contains(const std::vector<FixedPoint>& fps, double r, double tol) {
  for (const FixedPoint& fp : fps)
    if (std::abs(fp.r - r) <= tol) return true;
  return false;
}

std::size_t count(const OnePopulation& p) { return fixed_point_rates(p).size(); }
}  // namespace

BOOST_AUTO_TEST_CASE(one_population_flow,
                     *boost::unit_test::description("une population : dr/dt = (Φ(Iext + w·r) − r)/τ")) {
  const OnePopulation p = population(3.0, 0.07, 4.0);
  const double r = 120.0;
  check::close(flow(r, p), (phi(3.0 + 0.07 * r, p.transfer) - r) / 4.0, 1e-14, "dr/dt" + with(p));
}

BOOST_AUTO_TEST_CASE(one_population_reference_case,
                     *boost::unit_test::description(
                         "une population : les trois points fixes de Iext = 0, w = 0,05")) {
  // Référence calculée à part en précision étendue (mpmath, 30 chiffres).
  const double r[] = {11.2005555857279527, 164.252087372705729, 498.732015543546539};
  const double lt[] = {-0.781006986102600210, 1.20589181920247631, -0.974704622254203085};
  const Stability s[] = {Stability::stable, Stability::unstable, Stability::stable};
  for (double tau : {10.0, 2.5}) {
    const OnePopulation p = population(0.0, 0.05, tau);
    const auto fps = fixed_point_analysis(p);
    if (!check::that(fps.size() == 3, "3 points fixes" + with(p), num(fps.size()) + " trouvés"))
      continue;
    for (int i = 0; i < 3; ++i) {
      check::close(fps[i].r, r[i], 1e-12, "r*" + with(p));
      check::close(fps[i].lambda * tau / lt[i], 1.0, 1e-10, "λ·τ en r* = " + num(r[i]) + with(p));
      check::that(fps[i].stability == s[i], "verdict en r* = " + num(r[i]),
                  stability_name(fps[i].stability));
    }
  }
}

BOOST_AUTO_TEST_CASE(one_population_residual_and_completeness,
                     *boost::unit_test::description(
                         "une population : Φ(Iext + w·r*) = r* à 1e-9, aucun point oublié")) {
  for (double Iext : {-40.0, -10.0, 0.0, 2.0, 5.0, 10.0, 30.0})
    for (double w : {-1.0, -0.1, -0.01, 0.0, 0.01, 0.03, 0.05, 0.08, 0.1, 0.2, 1.0}) {
      const OnePopulation p = population(Iext, w, 7.0);
      const auto rs = fixed_point_rates(p);
      check::that(!rs.empty() && rs.size() <= 3, "de 1 à 3 points fixes" + with(p),
                  num(rs.size()));
      check::that(static_cast<int>(rs.size()) >= sign_changes(p),
                  "au moins autant de points que de changements de signe sur une grille" + with(p),
                  num(rs.size()) + " contre " + num(sign_changes(p)));
      for (std::size_t i = 0; i < rs.size(); ++i) {
        check::that(residual(rs[i], p) <= 1e-9, "Φ(Iext + w·r*) = r*" + with(p),
                    "résidu relatif " + num(residual(rs[i], p)) + " en r* = " + num(rs[i]));
        if (i > 0) check::that(rs[i] > rs[i - 1], "triés, chacun une fois" + with(p), num(rs[i]));
      }
    }
  check::that(count(population(0.0, -0.05)) == 1, "un point fixe (w < 0)", "");
  check::that(count(population(0.0, 0.01)) == 1, "un point fixe (w·rmax·κ < 2)", "");
  check::that(count(population(-5.0, 0.08, 0.5)) == 3, "trois points fixes (Iext = −5, w = 0,08)", "");
}

BOOST_AUTO_TEST_CASE(one_population_close_pair,
                     *boost::unit_test::description(
                         "une population : paire de points fixes à 1e-3 et 1e-4 près d'un nœud-col")) {
  for (double tau : {10.0, 0.3})
    for (double r1 : {30.0, 60.0, 350.0, 450.0})
      for (double gap : {1e-3, 1e-4}) {
        const OnePopulation p = through(r1, r1 + gap, tau);
        const auto fps = fixed_point_analysis(p);
        const std::string what = "r1 = " + num(r1) + " et r2 = r1 + " + num(gap) + with(p);
        check::that(contains(fps, r1, gap / 100) && contains(fps, r1 + gap, gap / 100),
                    "les deux points fixes de la paire, " + what, num(fps.size()) + " point(s)");
        // De part et d'autre d'un nœud-col, un stable et un instable.
        for (std::size_t i = 0; i + 1 < fps.size(); ++i)
          if (std::abs(fps[i].r - r1) <= gap / 100)
            check::that(fps[i].stability != fps[i + 1].stability,
                        "un stable et un instable, " + what, stability_name(fps[i].stability));
      }
}

BOOST_AUTO_TEST_CASE(one_population_unresolvable_pair,
                     *boost::unit_test::description(
                         "une population : paire sous la résolution vue comme un point double")) {
  // À 1e-6 d'écart, f au point critique ≈ 1e-15, sous l'arrondi de f
  // (≈ ε·rmax) : les paramètres eux-mêmes ne distinguent plus une paire d'un
  // point double. Un seul point, marginal, entre les deux.
  for (double r1 : {30.0, 450.0}) {
    const auto fps = fixed_point_analysis(through(r1, r1 + 1e-6, 2.0));
    int near = 0;
    for (const FixedPoint& fp : fps)
      if (std::abs(fp.r - r1) < 1e-5) {
        ++near;
        check::that(fp.stability == Stability::marginal, "point double marginal",
                    stability_name(fp.stability));
      }
    check::that(near == 1, "un seul point près de r1 = " + num(r1), num(near));
  }
}

BOOST_AUTO_TEST_CASE(one_population_root_on_bracket_end,
                     *boost::unit_test::description(
                         "une population : racine exactement sur une borne (Φ saturée)")) {
  auto rs = fixed_point_rates(population(300.0, 0.1));
  check::that(rs.size() == 1 && rs[0] == 500.0, "r* = rmax exactement (Iext = 300)",
              rs.empty() ? "aucun" : num(rs[0]));
  rs = fixed_point_rates(population(-300.0, 0.1));
  check::that(rs.size() == 1 && rs[0] == 0.0, "r* = 0 exactement (Iext = −300)",
              rs.empty() ? "aucun" : num(rs[0]));
}

BOOST_AUTO_TEST_CASE(one_population_double_root,
                     *boost::unit_test::description(
                         "une population : point double (tangence) listé une fois, marginal")) {
  // Iext choisi pour que le point critique bas soit exactement un point fixe.
  const Transfer tr;
  const double w = 0.05;
  const double I = tr.Ihalf - std::atanh(std::sqrt(1 - 2 / (w * tr.rmax * tr.kappa))) / tr.kappa;
  const OnePopulation p = population(I - w * phi(I, tr), w, 3.0);
  const auto fps = fixed_point_analysis(p);
  if (!check::that(fps.size() == 2, "2 points fixes" + with(p), num(fps.size()))) return;
  check::close(fps[0].r, phi(I, tr), 1e-9, "le point double r* = Φ(I*)");
  check::that(stability_name(fps[0].stability) == "marginal", "point double marginal",
              stability_name(fps[0].stability));
  check::that(fps[1].stability == Stability::stable, "l'autre point stable",
              stability_name(fps[1].stability));
}

BOOST_AUTO_TEST_CASE(one_population_eigenvalue,
                     *boost::unit_test::description(
                         "une population : λ contre une différence finie de dr/dt")) {
  for (double tau : {10.0, 0.7})
    for (double w : {-0.2, 0.02, 0.05, 0.1})
      for (double r : {5.0, 80.0, 250.0, 470.0}) {
        const OnePopulation p = population(-2.0, w, tau);
        const double h = 1e-4;
        const double fd = (flow(r + h, p) - flow(r - h, p)) / (2 * h);
        check::close(eigenvalue(r, p), fd, 1e-7, "λ en r = " + num(r) + with(p));
      }
  check::that(classify(-1e-3, 10) == Stability::stable && classify(1e-3, 10) == Stability::unstable &&
                  classify(1e-12, 10) == Stability::marginal,
              "verdict selon le signe de λ", "");
  check::that(stability_name(Stability::unstable) == "instable", "nom « instable »",
              stability_name(Stability::unstable));
}

BOOST_AUTO_TEST_CASE(one_population_inhibitory,
                     *boost::unit_test::description(
                         "une population : w < 0, exactement un point fixe, stable")) {
  for (double Iext = -60.0; Iext <= 80.0; Iext += 7.0)
    for (double w : {-3.0, -1.0, -0.3, -0.1, -0.03, -0.01, -0.001}) {
      const OnePopulation p = population(Iext, w, 4.0);
      const auto fps = fixed_point_analysis(p);
      check::that(fps.size() == 1 && fps[0].lambda < 0 && fps[0].stability == Stability::stable,
                  "un seul point fixe, λ < 0" + with(p),
                  num(fps.size()) + " point(s)" +
                      (fps.empty() ? "" : ", λ = " + num(fps[0].lambda)));
    }
}

BOOST_AUTO_TEST_CASE(one_population_saddle_nodes_w,
                     *boost::unit_test::description(
                         "une population : nœuds-cols en w (Iext fixé) contre le compte des points fixes")) {
  for (double Iext : {-10.0, 0.0, 4.0}) {
    const auto sns = saddle_nodes(population(Iext, 0.0), Parameter::w);
    if (!check::that(sns.size() == 2, "deux nœuds-cols pour Iext = " + num(Iext), num(sns.size())))
      continue;
    for (const SaddleNode& sn : sns) {
      const OnePopulation p = population(Iext, sn.value);
      check::that(residual(sn.r, p) <= 1e-12 && std::abs(eigenvalue(sn.r, p) * p.tau) <= 1e-10,
                  "au nœud-col, r* est point fixe et λ = 0" + with(p),
                  "résidu " + num(residual(sn.r, p)) + ", λ·τ = " + num(eigenvalue(sn.r, p) * p.tau));
    }
    // 1 point fixe de part et d'autre, 3 entre les deux.
    const double lo = sns[0].value, hi = sns[1].value, e = 1e-6;
    check::that(count(population(Iext, lo * (1 - e))) == 1 && count(population(Iext, lo * (1 + e))) == 3 &&
                    count(population(Iext, hi * (1 - e))) == 3 && count(population(Iext, hi * (1 + e))) == 1,
                "1, 3, 3, 1 points fixes autour de w = " + num(lo) + " et " + num(hi), "");
  }
  // Au-delà de Iext = Ihalf − 1/κ = 5, plus de bistabilité.
  check::that(saddle_nodes(population(5.5, 0.0), Parameter::w).empty(),
              "aucun nœud-col en w pour Iext = 5,5 > Ihalf − 1/κ", "");
}

BOOST_AUTO_TEST_CASE(one_population_saddle_nodes_Iext,
                     *boost::unit_test::description(
                         "une population : nœuds-cols en Iext (w fixé), bornes de l'hystérésis")) {
  for (double w : {0.03, 0.05, 0.2}) {
    const auto sns = saddle_nodes(population(0.0, w), Parameter::Iext);
    if (!check::that(sns.size() == 2, "deux nœuds-cols pour w = " + num(w), num(sns.size())))
      continue;
    for (const SaddleNode& sn : sns) {
      const OnePopulation p = population(sn.value, w);
      check::that(residual(sn.r, p) <= 1e-12 && std::abs(eigenvalue(sn.r, p) * p.tau) <= 1e-10,
                  "au nœud-col, r* est point fixe et λ = 0" + with(p), "");
    }
    const double lo = sns[0].value, hi = sns[1].value, e = 1e-6 * (hi - lo);
    check::that(count(population(lo - e, w)) == 1 && count(population(lo + e, w)) == 3 &&
                    count(population(hi - e, w)) == 3 && count(population(hi + e, w)) == 1,
                "1, 3, 3, 1 points fixes autour de Iext = " + num(lo) + " et " + num(hi), "");
  }
  // w·rmax·κ ≤ 2 : Φ(Iext + w·r) − r reste décroissante, pas d'hystérésis.
  check::that(saddle_nodes(population(0.0, 0.02), Parameter::Iext).empty(),
              "aucun nœud-col en Iext pour w·rmax·κ = 2", "");
}

BOOST_AUTO_TEST_CASE(one_population_bifurcation_curve,
                     *boost::unit_test::description(
                         "une population : courbe de bifurcation cohérente avec les points fixes")) {
  // La courbe paramétrée par I ne cherche aucune racine : chacun de ses
  // points est un point fixe, et elle coupe chaque verticale autant de fois
  // que fixed_point_rates trouve de points fixes.
  struct Case {
    Parameter which;
    double fixed, vmin, vmax;
  };
  for (const Case& c : {Case{Parameter::w, 0.0, -0.1, 0.2}, Case{Parameter::Iext, 0.05, -40, 20}}) {
    const OnePopulation base = population(c.fixed, c.fixed, 2.0);
    const auto branches = fixed_point_curve(base, c.which, c.vmin, c.vmax);
    check::that(branches.size() == 3, "trois branches : stable, instable, stable",
                num(branches.size()));
    for (const Branch& b : branches)
      for (std::size_t i = 0; i < b.r.size(); ++i) {
        OnePopulation p = base;
        (c.which == Parameter::w ? p.w : p.Iext) = b.value[i];
        const Stability s = stability_of(b.r[i], p);
        check::that(residual(b.r[i], p) <= 1e-9 && (s == Stability::marginal || s == b.stability),
                    "point de branche = point fixe de même stabilité" + with(p),
                    "r = " + num(b.r[i]) + ", " + stability_name(s));
      }
    for (double v = c.vmin + 0.013 * (c.vmax - c.vmin); v < c.vmax; v += 0.07 * (c.vmax - c.vmin)) {
      std::size_t crossings = 0;
      for (const Branch& b : branches)
        for (std::size_t i = 0; i + 1 < b.value.size(); ++i)
          if ((b.value[i] - v) * (b.value[i + 1] - v) < 0) ++crossings;
      OnePopulation p = base;
      (c.which == Parameter::w ? p.w : p.Iext) = v;
      check::that(crossings == count(p), "la courbe coupe la verticale autant que de points fixes" + with(p),
                  num(crossings) + " contre " + num(count(p)));
    }
  }
}

BOOST_AUTO_TEST_CASE(one_population_measured_rate,
                     *boost::unit_test::description(
                         "une population : taux mesuré sur une simulation contre λ")) {
  Stepping s;
  s.method = Method::rk4;
  s.dt = 0.01;
  s.output_dt = 0.05;
  for (double tau : {10.0, 3.0}) {
    const OnePopulation p = population(0.0, 0.05, tau);
    for (const FixedPoint& fp : fixed_point_analysis(p)) {
      // Petite perturbation : régime linéaire, accord serré.
      auto tr = trajectory(p, fp.r * (1 + 1e-5), 20 * tau, s);
      check::close(measured_rate(tr.t, tr.component(0), fp.r) / fp.lambda, 1.0, 1e-3,
                   "taux mesuré / λ depuis r*·(1 + 1e-5), r* = " + num(fp.r) + with(p));
      // La perturbation de 1 % du TD : accord à quelques pour cent.
      tr = trajectory(p, fp.r * 1.01, 20 * tau, s);
      check::close(measured_rate(tr.t, tr.component(0), fp.r) / fp.lambda, 1.0, 0.03,
                   "taux mesuré / λ depuis 1,01·r*, r* = " + num(fp.r) + with(p));
    }
  }
}

BOOST_AUTO_TEST_CASE(one_population_bistability,
                     *boost::unit_test::description(
                         "une population : r0 = 0 et r0 = rmax finissent loin (bistable) ou ensemble")) {
  Stepping s;
  s.method = Method::adaptive;
  s.dt = 0.1;
  s.output_dt = 1.0;
  const auto final_rate = [&](const OnePopulation& p, double r0) {
    return trajectory(p, r0, 50 * p.tau, s).x.back()[0];
  };
  const OnePopulation bistable = population(0.0, 0.05, 5.0);
  const auto rs = fixed_point_rates(bistable);
  check::close(final_rate(bistable, 0.0), rs.front(), 1e-6, "depuis r0 = 0, le point bas" + with(bistable));
  check::close(final_rate(bistable, 500.0), rs.back(), 1e-6, "depuis r0 = rmax, le point haut" + with(bistable));
  const OnePopulation inhibitory = population(20.0, -0.1, 5.0);
  const double r_star = fixed_point_rates(inhibitory).front();
  check::close(final_rate(inhibitory, 0.0), r_star, 1e-6, "depuis r0 = 0" + with(inhibitory));
  check::close(final_rate(inhibitory, 500.0), r_star, 1e-6, "depuis r0 = rmax" + with(inhibitory));
}

BOOST_AUTO_TEST_CASE(one_population_hysteresis,
                     *boost::unit_test::description(
                         "une population : balayage lent aller-retour de Iext, hystérésis entre les nœuds-cols")) {
  Stepping s;
  s.method = Method::rk4;
  s.dt = 0.05;
  const OnePopulation base = population(0.0, 0.05, 2.0);
  const auto sns = saddle_nodes(base, Parameter::Iext);  // Iext ≈ −7,02 et 2,02
  if (!check::that(sns.size() == 2, "deux nœuds-cols en Iext", num(sns.size()))) return;
  std::vector<double> up;
  for (double I = -15.0; I <= 10.0; I += 0.5) up.push_back(I);
  const std::vector<double> down(up.rbegin(), up.rend());
  const auto r_up = quasi_static_sweep(base, Parameter::Iext, up, 0.0, 20 * base.tau, s);
  const auto r_down = quasi_static_sweep(base, Parameter::Iext, down, 500.0, 20 * base.tau, s);
  for (std::size_t i = 0; i < up.size(); ++i) {
    OnePopulation p = base;
    p.Iext = up[i];
    const auto rs = fixed_point_rates(p);
    const double down_here = r_down[up.size() - 1 - i];
    // Loin des nœuds-cols, l'état est le point fixe bas à l'aller, haut au retour.
    if (std::abs(up[i] - sns[0].value) < 1 || std::abs(up[i] - sns[1].value) < 1) continue;
    check::close(r_up[i], rs.front(), 1e-4, "aller : point fixe bas en Iext = " + num(up[i]));
    check::close(down_here, rs.back(), 1e-4, "retour : point fixe haut en Iext = " + num(up[i]));
  }
}

BOOST_AUTO_TEST_CASE(one_population_step_check,
                     *boost::unit_test::description(
                         "une population : pas fixe refusé au-delà de la stabilité (w < 0 raidit)")) {
  // w = −0,5 : relaxation la plus rapide τ/(1 + 0,5·500·0,2/2) = τ/26.
  const auto refused = [](Method m, double dt) {
    OnePopulationRun run;
    run.Iext = {60.0};
    run.w = {0.05, -0.5};
    run.options.stepping.method = m;
    run.options.stepping.dt = dt;
    try {
      validate(run);
    } catch (const UsageError&) {
      return true;
    }
    return false;
  };
  const double fastest = 10.0 / 26;
  check::that(refused(Method::euler, 2.01 * fastest) && !refused(Method::euler, 1.99 * fastest),
              "Euler : refusé pour dt ≥ 2·τ/26", "");
  check::that(refused(Method::rk4, 2.8 * fastest) && !refused(Method::rk4, 2.7 * fastest),
              "RK4 : refusé pour dt ≥ 2,78·τ/26", "");
  check::that(!refused(Method::adaptive, 5.0), "adaptatif : jamais refusé pour cette raison", "");
  // Et la raison est réelle : avec I* = Ihalf (Φ' maximale, r* = 250), Euler
  // diverge juste au-dessus, converge juste en dessous.
  Stepping s;
  s.method = Method::euler;
  const OnePopulation p = population(10.0 + 0.5 * 250.0, -0.5, 10.0);
  const double r_star = fixed_point_rates(p).front();
  s.dt = 2.2 * fastest;
  check::that(std::abs(trajectory(p, r_star + 1, 100, s).x.back()[0] - r_star) > 1,
              "Euler diverge pour dt = 2,2·τ/26", "");
  s.dt = 1.8 * fastest;
  check::close(trajectory(p, r_star + 1, 100, s).x.back()[0], r_star, 1e-6,
               "Euler converge pour dt = 1,8·τ/26");
}
