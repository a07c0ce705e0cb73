// Question 02 : dr/dt, le pas d'Euler, l'intégration, et le comportement
// d'une population inhibitrice, comparés à la formule, à une intégration
// de référence (Dormand–Prince à 1e-12) et à l'ordre de convergence. Un cas
// qui passe par une autre fonction de l'exercice vérifie d'abord celle-ci.
#include "td4/q02_inhibiteur.hpp"

#include "check.hpp"
#include "inhibiteur_checks.hpp"
#include "one_population_cases.hpp"

#include <cmath>

using namespace td4;
using namespace td4::q02;
using namespace td4::testing;
using check::num;

namespace {
const auto& cases = inhibitory_cases;

// r(tmax) de référence : Dormand–Prince contrôlé à 1e-12.
double reference(const OnePopulation& p, double r0, double tmax) {
  Stepping s;
  s.method = Method::adaptive;
  s.dt = 0.01;
  s.output_dt = tmax;
  s.abs_tol = s.rel_tol = 1e-12;
  return trajectory(p, r0, tmax, s).x.back()[0];
}

// r(tmax) par la bibliothèque, avec cette méthode et ce pas.
double library(const OnePopulation& p, double r0, double tmax, Method m, double dt) {
  Stepping s;
  s.method = m;
  s.dt = dt;
  return trajectory(p, r0, tmax, s).x.back()[0];
}

// Sans suspect reconnu : la formule attendue, sans supposer l'erreur.
const char* parentheses_hint =
    "dr/dt = (Φ(Iext + w·r) − r)/τ, avec p.Iext, p.w, p.tau et Φ = td4::phi(I, p.transfer).";

// Les dr/dt faux que l'on reconnaît, chacun avec sa piste.
std::vector<check::Suspect> drdt_suspects(double r, const OnePopulation& p) {
  const double Phi = phi(p.Iext + p.w * r, p.transfer);
  return {{-r + Phi / p.tau, "seul Φ est divisé par τ : mettez toute la différence Φ − r entre "
                             "parenthèses, (Φ − r)/τ."},
          {Phi - r, "la division par τ manque : dr/dt = (Φ − r)/τ."},
          {(Phi - r) * p.tau, "(Φ − r) est multiplié par τ : il faut le diviser par τ."},
          {(r - Phi) / p.tau, "le signe est inversé : dr/dt = (Φ − r)/τ, positive quand r est "
                              "sous Φ."},
          {(phi(p.Iext - p.w * r, p.transfer) - r) / p.tau,
           "le courant est Iext + w·r, avec le signe de w tel quel (w < 0 inhibe déjà)."},
          {(phi(p.Iext, p.transfer) - r) / p.tau,
           "le courant récurrent w·r manque : Φ(Iext + w·r)."},
          {(phi(p.w * r, p.transfer) - r) / p.tau,
           "le courant extérieur Iext manque : Φ(Iext + w·r)."},
          {Phi / p.tau, "le terme −r manque : dr/dt = (Φ − r)/τ."},
          {(Phi - r) / (p.tau / 1000), "τ est en ms, comme t : ne le convertissez pas en secondes."},
          {(Phi - r) / (p.tau * 1000), "τ est en ms, comme t : ne le multipliez pas par 1000."}};
}
}  // namespace

BOOST_AUTO_TEST_CASE(drdt_formula,
                     *boost::unit_test::description("dr/dt = (Φ(Iext + w·r) − r)/τ")) {
  for (const OnePopulation& p : cases)
    for (double r : {0.0, 7.5, 40.0, 0.6 * p.transfer.rmax}) {
      const double expected = (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;
      check::close(drdt(r, p), expected, 1e-12, "dr/dt en r = " + num(r) + with(p),
                   parentheses_hint, drdt_suspects(r, p));
    }
}

BOOST_AUTO_TEST_CASE(drdt_zero_at_fixed_point,
                     *boost::unit_test::description("dr/dt s'annule au point fixe, change de signe autour")) {
  for (const OnePopulation& p : cases)
    for (double r_star : fixed_point_rates(p)) {
      // Le signe autour de r* ne dit rien de plus si dr/dt(r*) est déjà faux.
      if (check::close(drdt(r_star, p), 0.0, 1e-9, "dr/dt(r*) = 0 en r* = " + num(r_star) + with(p),
                       parentheses_hint, drdt_suspects(r_star, p)) &&
          p.w < 0)
        check::that(drdt(r_star - 1.0, p) > 0 && drdt(r_star + 1.0, p) < 0,
                    "dr/dt > 0 sous r*, < 0 au-dessus" + with(p),
                    num(drdt(r_star - 1.0, p)) + " et " + num(drdt(r_star + 1.0, p)),
                    "dr/dt = (Φ − r)/τ est positive quand r est sous Φ : regardez l'ordre "
                    "de la différence Φ − r.");
    }
}

BOOST_AUTO_TEST_CASE(euler_one_step,
                     *boost::unit_test::description("un pas d'Euler : r + dt·dr/dt")) {
  if (!check::needs("drdt", drdt_is_right())) return;
  for (const OnePopulation& p : cases)
    for (double dt : {0.01, 0.3})
      for (double r : {0.0, 50.0}) {
        const double f = flow(r, p);
        check::close(euler_step(r, dt, p), r + dt * f, 1e-12,
                     "pas d'Euler depuis r = " + num(r) + ", dt = " + num(dt) + with(p),
                     "r(t + dt) = r(t) + dt·dr/dt.",
                     {{r + f, "la pente n'est pas multipliée par dt : r + dt·dr/dt."},
                      {dt * f, "il manque le point de départ r : r(t + dt) = r + dt·dr/dt."},
                      {r - dt * f, "le pas va à contre-pente : r + dt·dr/dt, avec un +."},
                      {r + f / dt, "la pente est divisée par dt au lieu d'être multipliée."}});
      }
}

BOOST_AUTO_TEST_CASE(euler_times,
                     *boost::unit_test::description("Euler à la main : t = 0, dt, 2·dt, …, tmax")) {
  const OnePopulation p = cases[1];
  // 2,1/0,3 vaut 7,000000000000001 en double : sans le « − 1e-9 », un pas de trop.
  for (auto [tmax, dt] : {std::pair{10.0, 0.5}, std::pair{10.0, 0.3}, std::pair{2.1, 0.3}}) {
    const Trajectory tr = euler(p, 3.0, tmax, dt);
    const std::size_t n = static_cast<std::size_t>(std::ceil(tmax / dt - 1e-9));
    if (!check::that(tr.t.size() == n + 1 && tr.x.size() == n + 1,
                     num(n + 1) + " points pour tmax = " + num(tmax) + ", dt = " + num(dt),
                     num(tr.t.size()) + " temps, " + num(tr.x.size()) + " états",
                     tr.t.size() == n + 2
                         ? "un point de trop : la boucle va de k = 1 à n = ⌈tmax/dt − 1e-9⌉ inclus "
                           "(le « − 1e-9 » évite un pas de longueur nulle quand tmax/dt vaut "
                           "7,000000000000001)."
                     : tr.t.size() == n ? "un point manque : le point de départ (t = 0, r0), "
                                          "puis un par pas, pour k = 1 … n inclus."
                                        : "un point au départ, puis un par pas ; le dernier pas "
                                          "finit en tmax."))
      continue;
    check::that(tr.t.front() == 0.0 && tr.x.front()[0] == 3.0, "départ en t = 0, r = r0",
                "t = " + num(tr.t.front()) + ", r = " + num(tr.x.front()[0]));
    check::close(tr.t.back(), tmax, 1e-12, "dernier temps = tmax (dt = " + num(dt) + ")",
                 "raccourcissez le dernier pas : t = min(k·dt, tmax).",
                 {{n * dt, "le dernier temps est n·dt, au-delà de tmax : t = min(k·dt, tmax)."}});
    check::close(tr.t[1], dt, 1e-12, "deuxième temps = dt");
  }
}

BOOST_AUTO_TEST_CASE(euler_states,
                     *boost::unit_test::description(
                         "Euler à la main : chaque pas part du point d'avant, le dernier raccourci")) {
  if (!check::needs("drdt", drdt_is_right()) || !check::needs("euler_step", euler_step_is_right()))
    return;
  // tmax = 2,2 n'est pas un multiple de dt = 0,3 : le dernier pas dure 0,1.
  const double tmax = 2.2, dt = 0.3, r0 = 3.0;
  for (const OnePopulation& p : {cases[1], cases[3]}) {
    const Trajectory tr = euler(p, r0, tmax, dt);
    const std::size_t n = static_cast<std::size_t>(std::ceil(tmax / dt - 1e-9));
    if (tr.x.size() != n + 1) continue;  // le cas des temps le signale
    double r = r0, t = 0.0;
    for (std::size_t k = 1; k < n; ++k, t += dt) r += dt * flow(r, p);
    const double last = tmax - t;
    check::close(tr.x[1][0], r0 + dt * flow(r0, p), 1e-12, "r après le premier pas" + with(p),
                 "chaque pas part du dernier état gardé, tr.x.back()[0].");
    check::close(tr.x.back()[0], r + last * flow(r, p), 1e-12,
                 "r(tmax), le dernier pas durant " + num(last) + " ms" + with(p),
                 "chaque pas part du dernier état gardé et dure t − tr.t.back().",
                 {{r + dt * flow(r, p), "le dernier pas a duré dt au lieu de tmax − t : "
                                        "raccourcissez-le (sa durée est t − tr.t.back())."},
                  {r, "le dernier pas n'a pas été fait : le dernier état est celui d'avant."}});
  }
}

BOOST_AUTO_TEST_CASE(euler_first_order,
                     *boost::unit_test::description("Euler à la main : erreur d'ordre 1 en dt")) {
  if (!check::needs("drdt", drdt_is_right()) || !check::needs("euler_step", euler_step_is_right()))
    return;
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
  if (!check::needs("drdt", drdt_is_right())) return;
  // Sans suspect reconnu, seulement ce qui est attendu et où regarder.
  const char* pass_s = "simulate renvoie td4::integrate(f, r0, 0.0, tmax, s), où f(r, t) = "
                       "drdt(r, p) : regardez la lambda et les arguments passés à integrate.";
  const char* ignored = "passez `s` tel quel à td4::integrate (il porte la méthode et le pas).";
  const char* swapped = "c'est dr/dt évaluée en t au lieu de r : la lambda reçoit (r, t), "
                        "dans cet ordre.";
  // dr/dt évaluée au temps t et non au taux r : les arguments de la lambda inversés.
  const auto in_time = [](const OnePopulation& p, double r0, double tmax, Method m, double dt) {
    Stepping s;
    s.method = m;
    s.dt = dt;
    s.abs_tol = s.rel_tol = 1e-12;
    return integrate([&p](double, double t) { return flow(t, p); }, r0, 0.0, tmax, s).x.back()[0];
  };
  for (const OnePopulation& p : cases) {
    const double tmax = 3 * p.tau, dt = p.tau / 100, r0 = 0.7 * p.transfer.rmax;
    const double exact = reference(p, r0, tmax);
    const double by_euler = library(p, r0, tmax, Method::euler, dt);
    const std::vector<check::Suspect> ignores_s = {
        {by_euler, "c'est le résultat d'Euler : la méthode de `s` est ignorée ; " +
                       std::string(ignored)},
        {reference(p, 0.0, tmax), "c'est la trajectoire depuis r0 = 0 : partez de r0."},
        {in_time(p, r0, tmax, Method::rk4, dt), swapped}};
    Stepping s;
    s.dt = dt;
    s.method = Method::rk4;
    check::close(simulate(p, r0, tmax, s).x.back()[0], exact, 1e-6,
                 "RK4 contre la référence" + with(p), pass_s, ignores_s);
    s.method = Method::adaptive;
    check::close(simulate(p, r0, tmax, s).x.back()[0], exact, 1e-6,
                 "adaptatif contre la référence" + with(p), pass_s, ignores_s);
    s.method = Method::euler;
    const Trajectory tr = simulate(p, r0, tmax, s);
    check::close(tr.x.back()[0], by_euler, 1e-9, "--methode euler = Euler de la bibliothèque" + with(p),
                 pass_s,
                 {{exact, "c'est le résultat exact, pas celui d'Euler : la méthode de `s` est "
                          "ignorée ; " + std::string(ignored)},
                  {library(p, 0.0, tmax, Method::euler, dt),
                   "c'est la trajectoire depuis r0 = 0 : partez de r0."},
                  {in_time(p, r0, tmax, Method::euler, dt), swapped}});
    check::close(tr.t.back(), tmax, 1e-12, "la simulation finit en tmax",
                 "intégrez de 0.0 à tmax.");
  }
}

BOOST_AUTO_TEST_CASE(inhibitory_single_state,
                     *boost::unit_test::description(
                         "w < 0 : depuis r0 = 0 et r0 = rmax, le même état final r*")) {
  if (!check::needs("drdt", drdt_is_right()) || !check::needs("simulate", simulate_is_right()))
    return;
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
