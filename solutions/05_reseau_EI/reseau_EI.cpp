// Question 05 — deux populations couplées, le réseau excitateur–inhibiteur
// (corrigé).
#include "td4/q05_reseau_EI.hpp"

#include "td4/one_population_run.hpp"  // number()

#include <algorithm>
#include <cmath>
#include <complex>
#include <utility>
#include <vector>

namespace td4::q05 {

double drEdt(double rE, double rI, const EIPair& p) {
  return (phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE) / p.tauE;
}

double drIdt(double rE, double rI, const EIPair& p) {
  return (phi(p.IextI + p.wIE * rE + p.wII * rI, p.transfer) - rI) / p.tauI;
}

Trajectory simulate(const EIPair& p, double rE0, double rI0, double tmax, const Stepping& s) {
  const System f = [&p](const State& x, State& dxdt, double) {
    dxdt[0] = drEdt(x[0], x[1], p);
    dxdt[1] = drIdt(x[0], x[1], p);
  };
  return integrate(f, State{rE0, rI0}, 0.0, tmax, s);
}

double e_nullcline(double rE, const EIPair& p) {
  // rE = Φ(IextE + wEE·rE + wEI·rI)  ⇔  Φ⁻¹(rE) = IextE + wEE·rE + wEI·rI.
  return (phi_inv(rE, p.transfer) - p.IextE - p.wEE * rE) / p.wEI;
}

double i_nullcline(double rE, const EIPair& p) {
  if (p.wII != 0.0) return td4::i_nullcline_rate(p, rE);
  return phi(p.IextI + p.wIE * rE, p.transfer);
}

double reduced(double rE, const EIPair& p) {
  const double rI = i_nullcline(rE, p);
  return phi(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) - rE;
}

double reduced_slope(double rE, const EIPair& p) {
  const double rI = i_nullcline(rE, p);
  const double dI = phi_prime(p.IextI + p.wIE * rE + p.wII * rI, p.transfer);
  const double slope = dI * p.wIE / (1.0 - p.wII * dI);  // drI/drE sur l'isocline I
  return phi_prime(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer) * (p.wEE + p.wEI * slope) - 1.0;
}

std::vector<double> fixed_point_rates(const EIPair& p) {
  const auto g = [&p](double rE) { return reduced(rE, p); };
  const auto dg = [&p](double rE) { return reduced_slope(rE, p); };
  return td4::all_roots(g, dg, 0.0, p.transfer.rmax, td4::reduced_bounds(p));
}

Jacobian jacobian(double rE, double rI, const EIPair& p) {
  const double dE = phi_prime(p.IextE + p.wEE * rE + p.wEI * rI, p.transfer);
  const double dI = phi_prime(p.IextI + p.wIE * rE + p.wII * rI, p.transfer);
  return {(p.wEE * dE - 1.0) / p.tauE, p.wEI * dE / p.tauE,
          p.wIE * dI / p.tauI, (p.wII * dI - 1.0) / p.tauI};
}

std::pair<std::complex<double>, std::complex<double>> eigenvalues(const Jacobian& J) {
  const double T = J.a + J.d, D = J.a * J.d - J.b * J.c;
  const double disc = 0.25 * T * T - D;
  if (disc < 0) {
    const double omega = std::sqrt(-disc);
    return {{0.5 * T, omega}, {0.5 * T, -omega}};
  }
  return {0.5 * T + std::sqrt(disc), 0.5 * T - std::sqrt(disc)};
}

Nature classify(const Jacobian& J) {
  const double T = J.a + J.d, D = J.a * J.d - J.b * J.c;
  if (D < 0) return Nature::selle;
  if (T * T < 4 * D) {
    if (std::abs(T) <= 1e-9 * (std::abs(J.a) + std::abs(J.d))) return Nature::centre;
    return T < 0 ? Nature::foyer_stable : Nature::foyer_instable;
  }
  return T < 0 ? Nature::noeud_stable : Nature::noeud_instable;
}

std::vector<EIFixedPoint> fixed_points(const EIPair& p) {
  std::vector<EIFixedPoint> out;
  for (double rE : fixed_point_rates(p)) {
    const double rI = i_nullcline(rE, p);
    const Jacobian J = jacobian(rE, rI, p);
    const auto [l1, l2] = eigenvalues(J);
    out.push_back({rE, rI, J, l1, l2, classify(J)});
  }
  return out;
}

void draw(const Setup& s, Plotter& plot) {
  const EIPair& p = s.pair;
  plot.show(td4::ei_time_courses(simulate(p, s.rE0, s.rI0, s.tmax, s.stepping),
                                 "05_reseau_EI_r_t",
                                 "Réseau E–I : rE(t) et rI(t) depuis (rE0, rI0) = (" + number(s.rE0) + ", " +
                                     number(s.rI0) + ")"));

  PhasePortrait pp;
  pp.drEdt = [&p](double rE, double rI) { return drEdt(rE, rI, p); };
  pp.drIdt = [&p](double rE, double rI) { return drIdt(rE, rI, p); };
  pp.e_nullcline = [&p](double rE) { return e_nullcline(rE, p); };
  pp.i_nullcline = [&p](double rE) { return i_nullcline(rE, p); };
  pp.fixed_points = fixed_points(p);
  for (const auto& [rE0, rI0] : td4::phase_plane_starts(p, pp.fixed_points, s.rE0, s.rI0))
    pp.trajectories.push_back(simulate(p, rE0, rI0, s.tmax, s.stepping));
  plot.show(td4::phase_plane(p, pp, "05_reseau_EI_plan_de_phase",
                             "Réseau E–I : plan de phase, isoclines et points fixes"));

  const double top = std::max(0.15, 1.5 * p.wEE);
  plot.show(td4::oscillation_sweep(p, &EIPair::wEE, "wEE", 0.0, top, 61, s.rE0, s.rI0, s.tmax,
                                   s.stepping, "05_reseau_EI_balayage_wEE",
                                   "Réseau E–I : min et max de rE contre wEE (bifurcation de Hopf)"));
}

}  // namespace td4::q05
