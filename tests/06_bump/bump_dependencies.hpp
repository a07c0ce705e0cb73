// Question 06 : chaque fonction de l'exercice comparée en silence à la
// bibliothèque, pour les cas qui passent par elle (check::needs), et la
// piste d'un cas trop lent.
#pragma once

#include "td4/q06_bump.hpp"

#include "check.hpp"
#include "ring_cases.hpp"
#include "tape.hpp"

#include <algorithm>
#include <cmath>

namespace td4::testing {

// Un petit anneau où chaque terme compte (J0, J1, Iext, τ ≠ 1).
inline Ring probe_ring() {
  RingParams p = params(24, -0.6, 1.4, 6.0);
  p.Iext = 2.0;
  return Ring(p);
}

inline std::vector<double> probe_rates(const Ring& ring) {
  std::vector<double> r(ring.size());
  for (std::size_t i = 0; i < r.size(); ++i) r[i] = 60.0 + 45.0 * std::cos(2.1 * i + 0.3);
  return r;
}

inline bool recurrent_input_is_right() {
  const Ring ring = probe_ring();
  const std::vector<double> r = probe_rates(ring);
  std::vector<double> mine, dense;
  q06::recurrent_input(ring, r, mine);
  ring.recurrent_input_dense(r, dense);
  if (mine.size() != dense.size()) return false;
  for (std::size_t i = 0; i < dense.size(); ++i)
    if (!(std::abs(mine[i] - dense[i]) <= 1e-10 * std::max(1.0, std::abs(dense[i])))) return false;
  return true;
}

// Sans bruit : ri + (dt/τ)·(Φ(Iext + stim_i + entrée_i) − ri), avec l'entrée de référence.
inline bool euler_step_is_right() {
  const Ring ring = probe_ring();
  const RingParams& p = ring.params();
  const std::vector<double> r = probe_rates(ring), stim = ring.cue_profile({40.0, 5.0, 0.0, 1.0});
  std::vector<double> input, next = r;
  ring.recurrent_input_dense(r, input);
  std::mt19937_64 engine(1);
  q06::euler_step(ring, next, stim, 0.4, 0.0, engine);
  for (std::size_t i = 0; i < r.size(); ++i) {
    const double expected = r[i] + 0.4 / p.tau * (ring.rate(p.Iext + stim[i] + input[i]) - r[i]);
    if (!(std::abs(next[i] - expected) <= 1e-10 * std::max(1.0, std::abs(expected)))) return false;
  }
  // Avec du bruit, chaque population a le sien : les écarts au pas sans bruit
  // (de l'ordre de √(dt/tau)) ne sont pas tous égaux, aux arrondis près.
  std::vector<double> noisy = r;
  q06::euler_step(ring, noisy, stim, 0.4, 1.0, engine);
  for (std::size_t i = 1; i < r.size(); ++i)
    if (std::abs((noisy[i] - next[i]) - (noisy[0] - next[0])) > 1e-6) return true;
  return false;
}

inline bool decode_position_is_right() {
  const Ring ring = probe_ring();
  const std::vector<double> r = probe_rates(ring);
  return std::abs(q06::decode_position(ring, r) - decode_position_deg(r, ring)) <= 1e-9;
}

// Un appel pour N = 4096 sous 1 ms (le plus court de trois au plus), comme
// le cas du coût : une double boucle en prend des centaines. Mesuré une fois.
inline bool recurrent_input_is_fast() {
  static const bool fast = [] {
    const Ring ring(params(4096, -0.5, 1.0, 10.0));
    const std::vector<double> r(ring.size(), 50.0);
    std::vector<double> out;
    double best = 1e9;
    for (int k = 0; k < 3; ++k) {
      best = std::min(best, tape::timed_ms([&] { q06::recurrent_input(ring, r, out); }));
      if (best < 1.0 || best > 50.0) break;  // la réponse est claire
    }
    return best < 1.0;
  }();
  return fast;
}

// Un cas qui fait des milliers de pas : avec une entrée récurrente en O(N²),
// il s'arrête tout de suite en renvoyant au cas du coût (au lieu de tourner
// jusqu'à sa limite de temps) ; s'il la dépasse quand même, il y renvoie aussi.
inline bool cost_first() {
  check::if_too_slow(
      "chaque pas appelle recurrent_input ; en O(N²) (une double boucle), la simulation est "
      "N fois trop lente : voyez d'abord le cas « entrée récurrente : en O(N), pas en O(N²) ».");
  return check::that(recurrent_input_is_fast(),
                     "ce cas fait des milliers de pas : il attend une entrée récurrente en O(N)",
                     "recurrent_input prend plus de 1 ms pour N = 4096 (une double boucle ?)",
                     "corrigez d'abord le coût de recurrent_input (le cas « en O(N), pas en "
                     "O(N²) », plus haut) ; ce cas sera vérifié ensuite.");
}

// Les cas qui simulent : les fonctions dont ils dépendent d'abord.
inline bool simulation_can_start() {
  return check::needs("recurrent_input", recurrent_input_is_right()) && cost_first() &&
         check::needs("euler_step", euler_step_is_right()) &&
         check::needs("decode_position", decode_position_is_right());
}

}  // namespace td4::testing
