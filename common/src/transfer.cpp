#include "td4/transfer.hpp"

#include <sstream>
#include <stdexcept>

namespace td4 {

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
