#include "figure_check.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td4::check {

std::vector<Figure> figures_of(const std::function<void(Plotter&)>& draw) {
  std::vector<Figure> shown;
  PlotSettings quiet;
  quiet.terminal = Terminal::none;
  Plotter plot(quiet);
  plot.record([&shown](const Figure& f) { shown.push_back(f); });
  draw(plot);
  return shown;
}

const Figure* figure_named(const std::vector<Figure>& shown, const std::string& name) {
  std::string names;
  for (const Figure& f : shown) {
    if (f.name == name) return &f;
    names += (names.empty() ? "« " : ", « ") + f.name + " »";
  }
  that(false, "la figure « " + name + " » est tracée",
       shown.empty() ? std::string("draw() n'a montré aucune figure")
                     : "figures montrées : " + names,
       "le nom est le premier argument de Figure (le nom du fichier écrit) ; "
       "chaque figure est montrée par plot.show(f).");
  return nullptr;
}

bool labelled(const Figure& f) {
  return that(!f.title.empty() && !f.xlabel.empty() && !f.ylabel.empty(),
              "figure « " + f.name + " » : un titre et deux axes nommés",
              "titre « " + f.title + " », axe x « " + f.xlabel + " », axe y « " + f.ylabel + " »",
              "Figure{nom, titre, axe x, axe y} : chaque axe avec sa grandeur et son unité.");
}

bool has_setting(const Figure& f, const std::string& command, const std::string& why) {
  for (const std::string& c : f.commands)
    if (c.rfind(command, 0) == 0) return true;
  std::string all;
  for (const std::string& c : f.commands) all += (all.empty() ? "" : " ; ") + c;
  return that(false, "figure « " + f.name + " » : « " + command + " »",
              all.empty() ? std::string("aucun réglage (f.set(…))") : "réglages : " + all, why);
}

Curve sampled(const std::function<double(double)>& y, double from, double to, int n) {
  Curve c;
  for (int i = 0; i <= n; ++i) {
    const double x = from + (to - from) * i / n;
    c.x.push_back(x);
    c.y.push_back(y(x));
  }
  return c;
}

namespace {

struct Extent {
  double x0, sx, y0, sy;  // origine et étendue de chaque axe (jamais nulle)
};

Extent extent_of(const Curve& c) {
  const auto [x0, x1] = std::minmax_element(c.x.begin(), c.x.end());
  const auto [y0, y1] = std::minmax_element(c.y.begin(), c.y.end());
  const auto span = [](double a, double b) { return b - a > 0 ? b - a : std::max(1.0, std::abs(a)); };
  return {*x0, span(*x0, *x1), *y0, span(*y0, *y1)};
}

// Distance (dans l'étendue de ref) du point (x, y) à la ligne brisée de ref.
double distance(double x, double y, const Curve& ref, const Extent& e) {
  if (!std::isfinite(x) || !std::isfinite(y)) return std::numeric_limits<double>::infinity();
  const double px = (x - e.x0) / e.sx, py = (y - e.y0) / e.sy;
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < ref.x.size(); ++i) {
    const double ax = (ref.x[i] - e.x0) / e.sx, ay = (ref.y[i] - e.y0) / e.sy;
    double bx = ax, by = ay;
    if (i + 1 < ref.x.size()) {
      bx = (ref.x[i + 1] - e.x0) / e.sx;
      by = (ref.y[i + 1] - e.y0) / e.sy;
    }
    const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    const double u = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
    best = std::min(best, std::hypot(px - ax - u * dx, py - ay - u * dy));
  }
  return best;
}

double point_distance(double x, double y, double rx, double ry, const Extent& e) {
  return std::hypot((x - rx) / e.sx, (y - ry) / e.sy);
}

// L'écart d'une série à ref, et où il est le plus grand.
struct Gap {
  double worst = std::numeric_limits<double>::infinity();
  std::string where;
};

Gap curve_gap(const Series& s, const Curve& ref, const Extent& e) {
  Gap g;
  if (s.columns.size() < 2 || s.columns[0].empty()) return g;
  const std::vector<double>&x = s.columns[0], &y = s.columns[1];
  g.worst = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double d = distance(x[i], y[i], ref, e);
    if (!(d <= g.worst)) {
      g.worst = d;
      g.where = "le point (" + num(x[i]) + ", " + num(y[i]) + ") est loin de la courbe attendue";
    }
  }
  // D'un bout à l'autre de ref, dans un sens ou dans l'autre.
  const auto ends = [&](std::size_t a, std::size_t b) {
    return std::max(point_distance(x.front(), y.front(), ref.x[a], ref.y[a], e),
                    point_distance(x.back(), y.back(), ref.x[b], ref.y[b], e));
  };
  const std::size_t last = ref.x.size() - 1;
  const double reach = std::min(ends(0, last), ends(last, 0));
  if (reach > g.worst) {
    g.worst = reach;
    g.where = "elle va de (" + num(x.front()) + ", " + num(y.front()) + ") à (" + num(x.back()) +
              ", " + num(y.back()) + ") au lieu de (" + num(ref.x.front()) + ", " +
              num(ref.y.front()) + ") à (" + num(ref.x.back()) + ", " + num(ref.y.back()) + ")";
  }
  return g;
}

Gap points_gap(const Series& s, const Curve& ref, const Extent& e) {
  Gap g;
  if (s.columns.size() < 2) return g;
  const std::vector<double>&x = s.columns[0], &y = s.columns[1];
  g.worst = 0;
  const auto nearest = [&](double px, double py, const std::vector<double>& qx,
                           const std::vector<double>& qy) {
    double d = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < qx.size(); ++j) d = std::min(d, point_distance(px, py, qx[j], qy[j], e));
    return d;
  };
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double d = nearest(x[i], y[i], ref.x, ref.y);
    if (!(d <= g.worst)) {
      g.worst = d;
      g.where = "le point (" + num(x[i]) + ", " + num(y[i]) + ") n'est pas attendu";
    }
  }
  for (std::size_t j = 0; j < ref.x.size(); ++j) {
    const double d = nearest(ref.x[j], ref.y[j], x, y);
    if (!(d <= g.worst)) {
      g.worst = d;
      g.where = "il manque le point (" + num(ref.x[j]) + ", " + num(ref.y[j]) + ")";
    }
  }
  return g;
}

template <class GapOf>
bool has_series(const Figure& f, const Curve& ref, const Extent& e, double tol,
                const std::string& what, const std::string& hint, GapOf gap_of) {
  Gap best;
  std::string best_title;
  for (const Series& s : f.series) {
    const Gap g = gap_of(s, ref, e);
    if (g.worst <= tol) return true;
    if (!(g.worst >= best.worst)) {
      best = g;
      best_title = s.title;
    }
  }
  std::string detail = "aucune des " + std::to_string(f.series.size()) + " séries";
  if (!best.where.empty())
    detail += " ; la plus proche (« " + best_title + " ») : " + best.where;
  return that(false, "figure « " + f.name + " » : " + what, detail, hint);
}

}  // namespace

bool has_curve(const Figure& f, const Curve& ref, const std::string& what,
               const std::string& hint, double tol) {
  return has_series(f, ref, extent_of(ref), tol, what, hint, curve_gap);
}

bool has_points(const Figure& f, const Curve& ref, const std::string& what,
                const std::string& hint, double tol) {
  // L'étendue de la figure entière : quelques points n'en ont pas.
  Curve all = ref;
  for (const Series& s : f.series)
    if (s.columns.size() >= 2)
      for (std::size_t i = 0; i < s.columns[0].size(); ++i)
        if (std::isfinite(s.columns[0][i]) && std::isfinite(s.columns[1][i])) {
          all.x.push_back(s.columns[0][i]);
          all.y.push_back(s.columns[1][i]);
        }
  return has_series(f, ref, extent_of(all), tol, what, hint, points_gap);
}

}  // namespace td4::check
