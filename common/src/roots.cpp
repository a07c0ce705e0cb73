#include "td4/roots.hpp"

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace td4 {

namespace {

struct Sample {
  double x, f, df;
};

class Finder {
 public:
  Finder(const std::function<double(double)>& f, const std::function<double(double)>& df,
         const LocalBounds& bounds, double min_width)
      : f_(f), df_(df), bounds_(bounds), min_width_(min_width) {}

  Sample at(double x) {
    Sample s{x, f_(x), df_(x)};
    if (s.f == 0.0) roots_.push_back(x);  // racine tombée sur un bout
    return s;
  }

  void search(const Sample& a, const Sample& b) {
    const double h = b.x - a.x;
    const bool same_sign = (a.f > 0 && b.f > 0) || (a.f < 0 && b.f < 0);
    const double fa = std::abs(a.f), fb = std::abs(b.f);
    const RootBounds d = bounds_(a.x, b.x);
    if (same_sign && (fa + fb > d.d1 * h || std::min(fa, fb) > d.d2 * h * h / 8)) return;
    const bool monotone = std::abs(a.df + b.df) > d.d2 * h;
    const bool change = (a.f < 0 && b.f > 0) || (a.f > 0 && b.f < 0);
    if (monotone) {
      if (change) roots_.push_back(bracket(a, b));
      return;
    }
    if (h <= min_width_) {
      // Au fond d'un point double : f touche 0 à l'arrondi près.
      if (change) roots_.push_back(bracket(a, b));
      else if (same_sign) roots_.push_back(fa < fb ? a.x : b.x);
      return;
    }
    const Sample m = at(a.x + 0.5 * h);
    search(a, m);
    search(m, b);
  }

  std::vector<double>& roots() { return roots_; }

 private:
  double bracket(const Sample& a, const Sample& b) const {
    std::uintmax_t iterations = 200;
    const auto r = boost::math::tools::toms748_solve(
        f_, a.x, b.x, a.f, b.f, boost::math::tools::eps_tolerance<double>(52), iterations);
    return 0.5 * (r.first + r.second);
  }

  const std::function<double(double)>& f_;
  const std::function<double(double)>& df_;
  const LocalBounds& bounds_;
  double min_width_;
  std::vector<double> roots_;
};

}  // namespace

std::vector<double> all_roots(const std::function<double(double)>& f,
                              const std::function<double(double)>& df, double a,
                              double b, const LocalBounds& bounds) {
  Finder finder(f, df, bounds, 1e-12 * (b - a));
  const Sample sa = finder.at(a), sb = finder.at(b);
  finder.search(sa, sb);
  std::vector<double>& r = finder.roots();
  std::sort(r.begin(), r.end());
  // Des racines voisines sans bosse de f entre elles (au-delà de l'arrondi)
  // forment une grappe : un bout commun vu deux fois, ou un point double
  // que l'arrondi fait changer de signe plusieurs fois. Chaque grappe donne
  // son milieu.
  const double noise = bounds(a, b).noise;
  std::vector<double> unique;
  std::size_t first = 0;
  for (std::size_t i = 1; i <= r.size(); ++i)
    if (i == r.size() || std::abs(f(0.5 * (r[i - 1] + r[i]))) > noise) {
      unique.push_back(0.5 * (r[first] + r[i - 1]));
      first = i;
    }
  return unique;
}

}  // namespace td4
