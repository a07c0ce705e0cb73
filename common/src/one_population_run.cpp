#include "td4/one_population_run.hpp"

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
  check_step(run.options.stepping, run.options.tau, run.options.tmax);
}

}  // namespace td4
