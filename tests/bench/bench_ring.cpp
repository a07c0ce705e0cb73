// Le coût d'un pas d'Euler de l'anneau, en ns par unité et par pas, selon N :
// l'entrée récurrente par le rang 3 (O(N)) contre la somme dense (O(N²)),
// avec la matrice W rangée en mémoire, ou recalculée (la référence des tests).
//
//   bench_ring --benchmark_counters_tabular=true
#include "td4/ring.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <ctime>
#include <vector>

namespace {

enum class Input { rank3, dense_stored, dense_reference };

td4::Ring make_ring(benchmark::State& state) {
  td4::RingParams p;
  p.N = static_cast<std::size_t>(state.range(0));
  return td4::Ring(p);
}

// Temps CPU (du processus) par unité et par pas, en ns, mesuré autour de
// la boucle de Google Benchmark : `start` vient de std::clock().
void per_unit_step(benchmark::State& state, std::clock_t start, double unit_steps) {
  const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  state.counters["ns/unite/pas"] = seconds * 1e9 / unit_steps;
}

// Un bump comme état de départ : le coût ne dépend pas de l'état, mais
// autant mesurer dans le régime utile.
std::vector<double> bump(const td4::Ring& ring) {
  std::vector<double> r(ring.size());
  for (std::size_t i = 0; i < r.size(); ++i) r[i] = 250.0 * (1.0 + std::cos(ring.theta()[i]));
  return r;
}

// Un pas : entrée récurrente, puis ri ← ri + (dt/tau)·(Φ(Iext + entrée) − ri).
template <Input kind>
void step(benchmark::State& state) {
  const td4::Ring ring = make_ring(state);
  const td4::RingParams& p = ring.params();
  const std::size_t N = p.N;
  std::vector<double> r = bump(ring), input(N), W;
  if (kind == Input::dense_stored) {
    W.resize(N * N);
    for (std::size_t i = 0; i < N; ++i)
      for (std::size_t j = 0; j < N; ++j)
        W[i * N + j] = (p.J0 + p.J1 * std::cos(ring.theta()[i] - ring.theta()[j])) / N;
  }
  const double a = 0.1 / p.tau;
  const std::clock_t start = std::clock();
  for (auto _ : state) {
    if constexpr (kind == Input::rank3) {
      ring.recurrent_input(r, input);
    } else if constexpr (kind == Input::dense_stored) {
      for (std::size_t i = 0; i < N; ++i) {
        double s = 0.0;
        for (std::size_t j = 0; j < N; ++j) s += W[i * N + j] * r[j];
        input[i] = s;
      }
    } else {
      ring.recurrent_input_dense(r, input);
    }
    for (std::size_t i = 0; i < N; ++i) r[i] += a * (ring.rate(p.Iext + input[i]) - r[i]);
    benchmark::DoNotOptimize(r.data());
    benchmark::ClobberMemory();
  }
  per_unit_step(state, start, static_cast<double>(state.iterations()) * static_cast<double>(N));
}

// Toute une simulation (td4::simulate, Euler, sans bruit puis avec bruit),
// pour le coût réel par unité et par pas, enregistrement compris.
void simulation(benchmark::State& state) {
  const td4::Ring ring = make_ring(state);
  td4::RingSimulation s;
  s.tmax = 100.0;
  s.noise = static_cast<double>(state.range(1));
  s.stepping.output_dt = 5.0;
  s.cue = {0.0, 20.0, 10.0, 30.0};
  const std::vector<double> r0(ring.size(), td4::uniform_rate(ring.params()));
  const std::clock_t start = std::clock();
  for (auto _ : state) benchmark::DoNotOptimize(td4::simulate_ring(ring, r0, s));
  const double steps = s.tmax / s.stepping.dt;
  per_unit_step(state, start,
                static_cast<double>(state.iterations()) * steps * static_cast<double>(ring.size()));
}

}  // namespace

BENCHMARK(step<Input::rank3>)->Name("pas/rang3")->RangeMultiplier(4)->Range(64, 4096);
BENCHMARK(step<Input::dense_stored>)->Name("pas/dense_W_en_memoire")->RangeMultiplier(4)->Range(64, 4096);
BENCHMARK(step<Input::dense_reference>)->Name("pas/dense_reference")->RangeMultiplier(4)->Range(64, 1024);
BENCHMARK(simulation)->Name("simulation")->ArgsProduct({{256, 2048}, {0, 10}});

BENCHMARK_MAIN();
