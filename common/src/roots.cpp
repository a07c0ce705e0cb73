#include "td4/roots.hpp"

#include "td4/errors.hpp"

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

namespace td4 {

double bracketed_root(const std::function<double(double)>& g, double a, double b, double ga,
                      double gb, int bits) {
  try {
    std::uintmax_t iterations = 200;
    const auto [lo, hi] = boost::math::tools::toms748_solve(
        g, a, b, ga, gb, boost::math::tools::eps_tolerance<double>(bits), iterations);
    if (lo >= a && hi <= b) return 0.5 * (lo + hi);
  } catch (const std::exception&) {
    // Boost.Math : « a et b n'encadrent pas la racine » à l'arrondi près.
  }
  // 2 100 dichotomies vont de l'étendue des double à deux flottants voisins.
  for (int i = 0; i < 2100; ++i) {
    const double m = a + 0.5 * (b - a);
    if (!(m > a && m < b)) break;
    const double gm = g(m);
    if (gm == 0) return m;
    if ((gm < 0) == (ga < 0)) {
      a = m;
      ga = gm;
    } else {
      b = m;
    }
  }
  return a + 0.5 * (b - a);
}

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

  // Parcours en profondeur sans récursion, et au plus max_pieces morceaux :
  // des bornes trop lâches ou non finies ne peuvent pas faire couper sans fin.
  void search(const Sample& first, const Sample& last) {
    std::vector<std::pair<Sample, Sample>> pieces{{first, last}};
    for (std::size_t examined = 0; !pieces.empty(); ++examined) {
      if (examined == max_pieces)
        throw RuntimeFailure("recherche des points fixes abandonnée après " +
                             std::to_string(max_pieces) +
                             " intervalles : paramètres hors de portée du calcul");
      const auto [a, b] = pieces.back();
      pieces.pop_back();
      const double h = b.x - a.x;
      const bool same_sign = (a.f > 0 && b.f > 0) || (a.f < 0 && b.f < 0);
      const double fa = std::abs(a.f), fb = std::abs(b.f);
      const RootBounds d = bounds_(a.x, b.x);
      if (same_sign && (fa + fb > d.d1 * h || std::min(fa, fb) > d.d2 * h * h / 8)) continue;
      const bool monotone = std::abs(a.df + b.df) > d.d2 * h;
      const bool change = (a.f < 0 && b.f > 0) || (a.f > 0 && b.f < 0);
      if (monotone) {
        if (change) roots_.push_back(bracketed_root(f_, a.x, b.x, a.f, b.f, 52));
        continue;
      }
      if (!(h > min_width_)) {
        // Au fond d'un point double : f touche 0 à l'arrondi près.
        if (change) roots_.push_back(bracketed_root(f_, a.x, b.x, a.f, b.f, 52));
        else if (same_sign) roots_.push_back(fa < fb ? a.x : b.x);
        continue;
      }
      const Sample m = at(a.x + 0.5 * h);
      pieces.push_back({m, b});
      pieces.push_back({a, m});
    }
  }

  std::vector<double>& roots() { return roots_; }

 private:
  static constexpr std::size_t max_pieces = 100000;

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
