// Question 02 : dr/dt, le pas d'Euler, l'intégration, et le comportement
// d'une population inhibitrice, comparés à la formule, à une intégration
// de référence (Dormand–Prince à 1e-12) et à l'ordre de convergence.
#include "td4/q02_inhibiteur.hpp"

#include "check.hpp"
#include "one_population_cases.hpp"

#include <cmath>

using namespace td4;
using namespace td4::q02;
using namespace td4::testing;
using check::num;

namespace {
// Des paramètres loin des valeurs par défaut, et τ ≠ 1 : une constante en
// dur, des parenthèses oubliées autour de τ ou un signe de w inversé se voient.
const OnePopulation cases[] = {population(20.0, -0.1, 10.0), population(5.0, -0.5, 3.0),
                               population(-2.0, 0.03, 0.5), population(1.0, -0.8, 7.0, {80.0, -3.0, 0.7})};

// r(tmax) de référence : Dormand–Prince contrôlé à 1e-12.
double reference(const OnePopulation& p, double r0, double tmax) {
  Stepping s;
  s.method = Method::adaptive;
  s.dt = 0.01;
  s.output_dt = tmax;
  s.abs_tol = s.rel_tol = 1e-12;
  return trajectory(p, r0, tmax, s).x.back()[0];
}

const char* parentheses_hint =
    "dr/dt = (Φ(Iext + w·r) − r)/τ : c'est toute la différence qui est divisée par τ "
    "(et non −r + Φ/τ) ; le courant est Iext + w·r, avec le signe de w tel quel.";
}  // namespace

BOOST_AUTO_TEST_CASE(drdt_formula,
                     *boost::unit_test::description("dr/dt = (Φ(Iext + w·r) − r)/τ")) {
  for (const OnePopulation& p : cases)
    for (double r : {0.0, 7.5, 40.0, 0.6 * p.transfer.rmax}) {
      const double expected = (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;
      check::close(drdt(r, p), expected, 1e-12, "dr/dt en r = " + num(r) + with(p),
                   parentheses_hint);
    }
}

BOOST_AUTO_TEST_CASE(drdt_zero_at_fixed_point,
                     *boost::unit_test::description("dr/dt s'annule au point fixe, change de signe autour")) {
  for (const OnePopulation& p : cases)
    for (double r_star : fixed_point_rates(p)) {
      check::close(drdt(r_star, p), 0.0, 1e-9, "dr/dt(r*) = 0 en r* = " + num(r_star) + with(p),
                   parentheses_hint);
      if (p.w < 0)
        check::that(drdt(r_star - 1.0, p) > 0 && drdt(r_star + 1.0, p) < 0,
                    "dr/dt > 0 sous r*, < 0 au-dessus" + with(p),
                    num(drdt(r_star - 1.0, p)) + " et " + num(drdt(r_star + 1.0, p)),
                    "vérifiez le signe de −r dans dr/dt.");
    }
}

BOOST_AUTO_TEST_CASE(euler_one_step,
                     *boost::unit_test::description("un pas d'Euler : r + dt·dr/dt")) {
  for (const OnePopulation& p : cases)
    for (double dt : {0.01, 0.3})
      for (double r : {0.0, 50.0}) {
        check::close(euler_step(r, dt, p), r + dt * flow(r, p), 1e-12,
                     "pas d'Euler depuis r = " + num(r) + ", dt = " + num(dt) + with(p),
                     "r(t + dt) = r(t) + dt·dr/dt : la pente est multipliée par dt.");
      }
}

BOOST_AUTO_TEST_CASE(euler_times,
                     *boost::unit_test::description("Euler à la main : t = 0, dt, 2·dt, …, tmax")) {
  const OnePopulation p = cases[1];
  for (auto [tmax, dt] : {std::pair{10.0, 0.5}, std::pair{10.0, 0.3}, std::pair{1.0, 0.1}}) {
    const Trajectory tr = euler(p, 3.0, tmax, dt);
    const std::size_t n = static_cast<std::size_t>(std::ceil(tmax / dt - 1e-9));
    if (!check::that(tr.t.size() == n + 1 && tr.x.size() == n + 1,
                     num(n + 1) + " points pour tmax = " + num(tmax) + ", dt = " + num(dt),
                     num(tr.t.size()) + " temps, " + num(tr.x.size()) + " états",
                     "un point au départ, puis un par pas ; le dernier pas finit en tmax."))
      continue;
    check::that(tr.t.front() == 0.0 && tr.x.front()[0] == 3.0, "départ en t = 0, r = r0",
                "t = " + num(tr.t.front()) + ", r = " + num(tr.x.front()[0]));
    check::close(tr.t.back(), tmax, 1e-12, "dernier temps = tmax (dt = " + num(dt) + ")",
                 "raccourcissez le dernier pas : t = min(k·dt, tmax).");
    check::close(tr.t[1], dt, 1e-12, "deuxième temps = dt");
  }
}

BOOST_AUTO_TEST_CASE(euler_first_order,
                     *boost::unit_test::description("Euler à la main : erreur d'ordre 1 en dt")) {
  // Plus grand écart à la référence sur [0, τ], pour dt puis dt/2 : il doit
  // être divisé par 2. dt est petit devant 1/|λ| pour être dans le régime
  // asymptotique, même pour le cas raide (κ = 0,7, w = −0,8).
  for (const OnePopulation& p : {cases[0], cases[3]}) {
    const double tmax = p.tau, dt = p.tau / 2000;
    Stepping s;
    s.method = Method::adaptive;
    s.dt = s.output_dt = dt / 2;
    s.abs_tol = s.rel_tol = 1e-12;
    const Trajectory ref = trajectory(p, 0.0, tmax, s);
    const auto max_error = [&](const Trajectory& tr, std::size_t stride) {
      double e = 0;
      for (std::size_t k = 0; k < tr.x.size() && k * stride < ref.x.size(); ++k)
        e = std::max(e, std::abs(tr.x[k][0] - ref.x[k * stride][0]));
      return e;
    };
    const double e1 = max_error(euler(p, 0.0, tmax, dt), 2);
    const double e2 = max_error(euler(p, 0.0, tmax, dt / 2), 1);
    check::close(std::log2(e1 / e2), 1.0, 0.1,
                 "ordre observé (erreur divisée par 2 quand dt l'est)" + with(p),
                 "si l'erreur ne diminue pas avec dt, le pas n'est pas r + dt·dr/dt, ou les "
                 "temps ne sont pas les bons.");
    check::close(e1 / p.transfer.rmax, 0.0, 0.01, "Euler proche de la référence" + with(p));
  }
}

BOOST_AUTO_TEST_CASE(simulate_methods,
                     *boost::unit_test::description(
                         "intégrateur de la bibliothèque : Euler, RK4 et adaptatif")) {
  for (const OnePopulation& p : cases) {
    const double tmax = 3 * p.tau, exact = reference(p, 0.0, tmax);
    Stepping s;
    s.dt = p.tau / 100;
    s.method = Method::rk4;
    check::close(simulate(p, 0.0, tmax, s).x.back()[0], exact, 1e-6,
                 "RK4 contre la référence" + with(p),
                 "passez `s` tel quel à td4::integrate, avec votre drdt.");
    s.method = Method::adaptive;
    check::close(simulate(p, 0.0, tmax, s).x.back()[0], exact, 1e-6,
                 "adaptatif contre la référence" + with(p));
    s.method = Method::euler;
    const Trajectory tr = simulate(p, 0.0, tmax, s);
    check::close(tr.x.back()[0], euler(p, 0.0, tmax, s.dt).x.back()[0], 1e-9,
                 "--methode euler = votre Euler à la main" + with(p));
    check::close(tr.t.back(), tmax, 1e-12, "la simulation finit en tmax");
  }
}

BOOST_AUTO_TEST_CASE(inhibitory_single_state,
                     *boost::unit_test::description(
                         "w < 0 : depuis r0 = 0 et r0 = rmax, le même état final r*")) {
  Stepping s;
  s.method = Method::rk4;
  for (double Iext : {-10.0, 10.0, 35.0})
    for (double w : {-0.02, -0.3, -2.0}) {
      const OnePopulation p = population(Iext, w, 3.0);
      s.dt = p.tau / 50;
      // λ·τ = w·Φ' − 1 ≤ −1 : en 30·τ l'écart est divisé par e³⁰.
      const double tmax = 30 * p.tau, r_star = fixed_point_rates(p).front();
      for (double r0 : {0.0, p.transfer.rmax})
        check::close(simulate(p, r0, tmax, s).x.back()[0], r_star, 1e-6,
                     "r(tmax) = r* depuis r0 = " + num(r0) + with(p),
                     "avec w < 0, dr/dt décroît en r : un seul point fixe, qui attire tout.");
    }
}
