#include "td4/one_population.hpp"

#include "td4/roots.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace td4 {

namespace {

constexpr double eps = std::numeric_limits<double>::epsilon();

// f(r) = Φ(Iext + w·r) − r : nulle aux points fixes, τ·dr/dt.
double f(double r, const OnePopulation& p) {
  return phi(p.Iext + p.w * r, p.transfer) - r;
}

// Les deux courants I± où Φ'(I) = 1/w (w > 0), s'ils existent :
// 1 − tanh² = 2/(w·rmax·κ).
std::vector<double> tangent_currents(double w, const Transfer& tr) {
  const double a = w * tr.rmax * tr.kappa;
  if (!(w > 0) || !(a > 2.0)) return {};
  // atanh(s) = ln((1 + s)/(1 − s))/2 avec 1 − s = (2/a)/(1 + s) : pas de
  // soustraction qui perd tout quand a est grand (s → 1).
  const double s = std::sqrt(1.0 - 2.0 / a);
  const double d = std::log((1.0 + s) * std::sqrt(a / 2.0)) / tr.kappa;
  return {tr.Ihalf - d, tr.Ihalf + d};
}

}  // namespace

double flow(double r, const OnePopulation& p) { return f(r, p) / p.tau; }

Trajectory trajectory(const OnePopulation& p, double r0, double tmax,
                    const Stepping& s) {
  return integrate([&p](double r, double) { return flow(r, p); }, r0, 0.0, tmax, s);
}

std::string stability_name(Stability s) {
  switch (s) {
    case Stability::stable: return "stable";
    case Stability::unstable: return "instable";
    case Stability::marginal: return "marginal";
  }
  return "?";
}

double eigenvalue(double r, const OnePopulation& p) {
  return (p.w * phi_prime(p.Iext + p.w * r, p.transfer) - 1.0) / p.tau;
}

Stability classify(double lambda, double tau) {
  const double lt = lambda * tau;  // w·Φ' − 1
  if (std::abs(lt) <= marginal_tolerance * std::max(1.0, std::abs(lt + 1.0)))
    return Stability::marginal;
  return lt < 0 ? Stability::stable : Stability::unstable;
}

Stability stability_of(double r, const OnePopulation& p) {
  return classify(eigenvalue(r, p), p.tau);
}

std::vector<double> critical_rates(const OnePopulation& p) {
  std::vector<double> rs;
  for (double I : tangent_currents(p.w, p.transfer)) {
    const double r = (I - p.Iext) / p.w;
    if (r > 0 && r < p.transfer.rmax && (rs.empty() || r != rs.back())) rs.push_back(r);
  }
  return rs;
}

std::vector<double> fixed_point_rates(const OnePopulation& p) {
  const double rmax = p.transfer.rmax;
  // f est monotone entre deux bornes consécutives ; f(0) ≥ 0 ≥ f(rmax).
  std::vector<double> ends{0.0};
  std::vector<double> fs{f(0.0, p)};
  for (double c : critical_rates(p)) {
    double fc = f(c, p);
    // f' est nulle en c : l'erreur d'arrondi sur f(c) vient de Φ (≈ ε·rmax),
    // de I = Iext + w·c (≈ ε·(|Iext| + w·c), fois Φ' = 1/w) et de c. En deçà,
    // f(c) = 0 : un point double, listé une fois.
    const double rounding = 8 * eps * (rmax + std::abs(p.Iext) / p.w + 2 * c);
    if (std::abs(fc) <= rounding) fc = 0.0;
    ends.push_back(c);
    fs.push_back(fc);
  }
  ends.push_back(rmax);
  fs.push_back(f(rmax, p));

  std::vector<double> roots;
  const auto g = [&p](double r) { return f(r, p); };
  for (std::size_t i = 0; i < ends.size(); ++i) {
    if (fs[i] == 0.0) roots.push_back(ends[i]);
    if (i + 1 < ends.size() && fs[i] != 0.0 && fs[i + 1] != 0.0 &&
        (fs[i] < 0) != (fs[i + 1] < 0))
      roots.push_back(bracketed_root(g, ends[i], ends[i + 1], fs[i], fs[i + 1]));
  }
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  return roots;
}

std::vector<FixedPoint> fixed_point_analysis(const OnePopulation& p) {
  std::vector<FixedPoint> out;
  for (double r : fixed_point_rates(p))
    out.push_back({r, eigenvalue(r, p), stability_of(r, p)});
  return out;
}

std::vector<SweepPoint> sweep(const OnePopulation& base, Parameter which,
                              const std::vector<double>& values) {
  std::vector<SweepPoint> out;
  for (double v : values) {
    OnePopulation p = base;
    (which == Parameter::w ? p.w : p.Iext) = v;
    out.push_back({v, fixed_point_analysis(p)});
  }
  return out;
}

std::vector<SaddleNode> saddle_nodes(const OnePopulation& base, Parameter which) {
  const Transfer& tr = base.transfer;
  std::vector<SaddleNode> out;
  if (which == Parameter::Iext) {
    for (double I : tangent_currents(base.w, tr))
      out.push_back({I - base.w * phi(I, tr), phi(I, tr)});
  } else {
    // Φ/Φ' = (1 + e^{2κ(I − Ihalf)})/(2κ) : g croît jusqu'à Ihalf, où elle
    // vaut Ihalf − 1/κ, puis décroît vers −∞.
    const double Iext = base.Iext;
    const auto g = [&](double I) {
      return I - (1.0 + std::exp(2 * tr.kappa * (I - tr.Ihalf))) / (2 * tr.kappa) - Iext;
    };
    const double top = g(tr.Ihalf);
    if (!(top > 0)) return out;
    // À gauche : g(Iext) = −(1 + e^{2κ(Iext − Ihalf)})/(2κ) < 0, loin de
    // zéro même quand Φ est très raide (g(Iext + 1/(2κ)) n'en est qu'à
    // l'arrondi près). À droite : on double l'écart, un nombre borné de fois.
    const double a = Iext;
    double step = 1.0 / tr.kappa;
    for (int k = 0; k < 2100 && !(g(tr.Ihalf + step) < 0); ++k) step *= 2;
    const double b = tr.Ihalf + step;
    if (!(g(a) < 0 && g(b) < 0)) return out;  // rien de représentable
    for (double I : {bracketed_root(g, a, tr.Ihalf, g(a), top),
                     bracketed_root(g, tr.Ihalf, b, top, g(b))})
      out.push_back({1.0 / phi_prime(I, tr), phi(I, tr)});
  }
  // Paramètres extrêmes (w·rmax·κ ~ 1e300…) : pas de nœud-col représentable.
  std::erase_if(out, [](const SaddleNode& sn) {
    return !std::isfinite(sn.value) || !std::isfinite(sn.r);
  });
  std::sort(out.begin(), out.end(),
            [](const SaddleNode& x, const SaddleNode& y) { return x.value < y.value; });
  return out;
}

std::vector<Branch> fixed_point_curve(const OnePopulation& base, Parameter which,
                                      double vmin, double vmax, std::size_t samples) {
  if (!(vmin < vmax) || samples < 2)
    throw std::invalid_argument("fixed_point_curve : il faut vmin < vmax et 2 points au moins");
  const Transfer& tr = base.transfer;
  // Sur la courbe, I − Iext = w·r* avec r* dans [0, rmax] : d'où l'étendue de I.
  double Ilo, Ihi;
  if (which == Parameter::Iext) {
    Ilo = vmin + std::min(0.0, base.w * tr.rmax);
    Ihi = vmax + std::max(0.0, base.w * tr.rmax);
  } else {
    Ilo = base.Iext + std::min(0.0, vmin * tr.rmax);
    Ihi = base.Iext + std::max(0.0, vmax * tr.rmax);
  }
  std::vector<double> currents;
  for (std::size_t k = 0; k < samples; ++k)
    currents.push_back(Ilo + (Ihi - Ilo) * static_cast<double>(k) / static_cast<double>(samples - 1));
  for (const SaddleNode& sn : saddle_nodes(base, which)) {
    const double I = which == Parameter::Iext ? sn.value + base.w * sn.r
                                              : base.Iext + sn.value * sn.r;
    if (I > Ilo && I < Ihi) currents.push_back(I);
  }
  std::sort(currents.begin(), currents.end());

  // Un point de la courbe : r* = Φ(I), et w ou Iext tel que I = Iext + w·r*.
  struct Point {
    double I, r, w, v;
  };
  const auto at = [&](double I) {
    const double r = phi(I, tr);
    const double w = which == Parameter::w ? (I - base.Iext) / r : base.w;
    return Point{I, r, w, which == Parameter::w ? w : I - w * r};
  };
  const auto inside = [&](const Point& q) {
    return q.r > 0 && std::isfinite(q.v) && q.v >= vmin && q.v <= vmax;
  };
  // Raffinement par dichotomie là où la courbe avance à grands pas dans la
  // fenêtre, ou en sort : les bords de la fenêtre sont atteints à dv près.
  const double dv = (vmax - vmin) / 500, dr = tr.rmax / 500;
  std::vector<Point> points;
  const auto refine = [&](auto&& self, const Point& a, const Point& b, int depth) -> void {
    const bool relevant = inside(a) || inside(b) || (a.v < vmin) != (b.v < vmin) ||
                          (a.v > vmax) != (b.v > vmax);
    if (depth == 0 || !relevant ||
        (std::abs(b.v - a.v) <= dv && std::abs(b.r - a.r) <= dr))
      return;
    const Point m = at(0.5 * (a.I + b.I));
    self(self, a, m, depth - 1);
    points.push_back(m);
    self(self, m, b, depth - 1);
  };
  for (std::size_t k = 0; k < currents.size(); ++k) {
    const Point q = at(currents[k]);
    if (k > 0) refine(refine, points.back(), q, 30);
    points.push_back(q);
  }

  std::vector<Branch> out;
  Branch cur{Stability::marginal, {}, {}};  // marginal : pas encore de verdict
  const auto flush = [&] {
    if (cur.r.size() >= 2 && cur.stability != Stability::marginal) out.push_back(cur);
    cur = Branch{Stability::marginal, {}, {}};
  };
  for (const Point& q : points) {
    if (!inside(q)) {
      flush();
      continue;
    }
    const Stability s = classify(q.w * phi_prime(q.I, tr) - 1.0, 1.0);
    if (s != Stability::marginal && cur.stability != Stability::marginal &&
        s != cur.stability) {
      // λ change de signe entre deux échantillons : on repart du dernier.
      const double lv = cur.value.back(), lr = cur.r.back();
      flush();
      cur.value = {lv};
      cur.r = {lr};
    }
    if (cur.stability == Stability::marginal) cur.stability = s;
    cur.value.push_back(q.v);
    cur.r.push_back(q.r);
    if (s == Stability::marginal && cur.stability != Stability::marginal) {
      // Un nœud-col termine la branche et commence la suivante.
      flush();
      cur.value = {q.v};
      cur.r = {q.r};
    }
  }
  flush();
  return out;
}

std::vector<double> quasi_static_sweep(const OnePopulation& base, Parameter which,
                                       const std::vector<double>& values, double r0,
                                       double settle, const Stepping& s) {
  std::vector<double> out;
  double r = r0;
  for (double v : values) {
    OnePopulation p = base;
    (which == Parameter::w ? p.w : p.Iext) = v;
    r = trajectory(p, r, settle, s).x.back()[0];
    out.push_back(r);
  }
  return out;
}

double measured_rate(const std::vector<double>& t, const std::vector<double>& r,
                     double r_star) {
  if (t.size() != r.size() || t.empty()) return std::nan("");
  const double d0 = std::abs(r[0] - r_star);
  double n = 0, st = 0, sy = 0, stt = 0, sty = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const double d = std::abs(r[i] - r_star);
    if (!(d > 0) || d > d0 * std::exp(1.0) || d < d0 / std::exp(1.0)) break;
    const double y = std::log(d);
    n += 1;
    st += t[i];
    sy += y;
    stt += t[i] * t[i];
    sty += t[i] * y;
  }
  if (n < 3) return std::nan("");
  return (n * sty - st * sy) / (n * stt - st * st);
}

}  // namespace td4
