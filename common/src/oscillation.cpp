#include "td4/oscillation.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace td4 {

namespace {

// Sommet de la parabole par (−h, y0), (0, y1), (h, y2) ; sign = +1 pour un
// maximum, −1 pour un minimum.
std::vector<Extremum> extrema(const std::vector<double>& t, const std::vector<double>& x,
                              double t_from, double sign) {
  if (t.size() != x.size())
    throw std::invalid_argument("extrema : t et x n'ont pas la même taille");
  std::vector<Extremum> out;
  for (std::size_t i = 1; i + 1 < x.size(); ++i) {
    if (t[i] < t_from) continue;
    const double y0 = sign * x[i - 1], y1 = sign * x[i], y2 = sign * x[i + 1];
    // Maximum strict à gauche, large à droite : un plateau compte une fois.
    if (!(y1 > y0 && y1 >= y2)) continue;
    const double h = 0.5 * (t[i + 1] - t[i - 1]);
    const double curvature = y0 - 2.0 * y1 + y2;  // < 0
    const double shift = curvature < 0 ? 0.5 * (y0 - y2) / curvature : 0.0;  // en pas
    out.push_back({t[i] + shift * h, sign * (y1 - 0.25 * (y0 - y2) * shift)});
  }
  return out;
}

}  // namespace

std::vector<Extremum> local_maxima(const std::vector<double>& t,
                                   const std::vector<double>& x, double t_from) {
  return extrema(t, x, t_from, +1.0);
}

std::vector<Extremum> local_minima(const std::vector<double>& t,
                                   const std::vector<double>& x, double t_from) {
  return extrema(t, x, t_from, -1.0);
}

Oscillation measure_oscillation(const std::vector<double>& t, const std::vector<double>& x,
                                double t_transient, double min_amplitude, double drift) {
  Oscillation o;
  bool any = false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (t[i] < t_transient) continue;
    o.min = any ? std::min(o.min, x[i]) : x[i];
    o.max = any ? std::max(o.max, x[i]) : x[i];
    any = true;
  }
  const auto maxima = local_maxima(t, x, t_transient);
  const auto minima = local_minima(t, x, t_transient);
  o.maxima = maxima.size();
  if (maxima.size() >= 2)
    o.period = (maxima.back().t - maxima.front().t) / static_cast<double>(maxima.size() - 1);
  if (maxima.size() < 3 || minima.size() < 2) return o;
  // Les extrêmes interpolés dépassent un peu les échantillons.
  for (const auto& m : maxima) o.max = std::max(o.max, m.value);
  for (const auto& m : minima) o.min = std::min(o.min, m.value);
  const double amplitude = o.max - o.min;
  const double limit = drift * amplitude;
  o.sustained = amplitude >= min_amplitude &&
                std::abs(maxima.back().value - maxima.front().value) <= limit &&
                std::abs(minima.back().value - minima.front().value) <= limit;
  return o;
}

}  // namespace td4
