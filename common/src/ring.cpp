#include "td4/ring.hpp"

#include "td4/work.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <stdexcept>
#include <type_traits>

namespace td4 {

namespace {

constexpr double pi = std::numbers::pi;

// Les trois moments dont dépend l'entrée récurrente.
struct Moments {
  double sum = 0.0, cos = 0.0, sin = 0.0;
};

Moments moments(const std::vector<double>& r, const Ring& ring) {
  const double* c = ring.cos_theta().data();
  const double* s = ring.sin_theta().data();
  Moments m;
  for (std::size_t j = 0; j < r.size(); ++j) {
    m.sum += r[j];
    m.cos += r[j] * c[j];
    m.sin += r[j] * s[j];
  }
  return m;
}

void check_size(const std::vector<double>& r, const Ring& ring) {
  if (r.size() != ring.size())
    throw std::invalid_argument("anneau : l'état doit avoir N composantes");
}

}  // namespace

Ring::Ring(const RingParams& p) : p_(p) {
  if (p_.N < 3) throw std::invalid_argument("anneau : il faut N ≥ 3");
  theta_.resize(p_.N);
  cos_.resize(p_.N);
  sin_.resize(p_.N);
  for (std::size_t i = 0; i < p_.N; ++i) {
    theta_[i] = -pi + 2.0 * pi * static_cast<double>(i) / static_cast<double>(p_.N);
    cos_[i] = std::cos(theta_[i]);
    sin_[i] = std::sin(theta_[i]);
  }
}

void Ring::recurrent_input(const std::vector<double>& r, std::vector<double>& out) const {
  check_size(r, *this);
  const Moments m = moments(r, *this);
  const double n = static_cast<double>(p_.N);
  const double u0 = p_.J0 * m.sum / n, uc = p_.J1 * m.cos / n, us = p_.J1 * m.sin / n;
  out.resize(p_.N);
  for (std::size_t i = 0; i < p_.N; ++i) out[i] = u0 + uc * cos_[i] + us * sin_[i];
}

void Ring::recurrent_input_dense(const std::vector<double>& r,
                                 std::vector<double>& out) const {
  check_size(r, *this);
  const double n = static_cast<double>(p_.N);
  out.assign(p_.N, 0.0);
  for (std::size_t i = 0; i < p_.N; ++i)
    for (std::size_t j = 0; j < p_.N; ++j)
      out[i] += (p_.J0 + p_.J1 * std::cos(theta_[i] - theta_[j])) / n * r[j];
}

std::vector<double> Ring::cue_profile(const Cue& c) const {
  const double center = c.angle_deg * pi / 180.0;
  std::vector<double> I(p_.N);
  for (std::size_t i = 0; i < p_.N; ++i)
    I[i] = c.amplitude * 0.5 * (1.0 + std::cos(theta_[i] - center));
  return I;
}

void Ring::derivative(const std::vector<double>& r, const std::vector<double>& stim,
                      std::vector<double>& drdt) const {
  recurrent_input(r, drdt);
  const bool cued = !stim.empty();
  for (std::size_t i = 0; i < p_.N; ++i)
    drdt[i] = (rate(p_.Iext + (cued ? stim[i] : 0.0) + drdt[i]) - r[i]) / p_.tau;
}

double decode_position_deg(const std::vector<double>& r, const Ring& ring) {
  check_size(r, ring);
  const Moments m = moments(r, ring);
  return std::atan2(m.sin, m.cos) * 180.0 / pi;
}

double bump_amplitude(const std::vector<double>& r, const Ring& ring) {
  check_size(r, ring);
  const Moments m = moments(r, ring);
  return 2.0 * std::hypot(m.cos, m.sin) /
         (static_cast<double>(ring.size()) * ring.params().phi.rmax);
}

bool bump_persists(const std::vector<double>& r, const Ring& ring) {
  return bump_amplitude(r, ring) > persistence_threshold;
}

double uniform_rate(const RingParams& p) {
  // f(r) = Φ(Iext + J0·r) − r : f(0) ≥ 0, f(rmax) ≤ 0.
  // Jusqu'à ce que l'intervalle ne contienne plus de double entre ses bornes.
  double lo = 0.0, hi = p.phi.rmax;
  for (int k = 0; k < 2000; ++k) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (phi(p.Iext + p.J0 * mid, p.phi) - mid > 0.0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

double critical_J1(const RingParams& p) {
  return 2.0 / phi_prime(p.Iext + p.J0 * uniform_rate(p), p.phi);
}

double bump_diffusion(const std::vector<double>& bump, const Ring& ring, double noise) {
  check_size(bump, ring);
  const RingParams& p = ring.params();
  const Moments m = moments(bump, ring);
  const double psi = std::atan2(m.sin, m.cos);
  const double A = p.J1 * std::hypot(m.cos, m.sin) / static_cast<double>(p.N);
  std::vector<double> input;
  ring.recurrent_input(bump, input);
  double s2 = 0.0, slope = 0.0;
  for (std::size_t i = 0; i < p.N; ++i) {
    const double s = std::sin(ring.theta()[i] - psi);
    s2 += s * s;
    slope += phi_prime(p.Iext + input[i], p.phi) * s * s;
  }
  return noise * noise / p.tau * s2 / (A * A * slope * slope);
}

namespace {

// Euler (Euler–Maruyama s'il y a du bruit), écrit pour la vitesse :
// deux passages sur les N taux par pas, ni std::function ni allocation.
template <class Record>
void euler_loop(const Ring& ring, std::vector<double>& r, const RingSimulation& s,
                std::size_t n, std::size_t every, Record record) {
  const RingParams& p = ring.params();
  const double N = static_cast<double>(p.N);
  const double* c = ring.cos_theta().data();
  const double* sn = ring.sin_theta().data();
  const std::vector<double> cue = ring.cue_profile(s.cue);
  const std::vector<double> no_cue(p.N, 0.0);
  std::mt19937_64 engine(s.seed);
  std::normal_distribution<double> xi(0.0, 1.0);
  const double dt = s.stepping.dt;

  // Les moments de r sont cumulés pendant la mise à jour : un seul passage
  // sur les N taux par pas.
  Moments m = moments(r, ring);
  for (std::size_t k = 0; k < n; ++k) {
    const double t = static_cast<double>(k) * dt;
    const double h = (k + 1 == n) ? s.tmax - t : dt;
    const double a = h / p.tau;
    const double kick = s.noise * std::sqrt(h / p.tau);
    const double u0 = p.Iext + p.J0 * m.sum / N;
    const double uc = p.J1 * m.cos / N, us = p.J1 * m.sin / N;
    const double* stim = s.cue.on(t) ? cue.data() : no_cue.data();
    double* x = r.data();
    Moments next;
    auto sweep = [&](auto noisy) {
      for (std::size_t i = 0; i < p.N; ++i) {
        const double I = u0 + uc * c[i] + us * sn[i] + stim[i];
        double y = x[i] + a * (ring.rate(I) - x[i]);
        if constexpr (decltype(noisy)::value) y += kick * xi(engine);
        x[i] = y;
        next.sum += y;
        next.cos += y * c[i];
        next.sin += y * sn[i];
      }
    };
    if (kick > 0.0)
      sweep(std::true_type{});
    else
      sweep(std::false_type{});
    m = next;
    count_work(N);
    if ((k + 1) % every == 0 || k + 1 == n) record(r, t + h);
  }
}

// RK4 classique, sans bruit.
template <class Record>
void rk4_loop(const Ring& ring, std::vector<double>& r, const RingSimulation& s,
              std::size_t n, std::size_t every, Record record) {
  const std::size_t N = ring.size();
  std::vector<double> k1(N), k2(N), k3(N), k4(N), y(N);
  const std::vector<double> cue = ring.cue_profile(s.cue), no_cue;
  auto stim = [&](double t) -> const std::vector<double>& { return s.cue.on(t) ? cue : no_cue; };
  const double dt = s.stepping.dt;
  for (std::size_t k = 0; k < n; ++k) {
    const double t = static_cast<double>(k) * dt;
    const double h = (k + 1 == n) ? s.tmax - t : dt;
    ring.derivative(r, stim(t), k1);
    for (std::size_t i = 0; i < N; ++i) y[i] = r[i] + 0.5 * h * k1[i];
    ring.derivative(y, stim(t + 0.5 * h), k2);
    for (std::size_t i = 0; i < N; ++i) y[i] = r[i] + 0.5 * h * k2[i];
    ring.derivative(y, stim(t + 0.5 * h), k3);
    for (std::size_t i = 0; i < N; ++i) y[i] = r[i] + h * k3[i];
    ring.derivative(y, stim(t + h), k4);
    for (std::size_t i = 0; i < N; ++i)
      r[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
    count_work(3.0 * static_cast<double>(N));  // quatre évaluations, trois fois le coût d'Euler
    if ((k + 1) % every == 0 || k + 1 == n) record(r, t + h);
  }
}

}  // namespace

RingRun simulate_ring(const Ring& ring, std::vector<double> r, const RingSimulation& s) {
  check_size(r, ring);
  const Stepping& st = s.stepping;
  if (!(st.dt > 0.0) || !(s.tmax > 0.0) || !(s.noise >= 0.0) || !std::isfinite(s.tmax))
    throw std::invalid_argument("anneau : il faut dt > 0, tmax > 0 et un bruit ≥ 0");
  if (s.noise > 0.0 && st.method != Method::euler)
    throw std::invalid_argument("anneau : avec du bruit, seule la méthode euler "
                                "(Euler–Maruyama) convient");

  RingRun run;
  auto record = [&](const std::vector<double>& x, double t) {
    run.t.push_back(t);
    run.position_deg.push_back(decode_position_deg(x, ring));
    run.amplitude.push_back(bump_amplitude(x, ring));
    if (s.record_activity) run.r.push_back(x);
  };
  record(r, 0.0);

  const std::size_t n = static_cast<std::size_t>(std::max(1.0, std::ceil(s.tmax / st.dt - 1e-9)));
  const std::size_t every =
      st.output_dt > 0 ? std::max<std::size_t>(1, std::lround(st.output_dt / st.dt)) : 1;
  switch (st.method) {
    case Method::euler: euler_loop(ring, r, s, n, every, record); break;
    case Method::rk4: rk4_loop(ring, r, s, n, every, record); break;
    case Method::adaptive: {
      // Le stimulus est discontinu en temps : le pas adaptatif s'y ajuste.
      const std::vector<double> cue = ring.cue_profile(s.cue), no_cue;
      const System f = [&](const State& x, State& dxdt, double t) {
        ring.derivative(x, s.cue.on(t) ? cue : no_cue, dxdt);
      };
      Stepping out = st;
      if (!(out.output_dt > 0)) out.output_dt = st.dt;
      integrate(f, r, 0.0, s.tmax, out, [&](const State& x, double t) {
        if (t > 0.0) record(x, t);
      });
      break;
    }
  }
  run.final_r = std::move(r);
  return run;
}

}  // namespace td4
