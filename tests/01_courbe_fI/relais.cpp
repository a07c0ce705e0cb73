// Les appels des tests aux fonctions de l'exercice 01 (tests/support/relay.hpp).
#include "relay.hpp"
#include "td4/q01_courbe_fI.hpp"

namespace td4 {
TD4_RELAY(0, double, q01::fI, (double I, const Transfer& p), (I, p), "_ZN3td43q012fIEdRKNS_8TransferE")
TD4_RELAY(1, double, q01::fI_inv, (double r, const Transfer& p), (r, p),
          "_ZN3td43q016fI_invEdRKNS_8TransferE")
TD4_RELAY(2, double, q01::fI_deriv, (double I, const Transfer& p), (I, p),
          "_ZN3td43q018fI_derivEdRKNS_8TransferE")
TD4_RELAY(3, std::vector<double>, q01::inverse_samples, (const Transfer& p, int n), (p, n),
          "_ZN3td43q0115inverse_samplesERKNS_8TransferEi")
TD4_RELAY_DRAW(4, q01::draw, (const Transfer& p, Plotter& plot), (p, apart),
               "_ZN3td43q014drawERKNS_8TransferERNS_7PlotterE")
}  // namespace td4
