// La vitesse des calculs du cahier (Google Benchmark) : les intégrateurs
// (échantillons par seconde, Euler, RK4, Dormand–Prince contrôlé) sur une population
// et sur la paire E–I, et la recherche de tous les points fixes d'une
// population (seule, et le long d'un balayage de w). L'anneau a son propre
// banc d'essai, bench_ring.
//
//   cmake --build build --target bench_numerique && build/bin/bench_numerique
#include "td4/integrate.hpp"
#include "td4/one_population.hpp"
#include "td4/transfer.hpp"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

td4::OnePopulation population(double w) {
  td4::OnePopulation p;
  p.w = w;
  p.tau = 10.0;
  return p;
}

// Une population, dr/dt = (Φ(Iext + w·r) − r)/τ : un état de taille 1.
td4::System one_population(const td4::OnePopulation& p) {
  return [p](const td4::State& x, td4::State& dxdt, double) {
    dxdt[0] = (td4::phi(p.Iext + p.w * x[0], p.transfer) - x[0]) / p.tau;
  };
}

// La paire E–I du TD (wII = 0) : un état de taille 2.
td4::System ei_pair() {
  const td4::Transfer phi;
  return [phi](const td4::State& x, td4::State& dxdt, double) {
    const double tauE = 10.0, tauI = 10.0, wEE = 0.1, wEI = -0.1, wIE = 0.1;
    dxdt[0] = (td4::phi(5.0 + wEE * x[0] + wEI * x[1], phi) - x[0]) / tauE;
    dxdt[1] = (td4::phi(-20.0 + wIE * x[0], phi) - x[1]) / tauI;
  };
}

// 1000 ms échantillonnées tous les 0,01 ms (10⁵ échantillons), chacun
// observé comme pour un tracé. Pour Euler et RK4 un échantillon est un pas ;
// la méthode adaptative choisit ses pas et interpole aux échantillons.
// « f/s » compte les évaluations du second membre : le vrai travail.
void steps(benchmark::State& state, td4::Method method, const td4::System& f, std::size_t n) {
  td4::Stepping s;
  s.method = method;
  s.dt = 0.01;
  double samples = 0, evaluations = 0;
  const td4::System counted = [&f, &evaluations](const td4::State& x, td4::State& d, double t) {
    ++evaluations;
    f(x, d, t);
  };
  for (auto _ : state) {
    td4::State x(n, 1.0);
    long count = 0;
    td4::integrate(counted, x, 0.0, 1000.0, s, [&count](const td4::State&, double) { ++count; });
    benchmark::DoNotOptimize(x.data());
    samples += static_cast<double>(count - 1);
  }
  state.counters["echantillons/s"] = benchmark::Counter(samples, benchmark::Counter::kIsRate);
  state.counters["f/s"] = benchmark::Counter(evaluations, benchmark::Counter::kIsRate);
}

void population_euler(benchmark::State& s) { steps(s, td4::Method::euler, one_population(population(0.05)), 1); }
void population_rk4(benchmark::State& s) { steps(s, td4::Method::rk4, one_population(population(0.05)), 1); }
void population_adaptive(benchmark::State& s) { steps(s, td4::Method::adaptive, one_population(population(0.05)), 1); }
void pair_euler(benchmark::State& s) { steps(s, td4::Method::euler, ei_pair(), 2); }
void pair_rk4(benchmark::State& s) { steps(s, td4::Method::rk4, ei_pair(), 2); }
void pair_adaptive(benchmark::State& s) { steps(s, td4::Method::adaptive, ei_pair(), 2); }

// Tous les points fixes et leur stabilité : un cas bistable (trois points).
void fixed_points_bistable(benchmark::State& state) {
  const td4::OnePopulation p = population(0.05);
  for (auto _ : state) benchmark::DoNotOptimize(td4::fixed_point_analysis(p));
  state.counters["recherches/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Le balayage d'un diagramme de bifurcation : 1000 valeurs de w.
void fixed_points_sweep(benchmark::State& state) {
  std::vector<double> w(1000);
  for (std::size_t i = 0; i < w.size(); ++i) w[i] = -0.2 + 0.3 * static_cast<double>(i) / 999.0;
  const td4::OnePopulation p = population(0.0);
  for (auto _ : state) benchmark::DoNotOptimize(td4::sweep(p, td4::Parameter::w, w));
  state.counters["recherches/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * w.size()), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(population_euler)->Name("integration/population/euler")->Unit(benchmark::kMillisecond);
BENCHMARK(population_rk4)->Name("integration/population/rk4")->Unit(benchmark::kMillisecond);
BENCHMARK(population_adaptive)->Name("integration/population/adaptatif")->Unit(benchmark::kMillisecond);
BENCHMARK(pair_euler)->Name("integration/paire_EI/euler")->Unit(benchmark::kMillisecond);
BENCHMARK(pair_rk4)->Name("integration/paire_EI/rk4")->Unit(benchmark::kMillisecond);
BENCHMARK(pair_adaptive)->Name("integration/paire_EI/adaptatif")->Unit(benchmark::kMillisecond);
BENCHMARK(fixed_points_bistable)->Name("points_fixes/bistable")->Unit(benchmark::kMicrosecond);
BENCHMARK(fixed_points_sweep)->Name("points_fixes/balayage_1000_w")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
