// Question 02 — une population inhibitrice : dr/dt, Euler à la main, puis
// l'intégrateur de la bibliothèque (corrigé).
#include "td4/q02_inhibiteur.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace td4::q02 {

double drdt(double r, const OnePopulation& p) {
  return (phi(p.Iext + p.w * r, p.transfer) - r) / p.tau;
}

double euler_step(double r, double dt, const OnePopulation& p) {
  return r + dt * drdt(r, p);
}

Trajectory euler(const OnePopulation& p, double r0, double tmax, double dt) {
  Trajectory tr;
  tr.t.push_back(0.0);
  tr.x.push_back({r0});
  // n pas ; le temps est k·dt (et non une somme de dt, qui accumule l'arrondi).
  const int n = static_cast<int>(std::ceil(tmax / dt - 1e-9));
  for (int k = 1; k <= n; ++k) {
    const double t = std::min(k * dt, tmax);
    const double r = euler_step(tr.x.back()[0], t - tr.t.back(), p);
    tr.t.push_back(t);
    tr.x.push_back({r});
  }
  return tr;
}

Trajectory simulate(const OnePopulation& p, double r0, double tmax, const Stepping& s) {
  return integrate([&p](double r, double) { return drdt(r, p); }, r0, 0.0, tmax, s);
}

void draw(const OnePopulationRun& run, Plotter& plot) {
  const std::vector<OnePopulation> cases = run.populations();
  const std::vector<double> r0s = run.initial_rates();
  const double rmax = run.options.phi.rmax;

  // r(t) : une couleur par (Iext, w), un type de trait par r0.
  Figure rt{"02_inhibiteur_r_t", "Population inhibitrice : r(t) depuis plusieurs r0",
            "temps t (ms)", "taux r (Hz)"};
  double high = 0.0;  // le taux le plus haut tracé
  for (std::size_t k = 0; k < cases.size(); ++k)
    for (std::size_t j = 0; j < r0s.size(); ++j) {
      const Trajectory tr = simulate(cases[k], r0s[j], run.options.tmax, run.options.stepping);
      for (const auto& x : tr.x) high = std::max(high, x[0]);
      rt.curve(tr.t, tr.component(0),
               describe(cases[k]) + " ; r0 = " + number(r0s[j]),
               "lines lw 2 lc " + std::to_string(k + 1) + " dt " + std::to_string(j + 1));
    }
  // 4 % de marge sous 0 et au-dessus du plus haut taux : une courbe à 0 ou
  // à rmax ne se confond pas avec le cadre.
  if (high > 0)
    rt.set("set yrange [" + number(-0.04 * high) + ":" + number(1.04 * high) + "]");
  plot.show(rt);

  // dr/dt contre r : le point fixe est là où la courbe coupe zéro.
  Figure flow{"02_inhibiteur_drdt", "Population inhibitrice : dr/dt contre r",
              "taux r (Hz)", "dr/dt (Hz/ms)"};
  std::vector<double> r;
  for (int i = 0; i <= 500; ++i) r.push_back(rmax * i / 500);
  std::vector<double> fx, fy;
  for (std::size_t k = 0; k < cases.size(); ++k) {
    std::vector<double> v;
    for (double x : r) v.push_back(drdt(x, cases[k]));
    flow.curve(r, v, describe(cases[k]), "lines lw 2 lc " + std::to_string(k + 1));
    for (double x : fixed_point_rates(cases[k])) {
      fx.push_back(x);
      fy.push_back(0.0);
    }
  }
  flow.curve({0.0, rmax}, {0.0, 0.0}, "dr/dt = 0", "lines lw 1 lc rgb 'gray' dt 2");
  flow.curve(fx, fy, "points fixes r* (stables)", "points pt 7 ps 1.5 lc rgb 'black'");
  plot.show(flow);
}

}  // namespace td4::q02
