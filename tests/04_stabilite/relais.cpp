// Les appels des tests aux fonctions de l'exercice 04 (tests/support/relay.hpp).
#include "relay.hpp"
#include "td4/q04_stabilite.hpp"

namespace td4 {
TD4_RELAY(0, std::vector<double>, q04::fixed_points, (const OnePopulation& p), (p),
          "_ZN3td43q0412fixed_pointsERKNS_13OnePopulationE")
TD4_RELAY(1, double, q04::lambda, (double r_star, const OnePopulation& p), (r_star, p),
          "_ZN3td43q046lambdaEdRKNS_13OnePopulationE")
TD4_RELAY(2, Stability, q04::stability, (double lambda, double tau), (lambda, tau),
          "_ZN3td43q049stabilityEdd")
TD4_RELAY_DRAW(3, q04::draw, (const OnePopulationRun& run, Plotter& plot), (run, apart),
               "_ZN3td43q044drawERKNS_16OnePopulationRunERNS_7PlotterE")
}  // namespace td4
