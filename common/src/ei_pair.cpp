#include "td4/ei_pair.hpp"

#include "td4/oscillation.hpp"

#include "td4/roots.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace td4 {

void validate(const EIPair& p) {
  const std::pair<const char*, double> all[] = {
      {"rmax", p.transfer.rmax}, {"Ihalf", p.transfer.Ihalf}, {"kappa", p.transfer.kappa},
      {"IextE", p.IextE},        {"IextI", p.IextI},          {"wEE", p.wEE},
      {"wEI", p.wEI},            {"wIE", p.wIE},              {"wII", p.wII},
      {"tauE", p.tauE},          {"tauI", p.tauI}};
  for (const auto& [name, v] : all)
    if (!std::isfinite(v))
      throw std::invalid_argument(std::string(name) + " doit être un nombre fini");
  if (!(p.transfer.rmax > 0 && p.transfer.kappa > 0))
    throw std::invalid_argument("rmax et kappa doivent être > 0");
  if (!(p.tauE > 0 && p.tauI > 0))
    throw std::invalid_argument("tauE et tauI doivent être > 0");
  if (p.wII > 0)
    throw std::invalid_argument("wII doit être ≤ 0 (population inhibitrice)");
}

double input_E(const EIPair& p, double rE, double rI) {
  return p.IextE + p.wEE * rE + p.wEI * rI;
}

double input_I(const EIPair& p, double rE, double rI) {
  return p.IextI + p.wIE * rE + p.wII * rI;
}

double flow_E(const EIPair& p, double rE, double rI) {
  return (phi(input_E(p, rE, rI), p.transfer) - rE) / p.tauE;
}

double flow_I(const EIPair& p, double rE, double rI) {
  return (phi(input_I(p, rE, rI), p.transfer) - rI) / p.tauI;
}

System ei_system(const EIPair& p) {
  return [p](const State& x, State& dxdt, double) {
    dxdt[0] = flow_E(p, x[0], x[1]);
    dxdt[1] = flow_I(p, x[0], x[1]);
  };
}

Trajectory trajectory(const EIPair& p, double rE0, double rI0, double tmax,
                    const Stepping& s) {
  return integrate(ei_system(p), State{rE0, rI0}, 0.0, tmax, s);
}

double i_nullcline_rate(const EIPair& p, double rE) {
  const double base = p.IextI + p.wIE * rE;
  if (p.wII == 0.0) return phi(base, p.transfer);
  // h(rI) = Φ(base + wII·rI) − rI décroît strictement (wII < 0), de h(0) ≥ 0
  // à h(rmax) ≤ 0 : une seule racine, encadrée.
  const auto h = [&](double rI) { return phi(base + p.wII * rI, p.transfer) - rI; };
  const double lo = 0.0, hi = p.transfer.rmax;
  const double hlo = h(lo), hhi = h(hi);
  if (hlo <= 0.0) return lo;
  if (hhi >= 0.0) return hi;
  return bracketed_root(h, lo, hi, hlo, hhi, 52);
}

namespace {

// drI/drE le long de l'isocline I : dérivée implicite de rI = Φ(v),
// v = IextI + wIE·rE + wII·rI.
double i_nullcline_slope(const EIPair& p, double rE, double rI) {
  const double d = phi_prime(input_I(p, rE, rI), p.transfer);
  return d * p.wIE / (1.0 - p.wII * d);
}

}  // namespace

double reduced_equation(const EIPair& p, double rE) {
  const double rI = i_nullcline_rate(p, rE);
  return phi(input_E(p, rE, rI), p.transfer) - rE;
}

double reduced_slope(const EIPair& p, double rE) {
  const double rI = i_nullcline_rate(p, rE);
  const double slope = i_nullcline_slope(p, rE, rI);
  return phi_prime(input_E(p, rE, rI), p.transfer) * (p.wEE + p.wEI * slope) - 1.0;
}

Jacobian jacobian_matrix(const EIPair& p, double rE, double rI) {
  const double dE = phi_prime(input_E(p, rE, rI), p.transfer);
  const double dI = phi_prime(input_I(p, rE, rI), p.transfer);
  return {(p.wEE * dE - 1.0) / p.tauE, p.wEI * dE / p.tauE,
          p.wIE * dI / p.tauI, (p.wII * dI - 1.0) / p.tauI};
}

std::pair<std::complex<double>, std::complex<double>> eigenvalue_pair(const Jacobian& J) {
  const double half_trace = 0.5 * J.trace();
  const double det = J.determinant();
  // Discriminant sous la forme ((a − d)/2)² + b·c : pas de soustraction
  // de deux grands nombres voisins quand les valeurs propres sont proches.
  const double half_diff = 0.5 * (J.a - J.d);
  const double disc = half_diff * half_diff + J.b * J.c;
  if (disc < 0.0) {
    const double omega = std::sqrt(-disc);
    return {{half_trace, omega}, {half_trace, -omega}};
  }
  // La plus grande en module sans annulation, l'autre par le produit D.
  const double root = std::sqrt(disc);
  const double big = half_trace >= 0.0 ? half_trace + root : half_trace - root;
  const double small = big != 0.0 ? det / big : 0.0;
  return {std::max(big, small), std::min(big, small)};
}

std::string nature_name(Nature n) {
  switch (n) {
    case Nature::noeud_stable: return "noeud_stable";
    case Nature::foyer_stable: return "foyer_stable";
    case Nature::noeud_instable: return "noeud_instable";
    case Nature::foyer_instable: return "foyer_instable";
    case Nature::selle: return "selle";
    case Nature::centre: return "centre";
  }
  return "?";
}

Nature nature_of(const Jacobian& J) {
  const double T = J.trace();
  if (J.determinant() < 0.0) return Nature::selle;
  const auto [l1, l2] = eigenvalue_pair(J);
  if (l1.imag() != 0.0) {
    // Trace nulle aux arrondis près : le point d'une bifurcation de Hopf.
    if (std::abs(T) <= 1e-9 * (std::abs(J.a) + std::abs(J.d))) return Nature::centre;
    return T < 0.0 ? Nature::foyer_stable : Nature::foyer_instable;
  }
  return T < 0.0 ? Nature::noeud_stable : Nature::noeud_instable;
}

namespace {

// sup Φ' sur [lo, hi] : Φ' est en cloche, maximale en Ihalf.
double sup_phi_prime(double lo, double hi, const Transfer& t) {
  return phi_prime(std::clamp(t.Ihalf, lo, hi), t);
}

// sup |Φ''| sur [lo, hi] : |Φ''| = rmax·κ²·|th|·(1 − th²), th = tanh(κ(I − Ihalf)),
// nulle en Ihalf, maximale (rmax·κ²·2/(3√3)) en Ihalf ± atanh(1/√3)/κ et
// décroissante en s'en éloignant : le maximum est à un bout, sauf si un
// sommet est dans l'intervalle.
double sup_phi_second(double lo, double hi, const Transfer& t) {
  const auto second = [&t](double I) {
    const double th = std::tanh(t.kappa * (I - t.Ihalf));
    return t.rmax * t.kappa * t.kappa * std::abs(th) * (1.0 - th * th);
  };
  const double peak = std::atanh(1.0 / std::sqrt(3.0)) / t.kappa;
  for (double top : {t.Ihalf - peak, t.Ihalf + peak})
    if (lo <= top && top <= hi) return t.rmax * t.kappa * t.kappa * 2.0 / (3.0 * std::sqrt(3.0));
  return std::max(second(lo), second(hi));
}

// [min, max] de c + w·x pour x dans [x0, x1].
std::pair<double, double> affine_range(double c, double w, double x0, double x1) {
  const double y0 = c + w * x0, y1 = c + w * x1;
  return {std::min(y0, y1), std::max(y0, y1)};
}

}  // namespace

LocalBounds reduced_bounds(const EIPair& p) {
  // Arrondi de g : celui de Φ et de rE, plus celui du courant u amplifié par Φ'.
  const double eps = std::numeric_limits<double>::epsilon();
  const double rmax = p.transfer.rmax;
  const double u_size = std::abs(p.IextE) + std::abs(p.transfer.Ihalf) +
                        (std::abs(p.wEE) + std::abs(p.wEI)) * rmax;
  const double noise = 16.0 * eps * (rmax + 0.5 * rmax * p.transfer.kappa * u_size);
  return [p, noise](double a, double b) {
    const Transfer& t = p.transfer;
    // Sur [a, b], rI(rE) et v = IextI + wIE·rE + wII·rI(rE) sont monotones
    // (leurs dérivées ont le signe de wIE) : leurs valeurs aux bouts les
    // encadrent. u = IextE + wEE·rE + wEI·rI est encadré terme à terme.
    const double ra = i_nullcline_rate(p, a), rb = i_nullcline_rate(p, b);
    const double va = input_I(p, a, ra), vb = input_I(p, b, rb);
    const auto [vlo, vhi] = std::minmax(va, vb);
    const auto [e0, e1] = affine_range(p.IextE, p.wEE, a, b);
    const auto [i0, i1] = affine_range(0.0, p.wEI, ra, rb);
    const double ulo = e0 + i0, uhi = e1 + i1;
    const double p1u = sup_phi_prime(ulo, uhi, t), p2u = sup_phi_second(ulo, uhi, t);
    const double p1v = sup_phi_prime(vlo, vhi, t), p2v = sup_phi_second(vlo, vhi, t);
    // Le long de l'isocline I : drI/drE = Φ'(v)·wIE/(1 − wII·Φ'(v)), croissante
    // en Φ'(v) ; |d²rI/drE²| ≤ |Φ''(v)|·wIE² (car 1 − wII·Φ' ≥ 1).
    const double r1 = std::abs(p.wIE) * p1v / (1.0 - p.wII * p1v);
    const double r2 = p2v * p.wIE * p.wIE;
    // g' = Φ'(u)·u' − 1 et g'' = Φ''(u)·u'² + Φ'(u)·u'', u' = wEE + wEI·drI/drE.
    const double u1 = std::abs(p.wEE) + std::abs(p.wEI) * r1;
    return RootBounds{p1u * u1 + 1.0, p2u * u1 * u1 + p1u * std::abs(p.wEI) * r2, noise};
  };
}

std::vector<double> fixed_point_rates_E(const EIPair& p) {
  validate(p);
  // Φ est dans [0, rmax], donc tout point fixe aussi.
  return all_roots([&p](double rE) { return reduced_equation(p, rE); },
                   [&p](double rE) { return reduced_slope(p, rE); }, 0.0,
                   p.transfer.rmax, reduced_bounds(p));
}

std::vector<EIFixedPoint> fixed_point_analysis(const EIPair& p) {
  std::vector<EIFixedPoint> out;
  for (double rE : fixed_point_rates_E(p)) {
    const double rI = i_nullcline_rate(p, rE);
    const Jacobian J = jacobian_matrix(p, rE, rI);
    const auto [l1, l2] = eigenvalue_pair(J);
    out.push_back({rE, rI, J, l1, l2, nature_of(J)});
  }
  return out;
}

std::vector<Polyline> e_nullcline_curves(const EIPair& p, double rE_min, double rE_max,
                                  double rI_min, double rI_max, std::size_t samples) {
  std::vector<Polyline> out;
  if (p.wEI == 0.0) {
    // drE/dt ne dépend pas de rI : l'isocline est faite de droites verticales.
    for (double r : fixed_point_rates_E(p))
      if (r >= rE_min && r <= rE_max) out.push_back({{r, rI_min}, {r, rI_max}});
    return out;
  }
  const double rmax = p.transfer.rmax;
  const double lo = std::max(rE_min, 0.0), hi = std::min(rE_max, rmax);
  if (!(hi > lo) || samples < 2) return out;
  std::vector<double> rE;
  const double h = (hi - lo) / static_cast<double>(samples - 1);
  // Φ⁻¹ diverge en 0 et en rmax : des points de plus en plus serrés vers ces
  // bords montrent la courbe qui part à l'infini.
  if (lo == 0.0)
    for (int k = 12; k >= 1; --k) rE.push_back(h * std::pow(10.0, -k));
  for (std::size_t k = 0; k < samples; ++k) rE.push_back(lo + h * static_cast<double>(k));
  if (hi == rmax)
    for (int k = 1; k <= 12; ++k) rE.push_back(rmax - h * std::pow(10.0, -k));
  Polyline line;
  for (double r : rE) {
    if (!(r > 0.0 && r < rmax)) continue;  // Φ⁻¹ n'y est pas définie
    line.push_back({r, (phi_inv(r, p.transfer) - p.IextE - p.wEE * r) / p.wEI});
  }
  if (!line.empty()) out.push_back(std::move(line));
  return out;
}

Polyline i_nullcline_curve(const EIPair& p, double rE_min, double rE_max, std::size_t samples) {
  Polyline line;
  if (samples < 2) return line;
  const double h = (rE_max - rE_min) / static_cast<double>(samples - 1);
  for (std::size_t k = 0; k < samples; ++k) {
    const double r = rE_min + h * static_cast<double>(k);
    line.push_back({r, i_nullcline_rate(p, r)});
  }
  return line;
}

std::vector<EISweepPoint> sweep_oscillation(const EIPair& base, double EIPair::*field,
                                            const std::vector<double>& values,
                                            double rE0, double rI0, double tmax,
                                            double t_transient, const Stepping& s) {
  std::vector<EISweepPoint> out;
  for (double v : values) {
    EIPair p = base;
    p.*field = v;
    validate(p);
    const Trajectory tr = trajectory(p, rE0, rI0, tmax, s);
    const Oscillation o = measure_oscillation(tr.t, tr.component(0), t_transient);
    out.push_back({v, o.min, o.max, o.sustained, o.sustained ? o.period : 0.0});
  }
  return out;
}

}  // namespace td4
