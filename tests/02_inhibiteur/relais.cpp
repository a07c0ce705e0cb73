// Les appels des tests aux fonctions de l'exercice 02 (tests/support/relay.hpp).
#include "relay.hpp"
#include "td4/q02_inhibiteur.hpp"

namespace td4 {
TD4_RELAY(0, double, q02::drdt, (double r, const OnePopulation& p), (r, p),
          "_ZN3td43q024drdtEdRKNS_13OnePopulationE")
TD4_RELAY(1, double, q02::euler_step, (double r, double dt, const OnePopulation& p), (r, dt, p),
          "_ZN3td43q0210euler_stepEddRKNS_13OnePopulationE")
TD4_RELAY(2, Trajectory, q02::euler, (const OnePopulation& p, double r0, double tmax, double dt),
          (p, r0, tmax, dt), "_ZN3td43q025eulerERKNS_13OnePopulationEddd")
TD4_RELAY(3, Trajectory, q02::simulate,
          (const OnePopulation& p, double r0, double tmax, const Stepping& s), (p, r0, tmax, s),
          "_ZN3td43q028simulateERKNS_13OnePopulationEddRKNS_8SteppingE")
TD4_RELAY_DRAW(4, q02::draw, (const OnePopulationRun& run, Plotter& plot), (run, apart),
               "_ZN3td43q024drawERKNS_16OnePopulationRunERNS_7PlotterE")
}  // namespace td4
