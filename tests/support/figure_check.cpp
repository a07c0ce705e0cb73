#include "figure_check.hpp"

#include "check.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <utility>

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
  that(false, "une figure nommée « " + name + " », montrée par draw()",
       shown.empty() ? std::string("draw() n'a montré aucune figure")
                     : "figures montrées : " + names,
       "le nom est le premier argument de Figure (le nom du fichier écrit) ; "
       "chaque figure est montrée par plot.show(f).");
  return nullptr;
}

namespace {

// Le premier nombre écrit avec ce séparateur décimal (« 1,01 », « 0.5 ») dans
// s, ou "" : un chiffre, le séparateur, un chiffre.
std::string decimal_with(const std::string& s, char mark) {
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if (s[i] == mark && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      std::size_t a = i - 1, b = i + 1;
      while (a > 0 && std::isdigit(static_cast<unsigned char>(s[a - 1]))) --a;
      while (b + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[b + 1]))) ++b;
      return s.substr(a, b - a + 1);
    }
  return "";
}

}  // namespace

bool labelled(const Figure& f) {
  const bool named =
      that(!f.title.empty() && !f.xlabel.empty() && !f.ylabel.empty(),
           "figure « " + f.name + " » : un titre et deux axes nommés",
           "titre « " + f.title + " », axe x « " + f.xlabel + " », axe y « " + f.ylabel + " »",
           "Figure{nom, titre, axe x, axe y} : chaque axe avec sa grandeur et son unité.");
  // Une seule convention décimale par figure : td4::number écrit « 0.05 »,
  // un titre en « 1,01 » à côté se lirait comme une liste.
  std::string comma, point;
  for (const std::string* text : {&f.title, &f.xlabel, &f.ylabel}) {
    if (comma.empty()) comma = decimal_with(*text, ',');
    if (point.empty()) point = decimal_with(*text, '.');
  }
  for (const Series& s : f.series) {
    if (comma.empty()) comma = decimal_with(s.title, ',');
    if (point.empty()) point = decimal_with(s.title, '.');
  }
  const bool one_mark =
      that(comma.empty() || point.empty(),
           "figure « " + f.name + " » : une seule convention décimale (titre, axes, légendes)",
           "« " + comma + " » et « " + point + " » dans la même figure",
           "td4::number (les nombres des légendes) écrit le point décimal : écrivez « 1.01 » "
           "et non « 1,01 » dans le titre et les légendes.");
  return named && one_mark;
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
  std::string detail = f.series.size() == 1 ? std::string("la seule série ne la suit pas")
                                             : "aucune des " + std::to_string(f.series.size()) +
                                                   " séries";
  if (!best.where.empty())
    detail += (f.series.size() == 1 ? " (« " + best_title + " ») : "
                                    : " ; la plus proche (« " + best_title + " ») : ") +
              best.where;
  return that(false, "figure « " + f.name + " » : " + what, detail, hint);
}

}  // namespace

bool has_curve(const Figure& f, const Curve& ref, const std::string& what,
               const std::string& hint, double tol) {
  return has_series(f, ref, extent_of(ref), tol, what, hint, curve_gap);
}

namespace {

// Une série qui marque des points (et non une ligne) : « points »,
// « linespoints » et leurs abréviations, ou des cercles.
bool marks_points(const Series& s) {
  const std::string first = s.style.substr(0, s.style.find(' '));
  for (const char* word : {"points", "p", "linespoints", "lp", "circles", "dots"})
    if (first == word) return true;
  return false;
}

double nearest(double px, double py, const std::vector<double>& qx, const std::vector<double>& qy,
               const Extent& e) {
  double d = std::numeric_limits<double>::infinity();
  for (std::size_t j = 0; j < qx.size(); ++j) d = std::min(d, point_distance(px, py, qx[j], qy[j], e));
  return d;
}

}  // namespace

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
  const Extent e = extent_of(all);
  // Les séries de points qui ne marquent que des points attendus, réunies :
  // une série par couple, une pour tous, dans n'importe quel ordre.
  Curve shown;
  std::string stray;  // le premier point inattendu d'une série écartée
  int marking = 0;
  for (const Series& s : f.series) {
    if (!marks_points(s) || s.columns.size() < 2 || s.columns[0].empty()) continue;
    ++marking;
    const std::vector<double>&x = s.columns[0], &y = s.columns[1];
    std::size_t expected = 0, i = x.size();  // i : le premier point inattendu
    for (std::size_t k = 0; k < x.size(); ++k)
      if (nearest(x[k], y[k], ref.x, ref.y, e) <= tol)
        ++expected;
      else if (i == x.size())
        i = k;
    if (i < x.size()) {
      // Une série d'autre chose (des nœuds-cols…) est libre ; celle qui mêle
      // des points attendus et un point de trop est signalée.
      if (stray.empty() && expected > 0)
        stray = "la série « " + s.title + " » mêle aux points attendus (" + num(x[i]) + ", " +
                num(y[i]) + "), qui n'en fait pas partie";
      continue;
    }
    shown.x.insert(shown.x.end(), x.begin(), x.end());
    shown.y.insert(shown.y.end(), y.begin(), y.end());
  }
  for (std::size_t j = 0; j < ref.x.size(); ++j)
    if (!(nearest(ref.x[j], ref.y[j], shown.x, shown.y, e) <= tol)) {
      std::string detail = marking == 0 ? std::string("aucune série de points (style « points »)")
                                        : "il manque le point (" + num(ref.x[j]) + ", " +
                                              num(ref.y[j]) + ")";
      if (!stray.empty()) detail += " ; " + stray;
      return that(false, "figure « " + f.name + " » : " + what, detail, hint);
    }
  return true;
}

namespace {

// Les séries de f groupées par légende : une série sans légende qui suit
// une série de même style en prolonge la courbe (une isocline en morceaux).
std::vector<std::pair<std::string, std::vector<const Series*>>> by_title(const Figure& f) {
  std::vector<std::pair<std::string, std::vector<const Series*>>> groups;
  const Series* previous = nullptr;
  for (const Series& s : f.series) {
    if (s.columns.size() < 2 || s.columns[0].empty()) continue;
    if (!s.title.empty())
      groups.push_back({s.title, {&s}});
    else if (previous && previous->style == s.style && !groups.empty() &&
             groups.back().second.back() == previous)
      groups.back().second.push_back(&s);
    previous = &s;
  }
  return groups;
}

// Le plus grand écart d'un point de `s` aux lignes brisées de `group`, et
// l'indice de ce point dans `at`.
double farthest(const Series& s, const std::vector<const Series*>& group, std::size_t* at) {
  std::vector<Curve> curves;
  Curve joined;
  for (const Series* g : group) {
    curves.push_back({g->columns[0], g->columns[1]});
    joined.x.insert(joined.x.end(), g->columns[0].begin(), g->columns[0].end());
    joined.y.insert(joined.y.end(), g->columns[1].begin(), g->columns[1].end());
  }
  const Extent e = extent_of(joined);
  double worst = 0;
  for (std::size_t i = 0; i < s.columns[0].size(); ++i) {
    double d = std::numeric_limits<double>::infinity();
    for (const Curve& c : curves) d = std::min(d, distance(s.columns[0][i], s.columns[1][i], c, e));
    if (!(d <= worst)) {
      worst = d;
      if (at) *at = i;
    }
  }
  return worst;
}

}  // namespace

bool titles_match(const Figure& f, const Figure& ref, const std::string& hint, double tol) {
  const auto named = by_title(ref);
  bool ok = true;
  for (const auto& entry : by_title(f)) {
    // (Pas de liaison structurée : clang 14 ne la capture pas dans une lambda.)
    const std::string& title = entry.first;
    const auto& mine = entry.second;
    const auto same = std::find_if(named.begin(), named.end(),
                                   [&](const auto& g) { return g.first == title; });
    if (same == named.end()) continue;  // une légende à soi : libre
    for (const Series* s : mine) {
      std::size_t at = 0;
      if (farthest(*s, same->second, &at) <= tol) continue;
      std::string instead;
      for (const auto& [other, group] : named)
        if (other != title && farthest(*s, group, nullptr) <= tol) instead = other;
      std::string detail;
      if (instead.empty()) {
        detail.append("son point (").append(num(s->columns[0][at])).append(", ");
        detail.append(num(s->columns[1][at])).append(") est loin de « ").append(title).append(" »");
      } else {
        detail.append("elle suit « ").append(instead).append(" »");
      }
      ok = that(false, "figure « " + f.name + " » : la courbe de légende « " + title +
                           " » montre ce que dit sa légende",
                detail, hint) && ok;
      break;
    }
  }
  return ok;
}

}  // namespace td4::check
