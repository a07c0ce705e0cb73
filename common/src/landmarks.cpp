#include "td4/landmarks.hpp"

#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>

namespace td4 {

Cusp cusp(const Transfer& phi) {
  const double I = phi.Ihalf;  // Φ'' = 0 : le point d'inflexion de tanh
  const double w = 1.0 / phi_prime(I, phi);
  const double r = td4::phi(I, phi);
  return {I - w * r, w, r};
}

std::vector<PlaneCurve> saddle_node_curves(const Transfer& phi, double w_max,
                                           std::size_t samples) {
  const Cusp c = cusp(phi);
  std::vector<PlaneCurve> out;
  if (!(w_max > c.w) || samples < 2) return out;
  // w = 1/Φ'(I) = cosh²(κ(I − Ihalf))·c.w : |I − Ihalf| va jusqu'à acosh(√(w_max/c.w))/κ.
  const double reach = std::acosh(std::sqrt(w_max / c.w)) / phi.kappa;
  for (double side : {1.0, -1.0}) {
    PlaneCurve curve;
    for (std::size_t k = 0; k < samples; ++k) {
      // Pas plus fins près de la fronce, où la courbe tourne (pointe).
      const double u = static_cast<double>(k) / static_cast<double>(samples - 1);
      const double I = phi.Ihalf + side * reach * u * u;
      const double w = 1.0 / phi_prime(I, phi);
      curve.x.push_back(I - w * td4::phi(I, phi));
      curve.y.push_back(w);
    }
    out.push_back(curve);
  }
  return out;
}

namespace {

// Le point fixe de rE donné : rI sur l'isocline I, et la valeur du paramètre
// qui fait de (rE, rI) un point fixe (l'équation de E résolue pour lui).
struct CurvePoint {
  EIPair pair;  // le paramètre à sa valeur sur la courbe
  double value, rE, rI;
};

CurvePoint fixed_point_curve_at(const EIPair& p, EIParameter which, double rE) {
  CurvePoint c{p, 0.0, rE, i_nullcline_rate(p, rE)};
  const double I = phi_inv(rE, p.transfer);  // courant total reçu par E
  if (which == EIParameter::wEE) {
    c.value = c.pair.wEE = (I - p.IextE - p.wEI * c.rI) / rE;
  } else {
    c.value = c.pair.IextE = I - p.wEE * rE - p.wEI * c.rI;
  }
  return c;
}

double trace_on_curve(const EIPair& p, EIParameter which, double rE) {
  const CurvePoint c = fixed_point_curve_at(p, which, rE);
  return jacobian_matrix(c.pair, c.rE, c.rI).trace();
}

}  // namespace

std::vector<double> rate_grid(double rmax) {
  std::vector<double> rE;
  const int n = 2000;
  for (int k = 12; k >= 1; --k) rE.push_back(rmax / n * std::pow(10.0, -k));
  for (int k = 1; k < n; ++k) rE.push_back(rmax * k / n);
  for (int k = 1; k <= 12; ++k) rE.push_back(rmax - rmax / n * std::pow(10.0, -k));
  return rE;
}

std::vector<HopfPoint> hopf_points(const EIPair& p, EIParameter which, double vmin,
                                   double vmax) {
  const std::vector<double> grid = rate_grid(p.transfer.rmax);
  const auto trace = [&](double rE) { return trace_on_curve(p, which, rE); };
  std::vector<HopfPoint> out;
  double a = grid.front(), ta = trace(a);
  for (std::size_t k = 1; k < grid.size(); ++k) {
    const double b = grid[k], tb = trace(b);
    double root = std::nan("");
    if (ta == 0.0) root = a;
    else if (tb != 0.0 && (ta < 0) != (tb < 0)) {
      std::uintmax_t iterations = 200;
      const auto [lo, hi] = boost::math::tools::toms748_solve(
          trace, a, b, ta, tb, boost::math::tools::eps_tolerance<double>(), iterations);
      root = 0.5 * (lo + hi);
    }
    if (std::isfinite(root)) {
      const CurvePoint c = fixed_point_curve_at(p, which, root);
      const double det = jacobian_matrix(c.pair, c.rE, c.rI).determinant();
      if (det > 0 && c.value >= vmin && c.value <= vmax)
        out.push_back({c.value, c.rE, c.rI, det});
    }
    a = b;
    ta = tb;
  }
  std::sort(out.begin(), out.end(),
            [](const HopfPoint& x, const HopfPoint& y) { return x.value < y.value; });
  return out;
}

EIBifurcationCurves ei_bifurcation_curves(const EIPair& p, double wEE_min, double wEE_max,
                                          double IextE_min, double IextE_max) {
  // Φ'E et Φ'I au point fixe de rE, et d = ∂(drI/dt)/∂rI : ni wEE ni IextE
  // n'y entrent.
  struct Slopes {
    double dE, dI, d;
  };
  const auto slopes = [&](double rE) {
    const double rI = i_nullcline_rate(p, rE);
    const double dE = phi_prime(phi_inv(rE, p.transfer), p.transfer);
    const double dI = phi_prime(input_I(p, rE, rI), p.transfer);
    return Slopes{dE, dI, (p.wII * dI - 1.0) / p.tauI};
  };
  // Un point (wEE, IextE) par rE ; la courbe est coupée là où elle sort de
  // la fenêtre, où elle saute (elle en est sortie entre deux rE), et pour
  // Hopf là où le déterminant n'est pas positif.
  const auto trace_curve = [&](const std::function<double(const Slopes&)>& wEE_of,
                               bool positive_determinant) {
    std::vector<PlaneCurve> curves;
    PlaneCurve cur;
    const auto flush = [&] {
      if (cur.x.size() >= 2) curves.push_back(cur);
      cur = PlaneCurve{};
    };
    const double jump_x = 0.05 * (wEE_max - wEE_min), jump_y = 0.05 * (IextE_max - IextE_min);
    for (double rE : rate_grid(p.transfer.rmax)) {
      EIPair q = p;
      q.wEE = wEE_of(slopes(rE));
      const CurvePoint c = fixed_point_curve_at(q, EIParameter::IextE, rE);
      const bool kept =
          std::isfinite(q.wEE) && std::isfinite(c.value) && q.wEE >= wEE_min &&
          q.wEE <= wEE_max && c.value >= IextE_min && c.value <= IextE_max &&
          (!positive_determinant || jacobian_matrix(c.pair, c.rE, c.rI).determinant() > 0);
      if (!kept || (!cur.x.empty() && (std::abs(q.wEE - cur.x.back()) > jump_x ||
                                       std::abs(c.value - cur.y.back()) > jump_y)))
        flush();
      if (!kept) continue;
      cur.x.push_back(q.wEE);
      cur.y.push_back(c.value);
    }
    flush();
    return curves;
  };
  EIBifurcationCurves out;
  // Trace nulle : (wEE·Φ'E − 1)/τE + d = 0.
  out.hopf = trace_curve([&](const Slopes& s) { return (1.0 - p.tauE * s.d) / s.dE; }, true);
  // Déterminant nul : (wEE·Φ'E − 1)·(wII·Φ'I − 1) = wEI·wIE·Φ'E·Φ'I.
  out.saddle_node = trace_curve(
      [&](const Slopes& s) {
        return (1.0 + p.wEI * p.wIE * s.dE * s.dI / (p.wII * s.dI - 1.0)) / s.dE;
      },
      false);
  return out;
}

RingVerdict ring_verdict(const RingParams& p, double settle, double dt) {
  const Ring ring(p);
  const double r0 = uniform_rate(p);
  RingSimulation s;
  s.stepping = Stepping{Method::euler, dt, settle};  // peu d'échantillons : seul l'état final compte
  s.record_activity = false;

  // Sans stimulus, depuis l'état uniforme modulé de 1 % de rmax.
  std::vector<double> start(p.N);
  for (std::size_t i = 0; i < p.N; ++i)
    start[i] = r0 + 0.01 * p.phi.rmax * ring.cos_theta()[i];
  s.tmax = 2 * settle;
  if (bump_persists(simulate_ring(ring, start, s).final_r, ring))
    return RingVerdict::spontaneous_bump;

  // Un stimulus pendant `settle` ms, puis `settle` ms sans lui.
  s.cue = Cue{0.0, 20.0, settle, 2 * settle};
  s.tmax = 3 * settle;
  if (bump_persists(simulate_ring(ring, std::vector<double>(p.N, r0), s).final_r, ring))
    return RingVerdict::cued_bump;
  return RingVerdict::uniform;
}

}  // namespace td4
