// Les appels des tests aux fonctions de l'exercice 06 (tests/support/relay.hpp).
#include "relay.hpp"
#include "td4/q06_bump.hpp"

namespace td4 {
using Rates = std::vector<double>;
TD4_RELAY(0, void, q06::recurrent_input, (const Ring& ring, const Rates& r, Rates& out),
          (ring, r, out), "_ZN3td43q0615recurrent_inputERKNS_4RingERKSt6vectorIdSaIdEERS6_", out)
TD4_RELAY(1, void, q06::euler_step,
          (const Ring& ring, Rates& r, const Rates& stim, double dt, double noise,
           std::mt19937_64& engine),
          (ring, r, stim, dt, noise, (tape::remember(engine), engine)),
          // Le nom d'éditeur de liens tient sur une ligne : CMake le relit.
          "_ZN3td43q0610euler_stepERKNS_4RingERSt6vectorIdSaIdEERKS6_ddRSt23mersenne_twister_engineImLm64ELm312ELm156ELm31ELm13043109905998158313ELm29ELm6148914691236517205ELm17ELm8202884508482404352ELm37ELm18444473444759240704ELm43ELm6364136223846793005EE",
          r, engine)
TD4_RELAY(2, double, q06::decode_position, (const Ring& ring, const Rates& r), (ring, r),
          "_ZN3td43q0615decode_positionERKNS_4RingERKSt6vectorIdSaIdEE")
TD4_RELAY(3, RingRun, q06::simulate, (const Ring& ring, Rates r0, const RingSimulation& s),
          (ring, std::move(r0), s), "_ZN3td43q068simulateERKNS_4RingESt6vectorIdSaIdEERKNS_14RingSimulationE")
TD4_RELAY_DRAW(4, q06::draw,
               (const Ring& ring, const RingSimulation& s, const std::vector<RingRun>& runs,
                Plotter& plot),
               (ring, s, runs, apart),
               "_ZN3td43q064drawERKNS_4RingERKNS_14RingSimulationERKSt6vectorINS_7RingRunESaIS8_EERNS_7PlotterE")
}  // namespace td4
