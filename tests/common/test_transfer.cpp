// Φ, Φ⁻¹ et Φ' de libtd4 contre leurs valeurs exactes.
#include "td4/transfer.hpp"

#include "check.hpp"

#include <cmath>
#include <string>

using namespace td4;

BOOST_AUTO_TEST_CASE(phi_closed_forms, *boost::unit_test::description("Φ et Φ' en Ihalf")) {
  for (const Transfer p : {Transfer{}, Transfer{80, -3, 0.7}}) {
    check::close(phi(p.Ihalf, p), p.rmax / 2, 1e-14, "Φ(Ihalf) = rmax/2");
    check::close(phi_prime(p.Ihalf, p), p.rmax * p.kappa / 2, 1e-14, "Φ'(Ihalf) = rmax·κ/2");
    check::close(phi(p.Ihalf + std::atanh(0.5) / p.kappa, p), 0.75 * p.rmax, 1e-13,
                 "Φ(Ihalf + atanh(1/2)/κ) = 3·rmax/4");
  }
}

BOOST_AUTO_TEST_CASE(inverse, *boost::unit_test::description("Φ(Φ⁻¹(r)) = r et domaine de Φ⁻¹")) {
  const Transfer p{80, -3, 0.7};
  for (double r : {1e-9, 0.1, 40.0, 79.9})
    check::close(phi(phi_inv(r, p), p), r, 1e-9, "Φ(Φ⁻¹(r)) = r, r = " + check::num(r));
  for (double r : {0.0, 80.0, -1.0, 100.0, std::nan("")})
    check::throws_domain_error([&] { (void)phi_inv(r, p); }, "Φ⁻¹(" + check::num(r) + ") refusée");
  try {
    (void)phi_inv(90, p);
  } catch (const std::domain_error& e) {
    check::that(std::string(e.what()).find("(0, 80)") != std::string::npos,
                "le message de l'erreur de domaine nomme (0, rmax)", e.what());
  }
}
