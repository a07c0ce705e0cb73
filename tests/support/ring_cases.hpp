// Ce que partagent les tests de l'anneau (06 et libtd4) : construire un cas,
// le décrire dans un message, allumer un bump par un stimulus, et comparer
// des angles.
#pragma once

#include "check.hpp"
#include "td4/ring.hpp"

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace td4::testing {

inline RingParams params(std::size_t N, double J0, double J1, double tau) {
  RingParams p;
  p.N = N;
  p.J0 = J0;
  p.J1 = J1;
  p.tau = tau;
  return p;
}

// « (N = …, J0 = …, J1 = …, tau = …) »
inline std::string with(const RingParams& p) {
  using check::num;
  return " (N = " + num(static_cast<double>(p.N)) + ", J0 = " + num(p.J0) + ", J1 = " +
         num(p.J1) + ", tau = " + num(p.tau) + ")";
}

// Écart angulaire (degrés) ramené dans [−180, 180].
inline double angle_gap(double a, double b) { return std::remainder(a - b, 360.0); }

// Un bump allumé par un stimulus en `angle` de 50 à 150 ms, puis laissé seul
// (Euler, dt = 0,1 ms, un échantillon toutes les 5 ms).
inline RingSimulation cued(double angle, double tmax) {
  RingSimulation s;
  s.tmax = tmax;
  s.stepping = {Method::euler, 0.1, 5.0};
  s.cue = {angle, 20.0, 50.0, 150.0};
  s.record_activity = false;
  return s;
}

// L'état uniforme r0 = Φ(Iext + J0·r0) sur les N populations.
inline std::vector<double> uniform(const RingParams& p) {
  return std::vector<double>(p.N, uniform_rate(p));
}

}  // namespace td4::testing
