#include "td4/one_population_run.hpp"

#include "td4/errors.hpp"
#include "td4/work.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>

namespace td4 {

OnePopulation OnePopulationRun::population(double I, double weight) const {
  OnePopulation p;
  p.transfer = options.phi;
  p.Iext = I;
  p.w = weight;
  p.tau = options.tau;
  return p;
}

std::vector<OnePopulation> OnePopulationRun::populations() const {
  std::vector<OnePopulation> out;
  for (double weight : w)
    for (double I : Iext) out.push_back(population(I, weight));
  return out;
}

std::vector<double> OnePopulationRun::initial_rates() const {
  if (!r0.empty()) return r0;
  return {0.0, options.phi.rmax};
}

std::string number(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

std::string describe(const OnePopulation& p) {
  return "Iext = " + number(p.Iext) + ", w = " + number(p.w);
}

void add_options(CommandLine& cli, OnePopulationRun& run) {
  cli.add_common(run.options)
      .add("Iext", run.Iext, "courant extérieur Iext")
      .add("w", run.w, "poids de la connexion récurrente w (< 0 : inhibitrice, > 0 : excitatrice)")
      .add("r0", run.r0, "taux initial r(0) (Hz) ; sans cette option : 0 et rmax",
           Bound::nonnegative);
}

void validate(const OnePopulationRun& run) {
  const CommonOptions& o = run.options;
  check_step(o.stepping, o.tau, o.tmax);
  if (o.stepping.method == Method::adaptive) return;
  // Avec w < 0, λ = (w·Φ' − 1)/τ descend jusqu'à −(1 + |w|·rmax·κ/2)/τ : la
  // relaxation la plus rapide dure τ/(1 + |w|·rmax·κ/2), bien moins que τ.
  // Un pas fixe n'est stable que si dt·|λ| < 2 (Euler) ou < 2,78 (RK4).
  const double limit = o.stepping.method == Method::euler ? 2.0 : 2.78;
  for (double w : run.w) {
    const double fastest = o.tau / (1.0 + std::max(0.0, -w) * o.phi.rmax * o.phi.kappa / 2);
    if (o.stepping.method == Method::euler && o.stepping.dt > fastest &&
        o.stepping.dt < limit * fastest)
      std::cerr << "attention : avec w = " << w << ", Euler oscille autour du point fixe pour dt > "
                << fastest << " ms (reçu : dt = " << o.stepping.dt << ")\n";
    if (o.stepping.dt < limit * fastest) continue;
    throw UsageError("--dt doit être < " + number(limit * fastest) + " ms pour la méthode " +
                     method_name(o.stepping.method) + " avec w = " + number(w) +
                     " : la relaxation la plus rapide y dure τ/(1 + |w|·rmax·κ/2) = " +
                     number(fastest) + " ms, et au-delà la simulation diverge en oscillant (reçu : " +
                     number(o.stepping.dt) + ")");
  }
}

void plan_simulations(const OnePopulationRun& run, const std::string& what, double per_case,
                      double settles, double settle, const std::string& advice) {
  const CommonOptions& o = run.options;
  double gain = 0;
  for (double w : run.w) gain = std::max(gain, std::abs(w));
  const double fastest = fastest_rate(o.phi, gain, o.tau);
  const double cases = static_cast<double>(run.Iext.size() * run.w.size());
  const double units = cases * per_case * simulation_steps(o.stepping, o.tmax, fastest) +
                       settles * simulation_steps(o.stepping, settle, fastest);
  const std::string reduce =
      "réduisez --tmax ou le nombre de valeurs de --Iext, --w et --r0, ou augmentez --dt";
  // La moitié des simulations (au plus) est gardée pour la figure des r(t).
  if (o.plot.terminal != Terminal::none || o.plot.data)
    plan_memory(cases * per_case / 2 * std::ceil(o.tmax / o.stepping.dt),
                population_point_bytes, "trajectoires r(t)", reduce);
  plan_work(units, population_unit_seconds, what, reduce + advice,
            o.plot.terminal != Terminal::none);
}

}  // namespace td4
