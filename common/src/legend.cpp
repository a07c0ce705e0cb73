#include "td4/legend.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace td4 {

namespace {

// Le nombre de caractères affichés (UTF-8, sans le balisage {…} de gnuplot).
std::size_t shown_length(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (c & 0xC0) != 0x80 && c != '{' && c != '}' && c != '^' && c != '_';
  return n;
}

struct Range {
  double low = std::numeric_limits<double>::infinity();
  double high = -std::numeric_limits<double>::infinity();
  void add(double v) {
    if (!std::isfinite(v)) return;
    low = std::min(low, v);
    high = std::max(high, v);
  }
  bool valid() const { return low < high; }
};

// « set xrange [a:b] » : les bornes données (« * » : celle des données).
void read_range(const std::string& command, const std::string& axis, Range& r) {
  const std::string head = "set " + axis + "range [";
  if (command.rfind(head, 0) != 0) return;
  const std::string inside = command.substr(head.size(), command.find(']') - head.size());
  const std::size_t colon = inside.find(':');
  if (colon == std::string::npos) return;
  const auto bound = [](const std::string& t, double& into) {
    try {
      std::size_t used = 0;
      const double v = std::stod(t, &used);
      if (used > 0) into = v;
    } catch (...) {  // « * » ou une expression : la borne des données
    }
  };
  bound(inside.substr(0, colon), r.low);
  bound(inside.substr(colon + 1), r.high);
}

bool starts(const std::string& s, const std::string& head) { return s.rfind(head, 0) == 0; }

}  // namespace

Figure with_key_clear_of_data(const Figure& f, const KeyCanvas& canvas) {
  // La place demandée par la figure (la dernière commande « set key » compte).
  std::string wanted = "top right";
  for (const std::string& c : f.commands) {
    if (starts(c, "unset key")) return f;
    if (!starts(c, "set key")) continue;
    for (const char* outside : {"above", "below", "outside", "margin", " at "})
      if (c.find(outside) != std::string::npos) return f;
    for (const char* corner : {"top left", "top right", "bottom left", "bottom right",
                               "center left", "center right"})
      if (c.find(corner) != std::string::npos) wanted = corner;
  }
  std::size_t entries = 0, longest = 0;
  for (const Series& s : f.series)
    if (!s.title.empty()) {
      ++entries;
      longest = std::max(longest, shown_length(s.title));
    }
  if (entries == 0) return f;

  bool log_y = false;
  Range x, y;
  for (const Series& s : f.series) {
    if (s.columns.size() < 2 || s.style.find("image") != std::string::npos) return f;
    for (std::size_t i = 0; i < s.columns[0].size(); ++i) {
      x.add(s.columns[0][i]);
      y.add(s.columns[1][i]);
    }
  }
  for (const std::string& c : f.commands) {
    read_range(c, "x", x);
    read_range(c, "y", y);
    log_y = log_y || starts(c, "set logscale y") || starts(c, "set log y");
  }
  if (log_y) {
    if (!(y.low > 0)) return f;
    y = Range{std::log10(y.low), std::log10(y.high)};
  }
  if (!x.valid() || !y.valid()) return f;

  // Le tracé sans ses marges (axes, titre, légendes des axes), et la légende
  // comme gnuplot la mesure : échantillon et texte, une ligne par entrée.
  const double plot_w = canvas.width - 10 * canvas.char_width;
  const double plot_h = canvas.height - 6 * canvas.line_height;
  const double key_w = std::min(1.0, (double(longest) + 9) * canvas.char_width / plot_w);
  const double key_h = std::min(1.0, (double(entries) + 0.8) * canvas.line_height / plot_h);
  // Chaque point (et trois points entre deux points d'une ligne), en
  // fractions du tracé ; au plus 3000 points par série.
  // Combien de points (et de points entre deux points d'une ligne) la
  // légende couvre, en fractions du tracé ; au plus 3000 points par série.
  const auto covered = [&](double left, double bottom) {
    std::size_t n = 0;
    for (const Series& s : f.series) {
      const auto& xs = s.columns[0];
      const auto& ys = s.columns[1];
      const bool lines = s.style.find("lines") != std::string::npos;
      const std::size_t step = std::max<std::size_t>(1, xs.size() / 3000);
      for (std::size_t i = 0; i < xs.size(); i += step) {
        const std::size_t next = std::min(i + step, xs.size() - 1);
        for (int k = 0; k < (lines && next != i ? 4 : 1); ++k) {
          const double t = k / 4.0;
          const double px = xs[i] + t * (xs[next] - xs[i]);
          double py = ys[i] + t * (ys[next] - ys[i]);
          if (!std::isfinite(px) || !std::isfinite(py)) continue;
          if (log_y) {
            if (!(py > 0)) continue;
            py = std::log10(py);
          }
          const double fx = (px - x.low) / (x.high - x.low), fy = (py - y.low) / (y.high - y.low);
          // Avec une marge : une courbe qui frôle la légende est cachée par son cadre.
          constexpr double gap = 0.04;
          n += fx >= left - gap && fx <= left + key_w + gap && fy >= bottom - gap &&
               fy <= bottom + key_h + gap;
        }
      }
    }
    return n;
  };
  const auto cost = [&](const std::string& corner) {
    const double left = corner.find("left") != std::string::npos ? 0.0 : 1.0 - key_w;
    const double bottom = starts(corner, "top")      ? 1.0 - key_h
                          : starts(corner, "bottom") ? 0.0
                                                     : 0.5 - key_h / 2;
    return covered(left, bottom);
  };
  Figure g = f;
  std::string best = wanted;
  std::size_t least = cost(wanted);
  for (const std::string corner : {"top right", "top left", "bottom right", "bottom left",
                                   "center right", "center left"}) {
    if (least == 0) break;
    const std::size_t c = cost(corner);
    if (c < least) least = c, best = corner;
  }
  // Aucun coin libre : au-dessus du tracé (dessous, elle tomberait sur la
  // légende de l'axe x), sur autant de colonnes que la largeur permet ; mais
  // une grande légende (une petite fenêtre) y écraserait le tracé : elle va
  // alors dans le coin où elle cache le moins de données. Le dessin en
  // texte la met dessous (gnuplot l'y place sous la légende de l'axe x) :
  // une légende sur les courbes les effacerait.
  const bool below = std::string(canvas.outside).rfind("below", 0) == 0;
  if (least > 0 && (key_h <= 0.3 || below)) return g.set(std::string("set key ") + canvas.outside);
  if (best != wanted) g.set("set key " + best);
  return g;
}

}  // namespace td4
