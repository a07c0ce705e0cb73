#include "td4/legend.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <locale>
#include <sstream>
#include <string>
#include <vector>

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
  // Dans le coin où elle cache le moins, son fond laisse voir à moitié ce
  // qu'elle couvre (fond blanc translucide).
  if (least > 0) return g.set("set key " + best + " opaque fc rgb '#80ffffff'");
  if (best != wanted) g.set("set key " + best);
  return g;
}

Figure with_key_beside_square_plot(const Figure& f, const KeyCanvas& canvas) {
  if (canvas.width < 1.3 * canvas.height) return f;
  std::string key;
  bool square = false;
  for (const std::string& c : f.commands) {
    if (starts(c, "set key") || starts(c, "unset key")) key = c;
    square = square || c == "set size square";
  }
  // Un tracé carré laisse de la largeur libre ; un autre la perdrait.
  if (!square || key.find("above") == std::string::npos) return f;
  std::size_t entries = 0, longest = 0;
  for (const Series& s : f.series)
    if (!s.title.empty()) {
      ++entries;
      longest = std::max(longest, shown_length(s.title));
    }
  // Sa largeur dans la petite police des fenêtres (environ 5 pixels par
  // caractère, échantillon compris).
  const double key_width = (double(longest) + 4) * canvas.char_width;
  // Et sa hauteur, en une colonne, à côté d'un tracé haut de la fenêtre moins
  // le titre et l'axe x.
  if (key_width > 0.55 * canvas.width || double(entries) * 0.9 * canvas.line_height > canvas.height - 90)
    return f;
  // « default » d'abord : gnuplot garderait sinon « maxcols », « width »…
  Figure g = f;
  return g.set("set key default").set("set key outside right top vertical nobox");
}

namespace {

// « set Xtics PAS » pour l'axe `axis` (x : colonne 0, y : colonne 1) : le
// plus petit pas 1, 2 ou 5 × 10ᵏ (sur un axe logarithmique, 10ᵏ décades)
// qui donne au plus onze graduations dont les étiquettes ne se touchent
// pas ; `room` : la longueur de l'axe en pixels ; `label` : la place d'une
// étiquette de n caractères. Vide si la figure règle elle-même cet axe.
std::string spaced_tics(const Figure& f, const std::string& axis, std::size_t column, double room,
                        const std::function<double(std::size_t)>& label) {
  bool log = false;
  for (const std::string& c : f.commands) {
    for (const std::string& own : {"set " + axis + "tics", "unset " + axis + "tics",
                                   "set " + axis + "data"})
      if (starts(c, own)) return "";
    // Un format à soi change la largeur des étiquettes x (en y, seule leur hauteur compte).
    if (axis == "x" && starts(c, "set format x")) return "";
    log = log || starts(c, "set logscale " + axis) || starts(c, "set log " + axis);
  }
  Range data, given;
  for (const Series& s : f.series) {
    if (s.style.find("tic") != std::string::npos) return "";  // graduations lues dans les données
    if (s.columns.size() > column)
      for (double v : s.columns[column])
        if (!log || v > 0) data.add(log ? std::log10(v) : v);
  }
  for (const std::string& c : f.commands) read_range(c, axis, given);
  if (log) {
    given.low = given.low > 0 ? std::log10(given.low) : INFINITY;
    given.high = given.high > 0 ? std::log10(given.high) : INFINITY;
  }
  // Une borne donnée reste telle quelle ; celle des données, gnuplot
  // l'étend jusqu'à la graduation suivante.
  const bool fixed_low = std::isfinite(given.low), fixed_high = std::isfinite(given.high);
  const double low = fixed_low ? given.low : data.low, high = fixed_high ? given.high : data.high;
  if (!(std::isfinite(low) && std::isfinite(high) && low < high)) return "";

  std::vector<double> steps;
  if (log) {
    for (double decades : {1, 2, 3, 4, 5, 10, 20}) steps.push_back(decades);
  } else {
    const double decade = std::pow(10.0, std::floor(std::log10(high - low)) - 2);
    for (double scale = decade; scale < 1e3 * decade; scale *= 10)
      for (double m : {1.0, 2.0, 5.0}) steps.push_back(m * scale);
  }
  for (double step : steps) {
    const double first = fixed_low ? std::ceil(low / step - 1e-9) : std::floor(low / step + 1e-9);
    const double last = fixed_high ? std::floor(high / step + 1e-9) : std::ceil(high / step - 1e-9);
    if (last - first > 10) continue;
    double used = 0;
    for (double k = first; k <= last; ++k) {
      char text[32];
      std::snprintf(text, sizeof text, "%g", log ? k * step : std::abs(k) < 0.5 ? 0.0 : k * step);
      used += label(std::string(text).size() + (log ? 2 : 0));  // 10 puis l'exposant
    }
    if (used <= room || last - first < 2) {
      std::ostringstream command;
      command.imbue(std::locale::classic());
      command << "set " << axis << "tics " << (log ? std::pow(10.0, step) : step);
      return command.str();
    }
  }
  return "";
}

}  // namespace

Figure with_spaced_tics(const Figure& f, const KeyCanvas& plot) {
  // En x, les étiquettes côte à côte, séparées d'un caractère et demi ; en y,
  // l'une au-dessus de l'autre, séparées d'une demi-ligne.
  const std::string x = spaced_tics(f, "x", 0, plot.width,
                                    [&](std::size_t n) { return (double(n) + 1.5) * plot.char_width; });
  const std::string y = spaced_tics(f, "y", 1, plot.height,
                                    [&](std::size_t) { return 1.5 * plot.line_height; });
  Figure g = f;
  if (!x.empty()) g.set(x);
  if (!y.empty()) g.set(y);
  return g;
}

}  // namespace td4
