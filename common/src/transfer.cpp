#include "td4/transfer.hpp"

#include <sstream>
#include <stdexcept>

namespace td4 {

double phi(double I, const Transfer& p) {
  return 0.5 * p.rmax * (std::tanh(p.kappa * (I - p.Ihalf)) + 1.0);
}

double phi_prime(double I, const Transfer& p) {
  const double th = std::tanh(p.kappa * (I - p.Ihalf));
  return 0.5 * p.rmax * p.kappa * (1.0 - th * th);
}

double phi_inv(double r, const Transfer& p) {
  if (!(r > 0.0 && r < p.rmax)) {
    std::ostringstream msg;
    msg << "Φ⁻¹(r) n'est définie que pour r dans (0, rmax) = (0, " << p.rmax
        << ") (reçu : r = " << r << ")";
    throw std::domain_error(msg.str());
  }
  return std::atanh(2.0 * r / p.rmax - 1.0) / p.kappa + p.Ihalf;
}

}  // namespace td4
