// Les repères à deux paramètres (td4/landmarks.hpp) contre des résultats
// indépendants : la forme close de la fronce et les nœuds-cols d'une
// population, la jacobienne au point fixe pour Hopf, des simulations pour
// les régions de la carte E–I et le J1 critique de l'anneau.
#include "td4/ei_plots.hpp"  // hopf_point, pour comparer
#include "td4/landmarks.hpp"
#include "td4/maps.hpp"
#include "td4/one_population.hpp"
#include "td4/oscillation.hpp"

#include "check.hpp"
#include "ring_cases.hpp"

#include <cmath>
#include <utility>

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {

const Transfer other_phis[] = {{80.0, -3.0, 0.7}, {200.0, 5.0, 0.05}, {500.0, 10.0, 0.2}};

std::string with(const Transfer& t) {
  return " (rmax = " + num(t.rmax) + ", Ihalf = " + num(t.Ihalf) + ", κ = " + num(t.kappa) + ")";
}

// Le point fixe de q le plus proche de rE.
const EIFixedPoint* nearest(const std::vector<EIFixedPoint>& fps, double rE) {
  const EIFixedPoint* best = nullptr;
  for (const EIFixedPoint& fp : fps)
    if (!best || std::abs(fp.rE - rE) < std::abs(best->rE - rE)) best = &fp;
  return best;
}

// Des couples E–I qui ont des bifurcations de Hopf le long de wEE, avec
// τE ≠ τI ≠ 1 et, pour l'un, wII < 0.
std::vector<EIPair> hopf_cases() {
  EIPair a;  // les valeurs par défaut de la question 05
  EIPair b;
  b.transfer = {100.0, 2.0, 0.5};
  b.IextE = -1.0;
  b.IextI = -8.0;
  b.wEI = -0.5;
  b.wIE = 0.4;
  b.wII = -0.05;
  b.tauE = 6.0;
  b.tauI = 15.0;
  return {a, b};
}

}  // namespace

BOOST_AUTO_TEST_CASE(cusp_closed_form,
                     *boost::unit_test::description(
                         "fronce : r = rmax/2, w = 2/(rmax·κ), Iext = Ihalf − w·rmax/2")) {
  for (const Transfer& t : other_phis) {
    const Cusp c = cusp(t);
    const double w = 2.0 / (t.rmax * t.kappa);
    check::close(c.r, t.rmax / 2, 1e-12, "r de la fronce" + with(t));
    check::close(c.w, w, 1e-12, "w de la fronce" + with(t));
    check::close(c.Iext, t.Ihalf - w * t.rmax / 2, 1e-12, "Iext de la fronce" + with(t));
  }
}

BOOST_AUTO_TEST_CASE(cusp_where_saddle_nodes_meet,
                     *boost::unit_test::description(
                         "fronce : les deux nœuds-cols en Iext s'y rejoignent, et n'existent "
                         "pas en dessous")) {
  for (const Transfer& t : other_phis) {
    const Cusp c = cusp(t);
    OnePopulation p;
    p.transfer = t;
    p.tau = 7.0;
    p.w = c.w * (1 + 1e-8);
    const auto sn = saddle_nodes(p, Parameter::Iext);
    if (check::that(sn.size() == 2, "deux nœuds-cols juste au-dessus de la fronce" + with(t),
                    num(sn.size()) + " trouvés"))
      for (const SaddleNode& s : sn) {
        // L'écart à la fronce est d'ordre (w − wc)^(3/2) en Iext, (w − wc)^(1/2) en r.
        check::close(s.value, c.Iext, 1e-7, "Iext du nœud-col près de la fronce" + with(t));
        check::close(s.r / t.rmax, 0.5, 1e-2, "r/rmax du nœud-col près de la fronce" + with(t));
      }
    p.w = c.w * (1 - 1e-8);
    check::that(saddle_nodes(p, Parameter::Iext).empty(),
                "aucun nœud-col juste sous la fronce" + with(t), "");
  }
}

BOOST_AUTO_TEST_CASE(saddle_node_curves_are_saddle_nodes,
                     *boost::unit_test::description(
                         "fronce : chaque point des deux courbes est un nœud-col de la "
                         "population (Iext, w)")) {
  for (const Transfer& t : other_phis) {
    const Cusp c = cusp(t);
    const auto curves = saddle_node_curves(t, 4 * c.w, 50);
    if (!check::that(curves.size() == 2, "deux courbes" + with(t), num(curves.size()))) continue;
    for (std::size_t side = 0; side < 2; ++side)
      for (std::size_t k = 5; k < curves[side].x.size(); k += 5) {
        OnePopulation p;
        p.transfer = t;
        p.w = curves[side].y[k];
        const auto sn = saddle_nodes(p, Parameter::Iext);
        // saddle_nodes trie par Iext : l'état haut disparaît au plus petit.
        check::close(sn.at(side).value, curves[side].x[k], 1e-9,
                     "Iext du nœud-col pour w = " + num(p.w) + with(t));
      }
  }
}

BOOST_AUTO_TEST_CASE(hopf_points_trace_zero,
                     *boost::unit_test::description(
                         "Hopf : au point fixe, trace de J nulle à 1e-10 près, déterminant "
                         "positif, et la trace change de signe de part et d'autre")) {
  for (const EIPair& p : hopf_cases()) {
    const auto hs = hopf_points(p, EIParameter::wEE, 0.0, 1.0);
    check::that(!hs.empty(), "au moins une bifurcation de Hopf pour wEE dans [0, 1]", "aucune");
    for (const HopfPoint& h : hs) {
      EIPair q = p;
      q.wEE = h.value;
      const std::vector<EIFixedPoint> fps = fixed_point_analysis(q);
      const EIFixedPoint* fp = nearest(fps, h.rE);
      if (!check::that(fp != nullptr && std::abs(fp->rE - h.rE) < 1e-6,
                       "un point fixe en rE = " + num(h.rE) + " pour wEE = " + num(h.value),
                       fp ? "le plus proche : " + num(fp->rE) : "aucun"))
        continue;
      check::that(std::abs(fp->J.trace()) <= 1e-10,
                  "|trace de J| ≤ 1e-10 en wEE = " + num(h.value) + " (tauE = " + num(p.tauE) +
                      ", tauI = " + num(p.tauI) + ")",
                  num(fp->J.trace()));
      // La trace par différences finies des équations : indépendante de la jacobienne.
      const double h_E = 1e-5 * p.transfer.rmax, h_I = h_E;
      const double fd_trace =
          (flow_E(q, fp->rE + h_E, fp->rI) - flow_E(q, fp->rE - h_E, fp->rI)) / (2 * h_E) +
          (flow_I(q, fp->rE, fp->rI + h_I) - flow_I(q, fp->rE, fp->rI - h_I)) / (2 * h_I);
      check::that(std::abs(fd_trace) <= 1e-7, "trace par différences finies nulle en wEE = " +
                      num(h.value), num(fd_trace));
      check::that(fp->J.determinant() > 0, "déterminant > 0 en wEE = " + num(h.value),
                  num(fp->J.determinant()));
      double side[2];
      for (int s = 0; s < 2; ++s) {
        q.wEE = h.value + (s ? 1e-4 : -1e-4);
        side[s] = nearest(fixed_point_analysis(q), h.rE)->J.trace();
      }
      check::that((side[0] < 0) != (side[1] < 0),
                  "la trace change de signe entre wEE = " + num(h.value) + " ∓ 1e-4",
                  num(side[0]) + " puis " + num(side[1]));
    }
  }
}

BOOST_AUTO_TEST_CASE(hopf_points_agree_with_bisection,
                     *boost::unit_test::description(
                         "Hopf : la première valeur égale celle de hopf_point (dichotomie "
                         "sur la trace, autre méthode) à 1e-8 près")) {
  for (const EIPair& p : hopf_cases())
    for (auto [field, which] : {std::pair{&EIPair::wEE, EIParameter::wEE},
                                std::pair{&EIPair::IextE, EIParameter::IextE}}) {
      const double lo = which == EIParameter::wEE ? 0.0 : p.IextE - 20;
      const double hi = which == EIParameter::wEE ? 0.3 : p.IextE + 20;
      const auto hs = hopf_points(p, which, lo, hi);
      const double reference = hopf_point(p, field, lo, hi);
      if (!std::isfinite(reference)) continue;  // pas de point fixe unique et complexe
      if (check::that(!hs.empty(), "une bifurcation de Hopf trouvée", "aucune"))
        check::close(hs.front().value, reference, 1e-8, "valeur de Hopf");
    }
}

BOOST_AUTO_TEST_CASE(ei_map_regions_match_simulations,
                     *boost::unit_test::description(
                         "carte E–I : là où la carte annonce un cycle limite, la simulation "
                         "oscille ; là où elle annonce un seul point fixe stable, non")) {
  // Quelques points de la carte des valeurs par défaut, de part et d'autre
  // de la courbe de Hopf (tauE = 10, tauI = 8).
  EIPair p;
  p.tauI = 8.0;
  int cycles = 0, quiet = 0;
  for (double wEE : {0.02, 0.06, 0.1, 0.14})
    for (double IextE : {-10.0, 0.0, 5.0, 15.0}) {
      EIPair q = p;
      q.wEE = wEE;
      q.IextE = IextE;
      const std::string region = fixed_point_summary(fixed_point_analysis(q));
      const bool cycle_expected = region == "1 point fixe, instable : cycle limite";
      if (!cycle_expected && region != "1 point fixe, stable") continue;
      const Trajectory tr = trajectory(q, 1.0, 1.0, 2000.0, Stepping{Method::rk4, 0.05, 0.5});
      const Oscillation o = measure_oscillation(tr.t, tr.component(0), 1000.0);
      check::that(o.sustained == cycle_expected,
                  "wEE = " + num(wEE) + ", IextE = " + num(IextE) + " : « " + region + " »",
                  o.sustained ? "la simulation oscille" : "la simulation n'oscille pas");
      ++(cycle_expected ? cycles : quiet);
    }
  check::that(cycles >= 2 && quiet >= 2, "des points des deux régions ont été essayés",
              num(cycles) + " cycles, " + num(quiet) + " sans cycle");
}

BOOST_AUTO_TEST_CASE(ring_critical_J1_growth_changes_sign,
                     *boost::unit_test::description(
                         "anneau : le mode cos de l'état uniforme décroît juste sous J1 "
                         "critique et croît juste au-dessus (simulation, tau = 7)")) {
  RingParams p = params(64, -0.8, 1.0, 7.0);
  p.Iext = 2.0;
  p.phi = {120.0, 6.0, 0.3};
  const double J1c = critical_J1(p);
  for (double factor : {0.97, 1.03}) {
    p.J1 = factor * J1c;
    const Ring ring(p);
    const double r0 = uniform_rate(p);
    std::vector<double> r(p.N);
    for (std::size_t i = 0; i < p.N; ++i) r[i] = r0 + 1e-6 * p.phi.rmax * ring.cos_theta()[i];
    RingSimulation s;
    s.tmax = 60.0;
    s.stepping = {Method::rk4, 0.05, 0.5};
    s.record_activity = false;
    const RingRun run = simulate_ring(ring, r, s);
    const double rate = measured_rate(run.t, run.amplitude, 0.0);
    check::that(factor < 1 ? rate < 0 : rate > 0,
                "taux de croissance du mode cos pour J1 = " + num(factor) + "·J1c" + with(p),
                num(rate) + " /ms");
    // L'écart attendu, ±0,03/(2·tau) ≈ 2e-3 /ms, bien plus grand que l'erreur de mesure.
    check::close(rate * p.tau, factor - 1, 1e-4, "taux × tau = J1/J1c − 1" + with(p));
  }
}

BOOST_AUTO_TEST_CASE(ring_verdicts,
                     *boost::unit_test::description(
                         "anneau : verdict uniforme loin sous J1 critique, bump spontané "
                         "au-dessus, bump allumé qui persiste pour les valeurs du TD")) {
  RingParams p = params(64, -0.5, 1.0, 10.0);
  check::that(ring_verdict(p) == RingVerdict::cued_bump,
              "J0 = −0,5, J1 = 1 (< J1c = " + num(critical_J1(p)) + ") : bump allumé persistant",
              num(static_cast<int>(ring_verdict(p))));
  p.J1 = 0.5 * critical_J1(p);
  check::that(ring_verdict(p) == RingVerdict::uniform, "J1 = J1c/2 : uniforme",
              num(static_cast<int>(ring_verdict(p))));
  p.J1 = 1.5 * critical_J1(p);
  p.tau = 6.0;
  check::that(ring_verdict(p) == RingVerdict::spontaneous_bump,
              "J1 = 1,5·J1c (tau = 6) : bump spontané", num(static_cast<int>(ring_verdict(p))));
}
