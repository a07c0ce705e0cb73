// L'anneau de référence (td4/ring.hpp) contre des résultats indépendants :
// la somme dense, des formes fermées (vecteur de population, processus
// d'Ornstein–Uhlenbeck, taux de croissance linéaire), des symétries.
#include "td4/ring.hpp"

#include "check.hpp"
#include "ring_cases.hpp"

#include <cmath>
#include <numbers>
#include <random>

using namespace td4;
using namespace td4::testing;
using check::num;

namespace {

constexpr double pi = std::numbers::pi;

}  // namespace

BOOST_AUTO_TEST_CASE(ring_input_rank3_equals_dense,
                     *boost::unit_test::description(
                         "anneau : l'entrée récurrente en O(N) égale la somme dense")) {
  std::mt19937_64 engine(7);
  std::uniform_real_distribution<double> rate(0.0, 500.0);
  for (std::size_t N : {3u, 64u, 257u}) {
    const Ring ring(params(N, -0.7, 1.3, 7.0));
    std::vector<double> r(N), fast, dense;
    for (double& x : r) x = rate(engine);
    ring.recurrent_input(r, fast);
    ring.recurrent_input_dense(r, dense);
    for (std::size_t i = 0; i < N; ++i)
      check::close(fast[i], dense[i], 1e-12,
                   "Σj W_ij·rj, i = " + num(i) + ", N = " + num(N));
  }
}

BOOST_AUTO_TEST_CASE(ring_rate_and_derivative,
                     *boost::unit_test::description(
                         "anneau : Φ logistique = td4::phi, dérivée = (Φ(entrée) − r)/tau")) {
  RingParams p = params(50, -0.4, 0.9, 7.0);
  p.Iext = 3.0;
  p.phi = {80.0, -3.0, 0.7};
  const Ring ring(p);
  for (double I = -60; I <= 60; I += 0.25)
    check::close(ring.rate(I), phi(I, p.phi), 1e-13, "Φ(" + num(I) + ")");
  std::vector<double> r(p.N), input, drdt;
  for (std::size_t i = 0; i < p.N; ++i) r[i] = 40.0 + 30.0 * std::sin(3.0 * i);
  const Cue cue{30.0, 6.0, 0.0, 1.0};
  const std::vector<double> stim = ring.cue_profile(cue);
  ring.recurrent_input_dense(r, input);
  ring.derivative(r, stim, drdt);
  for (std::size_t i = 0; i < p.N; ++i)
    check::close(drdt[i], (phi(p.Iext + stim[i] + input[i], p.phi) - r[i]) / p.tau, 1e-12,
                 "dri/dt, i = " + num(i) + " (tau = 7)");
  check::close(stim[0], 6.0 * 0.5 * (1.0 + std::cos(-pi - pi / 6)), 1e-14,
               "stimulus en θ0 = −π");
}

BOOST_AUTO_TEST_CASE(ring_decoder_closed_form,
                     *boost::unit_test::description(
                         "anneau : vecteur de population et amplitude A1 d'un profil en cosinus")) {
  const Ring ring(params(90, 0, 0, 10));
  for (double psi : {-170.0, -90.0, 0.0, 37.0, 135.0, 179.0}) {
    // r = rmax·(1 + cos(θ − ψ))/2 : décodé en ψ, A1 = 2·(N·rmax/4)/(N·rmax) = 1/2.
    std::vector<double> r(ring.size());
    const double rmax = ring.params().phi.rmax;
    for (std::size_t i = 0; i < r.size(); ++i)
      r[i] = 0.5 * rmax * (1.0 + std::cos(ring.theta()[i] - psi * pi / 180));
    check::close(decode_position_deg(r, ring), psi, 1e-9, "position de 1 + cos(θ − ψ)");
    check::close(bump_amplitude(r, ring), 0.5, 1e-12, "A1 de rmax·(1 + cos(θ − ψ))/2");
  }
  check::close(bump_amplitude(std::vector<double>(90, 3.0), ring), 0.0, 1e-12,
               "A1 d'une activité uniforme");
}

BOOST_AUTO_TEST_CASE(ring_linear_growth_rate,
                     *boost::unit_test::description(
                         "anneau : le mode cos croît au taux (J1·Φ'(I0)/2 − 1)/tau")) {
  for (double factor : {0.6, 1.4}) {
    RingParams p = params(64, -0.5, 1.0, 7.0);
    p.J1 = factor * critical_J1(p);
    const Ring ring(p);
    const double r0 = uniform_rate(p);
    check::close(phi(p.Iext + p.J0 * r0, p.phi), r0, 1e-12, "r0 = Φ(Iext + J0·r0)");
    std::vector<double> r(p.N);
    for (std::size_t i = 0; i < p.N; ++i) r[i] = r0 + 1e-6 * std::cos(ring.theta()[i] - 1.0);
    RingSimulation s;
    s.tmax = 20.0;
    s.stepping = {Method::rk4, 0.01, 0.0};
    s.record_activity = false;
    const RingRun run = simulate_ring(ring, r, s);
    // Le logarithme de l'amplitude du mode croît linéairement.
    const double measured = std::log(run.amplitude.back() / run.amplitude.front()) / s.tmax;
    const double expected =
        (p.J1 * phi_prime(p.Iext + p.J0 * r0, p.phi) / 2 - 1) / p.tau;
    // Comparés en unités de 1/tau (|taux·tau| < 1 : tolérance absolue 1e-3).
    check::close(measured * p.tau, expected * p.tau, 1e-3,
                 "taux de croissance × tau, J1 = " + num(factor) + "·J1c (tau = 7)");
  }
}

BOOST_AUTO_TEST_CASE(ring_bump_stays_at_cue,
                     *boost::unit_test::description(
                         "anneau : sans bruit, le bump reste à l'angle du stimulus")) {
  for (double tau : {10.0, 4.0}) {
    const RingParams p = params(128, -0.5, 1.0, tau);
    const Ring ring(p);
    for (double angle : {-150.0, -30.0, 0.0, 60.0, 100.0}) {
      const RingRun run = simulate_ring(ring, uniform(p), cued(angle, 1000));
      const double step = 360.0 / p.N;
      check::that(std::abs(angle_gap(run.position_deg.back(), angle)) <= step,
                  "position finale à moins d'un pas (" + num(step) + "°) de " + num(angle) +
                      "° (tau = " + num(tau) + ")",
                  num(run.position_deg.back()));
      check::that(bump_persists(run.final_r, ring), "bump persistant",
                  "A1 = " + num(run.amplitude.back()));
      // Après le stimulus, la position ne bouge presque plus (sur une grille
      // finie, le bump glisse très lentement vers une position préférée).
      for (std::size_t k = 0; k < run.t.size(); ++k)
        if (run.t[k] > 300 && !check::that(std::abs(angle_gap(run.position_deg[k],
                                                                run.position_deg.back())) < step / 10,
                                            "position presque immobile à t = " + num(run.t[k]),
                                            num(run.position_deg[k])))
          break;
    }
  }
}

BOOST_AUTO_TEST_CASE(ring_rotation,
                     *boost::unit_test::description(
                         "anneau : tourner le stimulus de k pas tourne tout le profil")) {
  const RingParams p = params(96, -0.5, 1.0, 7.0);
  const Ring ring(p);
  const double step = 360.0 / p.N;
  const RingRun a = simulate_ring(ring, uniform(p), cued(20.0, 600));
  for (int k : {5, 31, -40}) {
    const RingRun b = simulate_ring(ring, uniform(p), cued(20.0 + k * step, 600));
    check::close(angle_gap(b.position_deg.back(), a.position_deg.back()), k * step, 1e-6,
                 "rotation de la position, k = " + num(k));
    for (std::size_t i = 0; i < p.N; ++i) {
      const std::size_t j = (i + p.N + k) % p.N;
      if (!check::close(b.final_r[j], a.final_r[i], 1e-6, "profil tourné, unité " + num(i)))
        break;
    }
  }
}

BOOST_AUTO_TEST_CASE(ring_no_bump_for_small_J1,
                     *boost::unit_test::description(
                         "anneau : pas de bump persistant pour J1 petit")) {
  const RingParams p = params(128, -0.5, 0.5, 7.0);
  check::that(p.J1 < critical_J1(p), "J1 sous le seuil linéaire", num(critical_J1(p)));
  const Ring ring(p);
  const RingRun run = simulate_ring(ring, uniform(p), cued(45.0, 1000));
  check::that(run.amplitude[0] < 1e-12, "état de départ uniforme", num(run.amplitude[0]));
  check::that(run.amplitude[30] > 1e-3, "le stimulus module l'activité (t = 150 ms)",
              num(run.amplitude[30]));
  check::that(!bump_persists(run.final_r, ring) && run.amplitude.back() < 1e-6,
              "l'activité redevient uniforme", "A1 = " + num(run.amplitude.back()));
}

BOOST_AUTO_TEST_CASE(ring_methods_agree,
                     *boost::unit_test::description(
                         "anneau : Euler (ordre 1), RK4 et Dormand–Prince concordent")) {
  // Sans stimulus (discontinu en temps), depuis un profil qui devient un bump.
  const RingParams p = params(64, -0.5, 1.0, 7.0);
  const Ring ring(p);
  std::vector<double> r0(p.N);
  for (std::size_t i = 0; i < p.N; ++i) r0[i] = 5.0 + 100.0 * (1.0 + std::cos(ring.theta()[i] - 0.5));
  RingSimulation s;
  s.tmax = 60.0;
  s.record_activity = false;
  s.stepping = {Method::adaptive, 0.1, 10.0, 1e-10, 1e-10};
  const std::vector<double> ref = simulate_ring(ring, r0, s).final_r;
  const auto error = [&](Method m, double dt) {
    s.stepping = {m, dt, 10.0};
    const std::vector<double> r = simulate_ring(ring, r0, s).final_r;
    double e = 0;
    for (std::size_t i = 0; i < r.size(); ++i) e = std::max(e, std::abs(r[i] - ref[i]));
    return e;
  };
  check::that(error(Method::rk4, 0.05) < 1e-5, "RK4 (dt = 0,05) proche de Dormand–Prince",
              num(error(Method::rk4, 0.05)));
  const double order = std::log2(error(Method::euler, 0.02) / error(Method::euler, 0.01));
  check::close(order, 1.0, 0.1, "ordre observé d'Euler sur l'anneau");
}

BOOST_AUTO_TEST_CASE(ring_noise_ornstein_uhlenbeck,
                     *boost::unit_test::description(
                         "anneau : sans couplage, le bruit donne la variance d'Ornstein–Uhlenbeck")) {
  // J0 = J1 = 0 : chaque taux suit x ← x + a·(Φ(Iext) − x) + σ·√a·ξ, a = dt/tau,
  // de variance stationnaire σ²·a/(1 − (1 − a)²) = σ²/(2 − a).
  for (double dt : {0.5, 0.1}) {
    RingParams p = params(512, 0.0, 0.0, 5.0);
    p.Iext = p.phi.Ihalf;  // Φ = rmax/2, loin de 0
    const Ring ring(p);
    RingSimulation s;
    s.noise = 4.0;
    s.seed = 11;
    s.tmax = 4000.0 * dt;
    s.stepping = {Method::euler, dt, 40 * dt};  // un échantillon tous les 40 pas
    const RingRun run = simulate_ring(ring, std::vector<double>(p.N, p.phi.rmax / 2), s);
    double sum2 = 0;
    std::size_t n = 0;
    for (std::size_t k = 2; k < run.r.size(); ++k)
      for (double x : run.r[k]) {
        sum2 += (x - p.phi.rmax / 2) * (x - p.phi.rmax / 2);
        ++n;
      }
    const double a = dt / p.tau;
    check::close(sum2 / n, s.noise * s.noise / (2 - a), 0.03,
                 "variance stationnaire, dt = " + num(dt) + " (tau = 5, σ = 4)");
  }
}

BOOST_AUTO_TEST_CASE(ring_noise_reproducible,
                     *boost::unit_test::description(
                         "anneau : même graine, même résultat ; graines différentes, résultats différents")) {
  const RingParams p = params(64, -0.5, 1.0, 7.0);
  const Ring ring(p);
  RingSimulation s = cued(0.0, 600);
  s.noise = 10.0;
  s.seed = 3;
  const RingRun a = simulate_ring(ring, uniform(p), s), b = simulate_ring(ring, uniform(p), s);
  check::that(a.final_r == b.final_r, "graine 3 deux fois : états finaux identiques", "différents");
  s.seed = 4;
  const RingRun c = simulate_ring(ring, uniform(p), s);
  check::that(c.position_deg.back() != a.position_deg.back(), "graines 3 et 4 : positions différentes",
              num(c.position_deg.back()));
}

BOOST_AUTO_TEST_CASE(ring_noise_diffusion,
                     *boost::unit_test::description(
                         "anneau : avec du bruit, la position diffuse au taux prédit")) {
  // La position du bump est neutre (attracteur continu) : le bruit la fait
  // diffuser. Les déplacements sur 50 ms, après le stimulus, ont une variance
  // Dψ·50 ms ; et var(ψ(t) − ψ(300 ms)) croît avec t.
  const RingParams p = params(128, -0.5, 1.0, 7.0);
  const Ring ring(p);
  RingSimulation s = cued(0.0, 2000);
  const double window = 50.0;
  s.stepping.output_dt = window;
  const std::vector<double> bump = simulate_ring(ring, uniform(p), s).final_r;
  s.noise = 20.0;
  // En deg²/s : check::close compare à max(1, |attendu|) près, il faut des valeurs > 1.
  const double expected = bump_diffusion(bump, ring, s.noise) * std::pow(180 / pi, 2) * 1000;
  double sum2 = 0;
  int n = 0;
  std::vector<double> spread(3, 0.0);  // var(ψ(t) − ψ(300)) en t = 600, 1200, 2000
  const int seeds = 8;
  for (int seed = 1; seed <= seeds; ++seed) {
    s.seed = seed;
    const RingRun run = simulate_ring(ring, uniform(p), s);
    check::that(bump_persists(run.final_r, ring), "le bump persiste malgré le bruit (graine " +
                num(seed) + ")", "A1 = " + num(run.amplitude.back()));
    for (std::size_t k = 6; k + 1 < run.t.size(); ++k) {  // t ≥ 300 ms
      sum2 += std::pow(angle_gap(run.position_deg[k + 1], run.position_deg[k]), 2);
      ++n;
    }
    const auto shift = [&](std::size_t k) { return angle_gap(run.position_deg[k], run.position_deg[6]); };
    spread[0] += std::pow(shift(12), 2) / seeds;
    spread[1] += std::pow(shift(24), 2) / seeds;
    spread[2] += std::pow(shift(40), 2) / seeds;
  }
  check::close(sum2 / n / window * 1000, expected, 0.25,
               "Dψ mesuré (deg²/s, " + num(n) + " déplacements ; σ = 20 Hz, tau = 7)",
               "le bruit doit être σ·√(dt/tau)·ξ à chaque pas d'Euler–Maruyama.");
  check::that(spread[0] > 0 && spread[0] < spread[1] && spread[1] < spread[2],
              "var(ψ(t) − ψ(300 ms)) croissante en t = 600, 1200, 2000 ms",
              num(spread[0]) + ", " + num(spread[1]) + ", " + num(spread[2]));
}

BOOST_AUTO_TEST_CASE(ring_refuses_bad_settings,
                     *boost::unit_test::description(
                         "anneau : refuse N < 3, un état de mauvaise taille, du bruit hors Euler")) {
  bool thrown = false;
  try {
    Ring bad(params(2, 0, 1, 10));
  } catch (const std::invalid_argument&) {
    thrown = true;
  }
  check::that(thrown, "N = 2 refusé", "accepté");
  const RingParams p = params(16, -0.5, 1.0, 10);
  const Ring ring(p);
  RingSimulation s = cued(0, 100);
  s.noise = 1;
  s.stepping.method = Method::rk4;
  thrown = false;
  try {
    simulate_ring(ring, uniform(p), s);
  } catch (const std::invalid_argument&) {
    thrown = true;
  }
  check::that(thrown, "bruit avec RK4 refusé", "accepté");
  thrown = false;
  try {
    simulate_ring(ring, std::vector<double>(15, 1.0), cued(0, 100));
  } catch (const std::invalid_argument&) {
    thrown = true;
  }
  check::that(thrown, "état de taille N − 1 refusé", "accepté");
}
