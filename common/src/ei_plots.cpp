#include "td4/ei_plots.hpp"

#include "td4/landmarks.hpp"
#include "td4/one_population_run.hpp"  // number()

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace td4 {

Figure ei_time_courses(const Trajectory& tr, const std::string& name, const std::string& title) {
  Figure f{name, title, "temps t (ms)", "taux (Hz)"};
  f.set("set key above nobox");
  f.curve(tr.t, tr.component(0), "rE(t), excitateurs", "lines lw 2 lc rgb '#d62728'");
  f.curve(tr.t, tr.component(1), "rI(t), inhibiteurs", "lines lw 2 lc rgb '#1f77b4'");
  return f;
}

PhasePortrait library_portrait(const EIPair& p) {
  PhasePortrait pp;
  pp.drEdt = [p](double rE, double rI) { return flow_E(p, rE, rI); };
  pp.drIdt = [p](double rE, double rI) { return flow_I(p, rE, rI); };
  // rI tel que Φ(IextE + wEE·rE + wEI·rI) = rE.
  pp.e_nullcline = [p](double rE) {
    return (phi_inv(rE, p.transfer) - p.IextE - p.wEE * rE) / p.wEI;
  };
  pp.i_nullcline = [p](double rE) { return i_nullcline_rate(p, rE); };
  pp.fixed_points = fixed_point_analysis(p);
  return pp;
}

std::vector<std::pair<double, double>> phase_plane_starts(const EIPair& p,
                                                          const std::vector<EIFixedPoint>& fps,
                                                          double rE0, double rI0) {
  const double rmax = p.transfer.rmax;
  std::vector<std::pair<double, double>> starts = {
      {rE0, rI0}, {0.95 * rmax, 0.05 * rmax}, {0.05 * rmax, 0.95 * rmax},
      {0.95 * rmax, 0.95 * rmax}, {0.5 * rmax, 0.0}};
  const double eps = 1e-3 * rmax;
  for (const EIFixedPoint& fp : fps) {
    if (fp.nature == Nature::selle) {
      // Le long du vecteur propre instable (λ1 > 0) : (J − λ1)·v = 0.
      const double l = fp.lambda1.real();
      double vE = fp.J.b, vI = l - fp.J.a;
      if (std::abs(vE) + std::abs(vI) < 1e-300) {
        vE = l - fp.J.d;
        vI = fp.J.c;
      }
      const double n = std::hypot(vE, vI);
      if (n > 0)
        for (double s : {-1.0, 1.0})
          starts.push_back({fp.rE + s * eps * vE / n, fp.rI + s * eps * vI / n});
    } else if (fp.nature == Nature::noeud_instable || fp.nature == Nature::foyer_instable) {
      starts.push_back({fp.rE + eps, fp.rI});
    }
  }
  return starts;
}

namespace {

// Les points (rE, f(rE)) là où f est définie et finie ; rE dans (0, rmax),
// de plus en plus serrés vers les bords, où Φ⁻¹ part à l'infini.
Series nullcline(const std::function<double(double)>& f, double rmax, const std::string& title,
                 const std::string& style) {
  std::vector<double> xs, ys;
  for (double r : rate_grid(rmax)) {
    try {
      const double y = f(r);
      if (std::isfinite(y)) {
        xs.push_back(r);
        ys.push_back(y);
      }
    } catch (const std::domain_error&) {
      // hors du domaine de Φ⁻¹ : pas de point
    }
  }
  return Series(title, style, {xs, ys}, {"rE", "rI"});
}

struct NatureStyle {
  Nature nature;
  const char* title;
  const char* style;
};

const NatureStyle nature_styles[] = {
    {Nature::noeud_stable, "nœud stable", "points pt 7 ps 2.2 lc rgb 'black'"},
    {Nature::foyer_stable, "foyer stable", "points pt 9 ps 2.4 lc rgb 'black'"},
    {Nature::noeud_instable, "nœud instable", "points pt 6 ps 2.2 lw 2 lc rgb 'black'"},
    {Nature::foyer_instable, "foyer instable", "points pt 8 ps 2.4 lw 2 lc rgb 'black'"},
    {Nature::selle, "selle", "points pt 2 ps 2.4 lw 3 lc rgb 'black'"},
    {Nature::centre, "centre", "points pt 12 ps 2.4 lw 2 lc rgb 'black'"}};

// Le cadre du plan de phase : les points fixes et les trajectoires qui
// comptent (la première, depuis (rE0, rI0), et celles qui partent d'un point
// fixe instable ou d'une selle), avec 6 % de marge ; dans [−5 %, 105 %] de
// rmax. Les départs génériques aux coins du carré n'élargissent pas le
// cadre : un nœud et une selle voisins ne restent pas dans un coin.
struct Frame {
  double E_lo, E_hi, I_lo, I_hi;
};

Frame phase_plane_frame(const PhasePortrait& pp, double rmax) {
  double E_lo = INFINITY, E_hi = -INFINITY, I_lo = INFINITY, I_hi = -INFINITY;
  const auto add = [&](double rE, double rI) {
    if (!std::isfinite(rE) || !std::isfinite(rI)) return;
    E_lo = std::min(E_lo, rE), E_hi = std::max(E_hi, rE);
    I_lo = std::min(I_lo, rI), I_hi = std::max(I_hi, rI);
  };
  for (const EIFixedPoint& fp : pp.fixed_points) add(fp.rE, fp.rI);
  for (std::size_t k = 0; k < pp.trajectories.size(); ++k) {
    const Trajectory& tr = pp.trajectories[k];
    if (tr.x.empty()) continue;
    bool near_fixed_point = false;
    for (const EIFixedPoint& fp : pp.fixed_points)
      near_fixed_point = near_fixed_point || std::hypot(tr.x.front()[0] - fp.rE,
                                                        tr.x.front()[1] - fp.rI) < 0.01 * rmax;
    if (k == 0 || near_fixed_point)
      for (const auto& point : tr.x) add(point[0], point[1]);
  }
  if (!(E_hi >= E_lo && I_hi >= I_lo)) return {0.0, rmax, 0.0, rmax};
  // Au moins 20 % de rmax de côté : un point fixe seul n'est pas un cadre.
  const auto widen = [&](double& lo, double& hi) {
    const double middle = 0.5 * (lo + hi), half = std::max(0.5 * (hi - lo), 0.1 * rmax);
    lo = std::max(middle - 1.12 * half, -0.05 * rmax);
    hi = std::min(middle + 1.12 * half, 1.05 * rmax);
  };
  widen(E_lo, E_hi);
  widen(I_lo, I_hi);
  return {E_lo, E_hi, I_lo, I_hi};
}

// Le plan de phase dans le cadre `fr`.
Figure phase_plane_in(const EIPair& p, const PhasePortrait& pp, const Frame& fr,
                      const std::string& name, const std::string& title) {
  const double rmax = p.transfer.rmax;
  Figure f{name, title, "taux excitateur rE (Hz)", "taux inhibiteur rI (Hz)"};
  f.set("set xrange [" + number(fr.E_lo) + ":" + number(fr.E_hi) + "]");
  f.set("set yrange [" + number(fr.I_lo) + ":" + number(fr.I_hi) + "]");
  f.set("set size square");
  f.set("set clip two");
  f.set("set key above maxcols 3 nobox");

  // Le champ de vecteurs : la direction de (drE/dt, drI/dt) sur une grille
  // du cadre, des flèches de même longueur à l'écran quel que soit le
  // rapport des deux axes.
  const int n = 21;
  const double span_E = fr.E_hi - fr.E_lo, span_I = fr.I_hi - fr.I_lo, length = 0.7 / n;
  std::vector<double> x, y, dx, dy;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      const double rE = fr.E_lo + (i + 0.5) * span_E / n, rI = fr.I_lo + (j + 0.5) * span_I / n;
      const double vE = pp.drEdt(rE, rI) / span_E, vI = pp.drIdt(rE, rI) / span_I;
      const double norm = std::hypot(vE, vI);
      if (!(norm > 0) || !std::isfinite(norm)) continue;
      const double aE = length * span_E * vE / norm, aI = length * span_I * vI / norm;
      x.push_back(rE - 0.5 * aE);
      y.push_back(rI - 0.5 * aI);
      dx.push_back(aE);
      dy.push_back(aI);
    }
  f.add(Series("flot (drE/dt, drI/dt)",
               "vectors head filled size screen 0.008,20 lw 1 lc rgb '#a0a0a0'", {x, y, dx, dy},
               {"rE", "rI", "drE", "drI"}));

  for (std::size_t k = 0; k < pp.trajectories.size(); ++k) {
    const Trajectory& tr = pp.trajectories[k];
    f.curve(tr.component(0), tr.component(1), k == 0 ? "trajectoires" : "",
            "lines lw 1.5 lc rgb '#2ca02c'");
    f.curve({tr.x.front()[0]}, {tr.x.front()[1]}, k == 0 ? "départs" : "",
            "points pt 7 ps 0.8 lc rgb '#2ca02c'");
  }

  // Isocline E : sans couplage I→E (wEI = 0), des droites verticales.
  const std::string e_title = "isocline drE/dt = 0";
  const std::string e_style = "lines lw 3 lc rgb '#d62728'";
  if (p.wEI == 0.0) {
    bool first = true;
    for (const Polyline& line : e_nullcline_curves(p, 0.0, rmax, 0.0, rmax)) {
      std::vector<double> xs, ys;
      for (const auto& [a, b] : line) {
        xs.push_back(a);
        ys.push_back(b);
      }
      f.curve(xs, ys, first ? e_title : "", e_style);
      first = false;
    }
  } else {
    f.add(nullcline(pp.e_nullcline, rmax, e_title, e_style));
  }
  f.add(nullcline(pp.i_nullcline, rmax, "isocline drI/dt = 0", "lines lw 3 lc rgb '#1f77b4'"));

  for (const NatureStyle& ns : nature_styles) {
    std::vector<double> xs, ys;
    for (const EIFixedPoint& fp : pp.fixed_points)
      if (fp.nature == ns.nature) {
        xs.push_back(fp.rE);
        ys.push_back(fp.rI);
      }
    if (!xs.empty()) f.curve(xs, ys, ns.title, ns.style);
  }
  return f;
}

// Les points fixes serrés : ceux à moins de 12 % de rmax d'un autre.
std::vector<EIFixedPoint> crowded(const std::vector<EIFixedPoint>& fps, double rmax) {
  std::vector<EIFixedPoint> out;
  for (std::size_t i = 0; i < fps.size(); ++i)
    for (std::size_t j = 0; j < fps.size(); ++j)
      if (i != j && std::hypot(fps[i].rE - fps[j].rE, fps[i].rI - fps[j].rI) < 0.12 * rmax) {
        out.push_back(fps[i]);
        break;
      }
  return out;
}

}  // namespace

Figure phase_plane(const EIPair& p, const PhasePortrait& pp, const std::string& name,
                   const std::string& title) {
  return phase_plane_in(p, pp, phase_plane_frame(pp, p.transfer.rmax), name, title);
}

std::optional<Figure> phase_plane_zoom(const EIPair& p, double tmax, const Stepping& s,
                                       const std::string& name) {
  const double rmax = p.transfer.rmax;
  const std::vector<EIFixedPoint> all = fixed_point_analysis(p), near = crowded(all, rmax);
  if (near.empty()) return std::nullopt;
  // Un cadre carré centré sur eux, trois fois leur écart (au moins 8 % de
  // rmax de côté) : chacun loin des bords.
  double E_lo = INFINITY, E_hi = -INFINITY, I_lo = INFINITY, I_hi = -INFINITY;
  for (const EIFixedPoint& fp : near) {
    E_lo = std::min(E_lo, fp.rE), E_hi = std::max(E_hi, fp.rE);
    I_lo = std::min(I_lo, fp.rI), I_hi = std::max(I_hi, fp.rI);
  }
  const double half = std::max(1.5 * std::max(E_hi - E_lo, I_hi - I_lo), 0.04 * rmax);
  // Décalé, sans changer de taille, pour rester dans [−2 %, 102 %] de rmax.
  const auto inside = [&](double middle) {
    return std::clamp(middle, -0.02 * rmax + half, 1.02 * rmax - half);
  };
  const double E_mid = inside(0.5 * (E_lo + E_hi)), I_mid = inside(0.5 * (I_lo + I_hi));
  const Frame fr{E_mid - half, E_mid + half, I_mid - half, I_mid + half};

  // Avec les fonctions de la bibliothèque : trajectoires depuis les bords du
  // cadre et le long de la direction instable de chaque selle.
  PhasePortrait pp = library_portrait(p);
  pp.fixed_points.clear();
  for (const EIFixedPoint& fp : all)
    if (fp.rE >= fr.E_lo && fp.rE <= fr.E_hi && fp.rI >= fr.I_lo && fp.rI <= fr.I_hi)
      pp.fixed_points.push_back(fp);
  std::vector<std::pair<double, double>> starts;
  for (const auto& start : phase_plane_starts(p, near, E_mid, fr.I_hi))
    if (start.first >= fr.E_lo && start.first <= fr.E_hi && start.second >= fr.I_lo &&
        start.second <= fr.I_hi)
      starts.push_back(start);
  for (double a : {0.2, 0.5, 0.8}) {
    starts.push_back({fr.E_lo + a * 2 * half, std::max(fr.I_hi, 0.0)});
    starts.push_back({fr.E_hi, std::max(fr.I_lo + a * 2 * half, 0.0)});
  }
  // Cinquante constantes de temps suffisent pour atteindre le nœud ou
  // quitter le cadre : la mémoire reste celle de quelques milliers de points.
  const double t_zoom = std::min(tmax, 50 * std::max(p.tauE, p.tauI));
  for (const auto& [rE0, rI0] : starts)
    if (rE0 >= 0 && rI0 >= 0 && rE0 <= rmax && rI0 <= rmax)
      pp.trajectories.push_back(trajectory(p, rE0, rI0, t_zoom, s));

  std::string natures;
  for (const NatureStyle& ns : nature_styles)
    if (std::any_of(near.begin(), near.end(), [&](const EIFixedPoint& fp) { return fp.nature == ns.nature; }))
      natures += (natures.empty() ? "" : " et ") + std::string(ns.title);
  Figure f = phase_plane_in(p, pp, fr, name,
                            "Réseau E–I : zoom (" + natures + ")");

  // Le seuil : la variété stable de chaque selle, en remontant le temps
  // depuis ses deux côtés le long du vecteur propre stable (λ2 < 0), le
  // temps de sortir du cadre (le flot inversé s'emballe hors de [0, rmax]).
  const System forward = ei_system(p);
  const System backward = [&forward](const State& x, State& dxdt, double t) {
    forward(x, dxdt, t);
    for (double& v : dxdt) v = -v;
  };
  bool first = true;
  for (const EIFixedPoint& fp : near) {
    if (fp.nature != Nature::selle) continue;
    const double l = fp.lambda2.real();
    double vE = fp.J.b, vI = l - fp.J.a;
    if (std::abs(vE) + std::abs(vI) < 1e-300) vE = l - fp.J.d, vI = fp.J.c;
    const double n = std::hypot(vE, vI);
    if (!(n > 0)) continue;
    for (double side : {-1.0, 1.0}) {
      const double eps = 1e-3 * half;
      const Trajectory tr = integrate(backward, {fp.rE + side * eps * vE / n, fp.rI + side * eps * vI / n},
                                      0.0, 30 * std::max(p.tauE, p.tauI), s);
      std::vector<double> xs, ys;
      for (const State& x : tr.x) {
        if (!std::isfinite(x[0]) || !std::isfinite(x[1]) ||
            std::abs(x[0] - E_mid) > 2 * half || std::abs(x[1] - I_mid) > 2 * half)
          break;
        xs.push_back(x[0]);
        ys.push_back(x[1]);
      }
      if (xs.size() < 2) continue;
      f.curve(xs, ys, first ? "seuil : variété stable de la selle" : "", "lines lw 2 dt 2 lc rgb 'black'");
      first = false;
    }
  }
  return f;
}

double wEE_sweep_top(const EIPair& p) { return std::max(0.15, 1.5 * p.wEE); }

double hopf_point(const EIPair& p, double EIPair::*field, double vmin, double vmax) {
  // Trace de J au point fixe s'il est unique et ses valeurs propres
  // complexes ; NaN sinon.
  const auto trace = [&](double v) {
    EIPair q = p;
    q.*field = v;
    const auto fps = fixed_point_analysis(q);
    if (fps.size() != 1 || fps[0].lambda1.imag() == 0.0)
      return std::numeric_limits<double>::quiet_NaN();
    return fps[0].J.trace();
  };
  const int n = 200;
  double a = vmin, ta = trace(a);
  for (int k = 1; k <= n; ++k) {
    const double b = vmin + (vmax - vmin) * k / n, tb = trace(b);
    if (std::isfinite(ta) && std::isfinite(tb) && (ta < 0) != (tb < 0)) {
      double lo = a, hi = b;
      for (int i = 0; i < 60; ++i) {
        const double m = 0.5 * (lo + hi), tm = trace(m);
        if (!std::isfinite(tm)) break;
        ((tm < 0) == (ta < 0) ? lo : hi) = m;
      }
      return 0.5 * (lo + hi);
    }
    a = b;
    ta = tb;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

Figure oscillation_sweep(const EIPair& p, double EIPair::*field, const std::string& field_name,
                         double vmin, double vmax, int n, double rE0, double rI0, double tmax,
                         const Stepping& s, const std::string& name, const std::string& title) {
  std::vector<double> values;
  for (int k = 0; k < n; ++k) values.push_back(vmin + (vmax - vmin) * k / (n - 1));
  const auto sweep = sweep_oscillation(p, field, values, rE0, rI0, tmax, 0.5 * tmax, s);

  Figure f{name, title, field_name, "taux excitateur rE (Hz)"};
  f.set("set key above maxcols 3 nobox");
  std::vector<double> v, lo, hi;
  for (const EISweepPoint& sp : sweep) {
    v.push_back(sp.value);
    lo.push_back(sp.rE_min);
    hi.push_back(sp.rE_max);
  }
  f.curve(v, hi, "max de rE après le transitoire", "linespoints pt 7 ps 0.6 lw 2 lc rgb '#d62728'");
  f.curve(v, lo, "min de rE après le transitoire", "linespoints pt 7 ps 0.6 lw 2 lc rgb '#1f77b4'");

  std::vector<double> sx, sy, ux, uy;
  for (double value : values) {
    EIPair q = p;
    q.*field = value;
    for (const EIFixedPoint& fp : fixed_point_analysis(q)) {
      const bool stable = fp.lambda1.real() < 0;
      (stable ? sx : ux).push_back(value);
      (stable ? sy : uy).push_back(fp.rE);
    }
  }
  if (!sx.empty()) f.curve(sx, sy, "rE* stable", "points pt 7 ps 0.8 lc rgb 'black'");
  if (!ux.empty()) f.curve(ux, uy, "rE* instable", "points pt 6 ps 0.8 lc rgb 'black'");

  const double rmax = p.transfer.rmax;
  const double current = p.*field;
  if (current >= vmin && current <= vmax)
    f.curve({current, current}, {0.0, rmax}, field_name + " choisi = " + number(current),
            "lines lw 1 dt 2 lc rgb 'gray'");
  // Toutes les bifurcations de Hopf si le paramètre est wEE ou IextE (la
  // courbe des points fixes est alors paramétrée par rE), la première sinon.
  std::vector<double> hopf;
  if (field == &EIPair::wEE || field == &EIPair::IextE) {
    const auto which = field == &EIPair::wEE ? EIParameter::wEE : EIParameter::IextE;
    for (const HopfPoint& h : hopf_points(p, which, vmin, vmax)) hopf.push_back(h.value);
  } else if (const double h = hopf_point(p, field, vmin, vmax); std::isfinite(h)) {
    hopf.push_back(h);
  }
  for (double h : hopf)
    f.curve({h, h}, {0.0, rmax}, "Hopf (trace de J nulle) : " + field_name + " = " + number(h),
            "lines lw 2 dt 3 lc rgb '#9467bd'");
  f.set("set yrange [0:" + number(rmax) + "]");
  return f;
}

}  // namespace td4
