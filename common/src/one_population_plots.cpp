#include "td4/one_population_plots.hpp"

#include <algorithm>
#include <cmath>

namespace td4 {

Simulation library_simulation(const OnePopulationRun& run) {
  return [&run](const OnePopulation& p, double r0) {
    return trajectory(p, r0, run.options.tmax, run.options.stepping);
  };
}

std::string final_rates(const OnePopulationRun& run, const OnePopulation& p,
                        const Simulation& simulate) {
  std::string line = "r(" + number(run.options.tmax) + " ms) =";
  const char* sep = " ";
  for (double r0 : run.initial_rates()) {
    line.append(sep).append(number(simulate(p, r0).x.back()[0])).append(" depuis r0 = ").append(number(r0));
    sep = " ; ";
  }
  return line;
}

Figure time_courses(const OnePopulationRun& run, const Simulation& simulate,
                    const std::string& name, const std::string& title) {
  const std::vector<OnePopulation> cases = run.populations();
  const std::vector<double> r0s = run.initial_rates();
  Figure f{name, title, "temps t (ms)", "taux r (Hz)"};
  for (std::size_t k = 0; k < cases.size(); ++k)
    for (std::size_t j = 0; j < r0s.size(); ++j) {
      const Trajectory tr = simulate(cases[k], r0s[j]);
      f.curve(tr.t, tr.component(0), describe(cases[k]) + " ; r0 = " + number(r0s[j]),
              "lines lw 2 lc " + std::to_string(k + 1) + " dt " + std::to_string(j + 1));
    }
  return with_rate_margin(f);
}

Figure& with_rate_margin(Figure& f) {
  double low = 0.0, high = -INFINITY;
  for (const Series& s : f.series)
    if (s.columns.size() >= 2)
      for (double r : s.columns[1])
        if (std::isfinite(r)) {
          low = std::min(low, r);
          high = std::max(high, r);
        }
  if (!(high > low)) return f;  // rien à tracer, ou tout à 0 : gnuplot s'en charge
  const double margin = 0.04 * (high - low);
  return f.set("set yrange [" + number(low - margin) + ":" + number(high + margin) + "]");
}

void mark_fixed_points(Figure& f, const std::vector<OnePopulation>& ps,
                       const std::function<double(const OnePopulation&, double r)>& x,
                       const std::function<double(const OnePopulation&, double r)>& y) {
  struct Kind {
    Stability s;
    const char* title;
    const char* style;
  };
  for (const Kind& k : {Kind{Stability::stable, "points fixes stables", "points pt 7 ps 1.6 lc rgb 'black'"},
                        Kind{Stability::unstable, "points fixes instables",
                             "points pt 6 ps 1.6 lw 2 lc rgb 'black'"},
                        Kind{Stability::marginal, "points fixes marginaux (nœud-col)",
                             "points pt 5 ps 1.4 lc rgb 'red'"}}) {
    std::vector<double> xs, ys;
    for (const OnePopulation& p : ps)
      for (const FixedPoint& fp : fixed_point_analysis(p))
        if (fp.stability == k.s) {
          xs.push_back(x(p, fp.r));
          ys.push_back(y(p, fp.r));
        }
    if (!xs.empty()) f.curve(xs, ys, k.title, k.style);
  }
}

Figure flow_curves(const std::vector<OnePopulation>& ps, const std::vector<std::string>& labels,
                   const std::string& name, const std::string& title) {
  Figure f{name, title, "taux r (Hz)", "dr/dt (Hz/ms)"};
  double rmax = 0;
  for (std::size_t k = 0; k < ps.size(); ++k) {
    const double top = ps[k].transfer.rmax;
    rmax = std::max(rmax, top);
    std::vector<double> r, v;
    for (int i = 0; i <= 1000; ++i) {
      r.push_back(top * i / 1000);
      v.push_back(flow(r.back(), ps[k]));
    }
    f.curve(r, v, k < labels.size() ? labels[k] : describe(ps[k]),
            "lines lw 2 lc " + std::to_string(k + 1));
  }
  f.curve({0.0, rmax}, {0.0, 0.0}, "dr/dt = 0", "lines lw 1 lc rgb 'gray' dt 2");
  mark_fixed_points(
      f, ps, [](const OnePopulation&, double r) { return r; },
      [](const OnePopulation&, double) { return 0.0; });
  return f;
}

Figure bifurcation_diagram(const OnePopulation& base, Parameter which, double vmin,
                           double vmax, const std::string& name, const std::string& title) {
  Figure f{name, title, which == Parameter::w ? "poids récurrent w" : "courant extérieur Iext",
           "point fixe r* (Hz)"};
  bool stable_titled = false, unstable_titled = false;
  for (const Branch& b : fixed_point_curve(base, which, vmin, vmax)) {
    const bool stable = b.stability == Stability::stable;
    bool& titled = stable ? stable_titled : unstable_titled;
    f.curve(b.value, b.r, titled ? "" : (stable ? "branche stable" : "branche instable"),
            stable ? "lines lw 2.5 lc rgb '#1f5fbf'" : "lines lw 2.5 dt 2 lc rgb '#d62728'");
    titled = true;
  }
  std::vector<double> xs, ys;
  for (const SaddleNode& sn : saddle_nodes(base, which))
    if (sn.value >= vmin && sn.value <= vmax) {
      xs.push_back(sn.value);
      ys.push_back(sn.r);
    }
  if (!xs.empty()) f.curve(xs, ys, "nœuds-cols (λ = 0)", "points pt 5 ps 1.4 lc rgb 'black'");
  f.set("set xrange [" + number(vmin) + ":" + number(vmax) + "]")
      .set("set yrange [0:" + number(1.05 * base.transfer.rmax) + "]");
  return f;
}

}  // namespace td4
