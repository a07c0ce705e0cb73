// Les appels des tests aux fonctions de l'exercice 05 (tests/support/relay.hpp).
#include "relay.hpp"
#include "td4/q05_reseau_EI.hpp"

namespace td4 {
using Eigenvalues = std::pair<std::complex<double>, std::complex<double>>;
TD4_RELAY(0, double, q05::drEdt, (double rE, double rI, const EIPair& p), (rE, rI, p),
          "_ZN3td43q055drEdtEddRKNS_6EIPairE")
TD4_RELAY(1, double, q05::drIdt, (double rE, double rI, const EIPair& p), (rE, rI, p),
          "_ZN3td43q055drIdtEddRKNS_6EIPairE")
TD4_RELAY(2, Trajectory, q05::simulate,
          (const EIPair& p, double rE0, double rI0, double tmax, const Stepping& s),
          (p, rE0, rI0, tmax, s), "_ZN3td43q058simulateERKNS_6EIPairEdddRKNS_8SteppingE")
TD4_RELAY(3, double, q05::e_nullcline, (double rE, const EIPair& p), (rE, p),
          "_ZN3td43q0511e_nullclineEdRKNS_6EIPairE")
TD4_RELAY(4, double, q05::i_nullcline, (double rE, const EIPair& p), (rE, p),
          "_ZN3td43q0511i_nullclineEdRKNS_6EIPairE")
TD4_RELAY(5, double, q05::reduced, (double rE, const EIPair& p), (rE, p),
          "_ZN3td43q057reducedEdRKNS_6EIPairE")
TD4_RELAY(6, double, q05::reduced_slope, (double rE, const EIPair& p), (rE, p),
          "_ZN3td43q0513reduced_slopeEdRKNS_6EIPairE")
TD4_RELAY(7, std::vector<double>, q05::fixed_point_rates, (const EIPair& p), (p),
          "_ZN3td43q0517fixed_point_ratesERKNS_6EIPairE")
TD4_RELAY(8, Jacobian, q05::jacobian, (double rE, double rI, const EIPair& p), (rE, rI, p),
          "_ZN3td43q058jacobianEddRKNS_6EIPairE")
TD4_RELAY(9, Eigenvalues, q05::eigenvalues, (const Jacobian& J), (J),
          "_ZN3td43q0511eigenvaluesERKNS_8JacobianE")
TD4_RELAY(10, Nature, q05::classify, (const Jacobian& J), (J), "_ZN3td43q058classifyERKNS_8JacobianE")
TD4_RELAY(11, std::vector<EIFixedPoint>, q05::fixed_points, (const EIPair& p), (p),
          "_ZN3td43q0512fixed_pointsERKNS_6EIPairE")
TD4_RELAY_DRAW(12, q05::draw, (const q05::Setup& s, Plotter& plot), (s, apart),
               "_ZN3td43q054drawERKNS0_5SetupERNS_7PlotterE")
}  // namespace td4
