#include "check.hpp"

#include <cmath>
#include <iostream>
#include <sstream>

namespace td4::check {

namespace {
// Au-delà de quelques écarts dans un même cas, les suivants sont seulement comptés.
const int shown_per_case = 3;
int failures_in_case = 0;

bool report(const std::string& what) {
  BOOST_ERROR(what);
  if (++failures_in_case > shown_per_case) return false;
  std::cout << "    ✘ " << what << '\n';
  return true;
}
}  // namespace

void start_case() { failures_in_case = 0; }

int hidden_failures() { return std::max(0, failures_in_case - shown_per_case); }

std::string num(double x) {
  std::ostringstream s;
  s.precision(10);
  s << x;
  return s.str();
}

bool that(bool ok, const std::string& what, const std::string& detail, const std::string& hint) {
  if (ok || !report(what)) return ok;
  std::cout << "      obtenu : " << detail << '\n';
  if (!hint.empty()) std::cout << "      piste : " << hint << '\n';
  return false;
}

bool close(double got, double expected, double tol, const std::string& what,
           const std::string& hint) {
  const bool ok = std::abs(got - expected) <= tol * std::max(1.0, std::abs(expected));
  if (ok || !report(what)) return ok;
  std::cout << "      attendu : " << num(expected)
            << " (à " << num(tol) << " près, relatif)\n      obtenu  : " << num(got) << '\n';
  if (!hint.empty()) std::cout << "      piste : " << hint << '\n';
  return false;
}

}  // namespace td4::check
