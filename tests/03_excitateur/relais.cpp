// Les appels des tests aux fonctions de l'exercice 03 (tests/support/relay.hpp).
#include "relay.hpp"
#include "td4/q03_excitateur.hpp"

namespace td4 {
TD4_RELAY(0, std::vector<double>, q03::critical_points, (const OnePopulation& p), (p),
          "_ZN3td43q0315critical_pointsERKNS_13OnePopulationE")
TD4_RELAY(1, bool, q03::bistable, (const OnePopulation& p, double tmax, const Stepping& s),
          (p, tmax, s), "_ZN3td43q038bistableERKNS_13OnePopulationEdRKNS_8SteppingE")
TD4_RELAY_DRAW(2, q03::draw, (const OnePopulationRun& run, Plotter& plot), (run, apart),
               "_ZN3td43q034drawERKNS_16OnePopulationRunERNS_7PlotterE")
}  // namespace td4
