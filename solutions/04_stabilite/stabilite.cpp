// Question 04 — tous les points fixes, leur stabilité par linéarisation et
// par simulation, et les diagrammes de bifurcation (corrigé).
#include "td4/q04_stabilite.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace td4::q04 {

namespace {

// f(r) = Φ(Iext + w·r) − r = τ·dr/dt : nulle aux points fixes.
double f(double r, const OnePopulation& p) {
  return phi(p.Iext + p.w * r, p.transfer) - r;
}

// Dichotomie sur [a, b], où f change de signe, jusqu'à ce qu'il n'y ait
// plus de nombre flottant entre a et b.
double bisect(const OnePopulation& p, double a, double b) {
  const bool negative_at_a = f(a, p) < 0;
  for (int i = 0; i < 200; ++i) {
    const double m = 0.5 * (a + b);
    if (m <= a || m >= b) break;
    const double fm = f(m, p);
    if (fm == 0) return m;
    ((fm < 0) == negative_at_a ? a : b) = m;
  }
  return 0.5 * (a + b);
}

}  // namespace

std::vector<double> fixed_points(const OnePopulation& p) {
  // Entre 0, les points critiques de f (où sa pente s'annule) et rmax, f est
  // monotone : une racine au plus par morceau, qu'aucune grille ne peut manquer.
  std::vector<double> ends{0.0};
  for (double c : critical_rates(p)) ends.push_back(c);
  ends.push_back(p.transfer.rmax);

  // f aux bornes. En un point critique, |f| sous l'arrondi de Φ (quelques
  // ε·rmax) veut dire f = 0 : un point double (nœud-col), compté une fois.
  const double rounding = 32 * std::numeric_limits<double>::epsilon() * p.transfer.rmax;
  std::vector<double> fs;
  for (std::size_t i = 0; i < ends.size(); ++i) {
    const double v = f(ends[i], p);
    const bool critical = i > 0 && i + 1 < ends.size();
    fs.push_back(critical && std::abs(v) <= rounding ? 0.0 : v);
  }

  std::vector<double> roots;
  for (std::size_t i = 0; i < ends.size(); ++i) {
    if (fs[i] == 0) roots.push_back(ends[i]);
    if (i + 1 < ends.size() && fs[i] != 0 && fs[i + 1] != 0 && (fs[i] < 0) != (fs[i + 1] < 0))
      roots.push_back(bisect(p, ends[i], ends[i + 1]));
  }
  return roots;
}

double lambda(double r_star, const OnePopulation& p) {
  return (p.w * phi_prime(p.Iext + p.w * r_star, p.transfer) - 1.0) / p.tau;
}

Stability stability(double lambda, double tau) {
  const double lt = lambda * tau;  // w·Φ' − 1 : sans dimension
  if (std::abs(lt) <= marginal_tolerance * std::max(1.0, std::abs(lt + 1.0)))
    return Stability::marginal;
  return lt < 0 ? Stability::stable : Stability::unstable;
}

namespace {

// « _2 », « _3 »… quand il y a plusieurs couples (Iext, w).
std::string suffix(std::size_t k, std::size_t n) {
  std::ostringstream s;
  if (n > 1) s << '_' << k + 1;
  return s.str();
}

// Pour un couple : r(t) depuis 1,01·r* et 0,99·r*, puis l'écart relatif
// |r − r*|/r* en échelle logarithmique, à côté de la prédiction 0,01·e^(λt).
void perturbations(const OnePopulationRun& run, const OnePopulation& p, const std::string& tag,
                   Plotter& plot) {
  Figure rt{"04_stabilite_perturbations" + tag,
            "Départs près des points fixes (" + describe(p) + ") : 1.01·r* et 0.99·r*",
            "temps t (ms)", "taux r (Hz)"};
  Figure gap{"04_stabilite_ecarts" + tag,
             "Écart au point fixe depuis 1.01·r* (" + describe(p) + ") : mesuré et e^{λt}",
             "temps t (ms)", "écart relatif |r − r*|/r*"};
  gap.set("set logscale y").set("set format y '10^{%L}'").set("set key bottom left");
  const double tmax = run.options.tmax;
  int color = 1;
  for (double r_star : fixed_points(p)) {
    if (r_star <= 0) continue;  // 1,01·0 = 0 : pas d'écart à suivre
    const double l = lambda(r_star, p);
    const std::string lc = " lc " + std::to_string(color++);
    const std::string who = "r* = " + number(r_star) + " (" + stability_name(stability(l, p.tau)) + ")";
    for (double factor : {1.01, 0.99}) {
      const Trajectory tr = trajectory(p, factor * r_star, tmax, run.options.stepping);
      rt.curve(tr.t, tr.component(0), who + ", r0 = " + number(factor) + "·r*",
               std::string(factor > 1 ? "lines lw 2" : "lines lw 2 dt 2") + lc);
      if (factor < 1) continue;
      std::vector<double> t, d, predicted;
      for (std::size_t i = 0; i < tr.t.size(); ++i) {
        const double e = std::abs(tr.x[i][0] - r_star) / r_star;
        if (!(e > 0)) continue;
        t.push_back(tr.t[i]);
        d.push_back(e);
        predicted.push_back(0.01 * std::exp(l * tr.t[i]));
      }
      gap.curve(t, d, who + " : simulation", "lines lw 2" + lc);
      gap.curve(t, predicted, "0.01·e^{λt}, λ = " + number(l) + " ms^{-1}", "lines lw 1 dt 2" + lc);
    }
  }
  // Les r* eux-mêmes, en pointillés gris.
  for (double r_star : fixed_points(p))
    rt.curve({0.0, tmax}, {r_star, r_star}, rt.series.empty() ? "points fixes r*" : "",
             "lines lw 1 dt 3 lc rgb 'gray'");
  gap.set("set yrange [1e-6:10]");
  // (Un seul point fixe : les courbes sont à gauche, la légende en haut à droite.)
  rt.set(fixed_points(p).size() > 1 ? "set key center right" : "set key top right");
  // Sans départ tracé (tous les r* valent 0), l'échelle automatique serait vide.
  if (rt.series.size() == fixed_points(p).size())
    rt.set("set yrange [0:" + number(1.1 * p.transfer.rmax) + "]");
  plot.show(rt);
  if (!gap.series.empty()) plot.show(gap);  // rien à tracer si tous les r* valent 0
}

}  // namespace

void draw(const OnePopulationRun& run, Plotter& plot) {
  const std::vector<OnePopulation> cases = run.populations();
  for (std::size_t k = 0; k < cases.size(); ++k)
    perturbations(run, cases[k], suffix(k, cases.size()), plot);

  // En w, à Iext fixé (le premier) : la fenêtre couvre les w demandés et les
  // nœuds-cols.
  const OnePopulation at_Iext = run.population(run.Iext.front(), 0.0);
  double wmin = -0.1, wmax = 0.2;
  for (double w : run.w) wmin = std::min(wmin, w - 0.02), wmax = std::max(wmax, w + 0.02);
  for (const SaddleNode& sn : saddle_nodes(at_Iext, Parameter::w)) wmax = std::max(wmax, 1.5 * sn.value);
  Figure bw = bifurcation_diagram(at_Iext, Parameter::w, wmin, wmax, "04_stabilite_bifurcation_w",
                                  "Points fixes contre w (Iext = " + number(at_Iext.Iext) +
                                      ") : stables en trait plein, instables en tirets");
  std::vector<OnePopulation> marked;
  for (double w : run.w) marked.push_back(run.population(at_Iext.Iext, w));
  mark_fixed_points(
      bw, marked, [](const OnePopulation& q, double) { return q.w; },
      [](const OnePopulation&, double r) { return r; });
  plot.show(bw.set("set key center right"));

  // En Iext, à w fixé (le premier w bistable s'il y en a un) : hystérésis.
  // Iext monte puis redescend lentement ; l'état suit une branche stable
  // jusqu'à son nœud-col, puis saute sur l'autre.
  double w = run.w.front();
  for (double x : run.w)
    if (x * run.options.phi.rmax * run.options.phi.kappa > 2) {
      w = x;
      break;
    }
  const OnePopulation at_w = run.population(0.0, w);
  const std::vector<SaddleNode> sn = saddle_nodes(at_w, Parameter::Iext);
  double lo = -20, hi = 30;
  if (sn.size() == 2) {
    // (Le dernier terme garde une fenêtre non vide pour des Iext immenses.)
    const double margin =
        std::max({10.0, 0.5 * (sn[1].value - sn[0].value), 1e-3 * std::abs(sn[0].value)});
    lo = sn[0].value - margin;
    hi = sn[1].value + margin;
  }
  Figure bi = bifurcation_diagram(at_w, Parameter::Iext, lo, hi, "04_stabilite_hysteresis",
                                  "Hystérésis : points fixes contre Iext (w = " + number(w) +
                                      ") et balayage lent aller-retour");
  std::vector<double> up, down;
  for (int i = 0; i <= 60; ++i) up.push_back(lo + (hi - lo) * i / 60);
  down.assign(up.rbegin(), up.rend());
  const double settle = 10 * run.options.tau;
  bi.curve(up, quasi_static_sweep(at_w, Parameter::Iext, up, 0.0, settle, run.options.stepping),
           "Iext croissant", "points pt 9 ps 1.2 lc rgb '#2ca02c'");
  bi.curve(down,
           quasi_static_sweep(at_w, Parameter::Iext, down, run.options.phi.rmax, settle,
                              run.options.stepping),
           "Iext décroissant", "points pt 11 ps 1.2 lc rgb '#9467bd'");
  plot.show(bi.set("set key center right"));
}

}  // namespace td4::q04
