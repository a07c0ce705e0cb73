// Le cadrage des figures de la bibliothèque : les cartes (td4/maps.hpp)
// montrent leur structure en entier, ce qui tombe hors du cadre y est quand
// même signalé ; les courbes de taux ne se confondent pas avec le cadre.
#include "td4/ei_pair.hpp"
#include "td4/ei_plots.hpp"
#include "td4/landmarks.hpp"
#include "td4/maps.hpp"
#include "td4/one_population_plots.hpp"
#include "td4/one_population_run.hpp"  // number()

#include "check.hpp"
#include "figure_check.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

using namespace td4;
using check::num;

namespace {

struct Bounds {
  double low = NAN, high = NAN;
  bool contains(double v) const { return v >= low && v <= high; }
};

// Les bornes de « set xrange [a:b] » (la dernière commande compte).
Bounds range_of(const Figure& f, const std::string& axis) {
  Bounds b;
  const std::string head = "set " + axis + "range [";
  for (const std::string& c : f.commands)
    if (c.rfind(head, 0) == 0) {
      const std::size_t colon = c.find(':');
      b.low = std::stod(c.substr(head.size(), colon - head.size()));
      b.high = std::stod(c.substr(colon + 1));
    }
  return b;
}

std::vector<const Series*> series_titled(const Figure& f, const std::string& start) {
  std::vector<const Series*> found;
  for (const Series& s : f.series)
    if (s.title.rfind(start, 0) == 0) found.push_back(&s);
  return found;
}

bool has_label(const Figure& f, const std::string& text) {
  for (const std::string& c : f.commands)
    if (c.rfind("set label", 0) == 0 && c.find("\"" + text + "\"") != std::string::npos) return true;
  return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(cusp_map_frames_its_structure,
                     *boost::unit_test::description(
                         "carte de la fronce : les deux nœuds-cols et la fronce entiers dans le "
                         "cadre, avec une marge, et le cadre resserré sur eux ; un couple hors "
                         "du cadre posé au bord, ses coordonnées écrites")) {
  struct Case {
    Transfer phi;
    std::vector<OnePopulation> chosen;
  };
  const Transfer other{80.0, -3.0, 0.7};
  const std::vector<Case> cases = {
      {Transfer{}, {{Transfer{}, 0.0, 0.05, 10.0}, {Transfer{}, 0.0, -0.1, 10.0}}},
      {other, {{other, -30.0, 0.05, 4.0}, {other, -5.0, 1.0, 4.0}, {other, 40.0, 0.04, 4.0}}}};
  for (const Case& k : cases) {
    const Figure f = cusp_map(k.phi, k.chosen, "fronce", "fronce");
    check::labelled(f);  // et une seule convention décimale
    const Bounds x = range_of(f, "x"), y = range_of(f, "y");
    const std::string at = " (rmax = " + num(k.phi.rmax) + ")";
    const auto curves = series_titled(f, "nœud-col");
    check::that(curves.size() == 2, "deux courbes de nœuds-cols" + at, num(curves.size()) + " tracées");
    // L'étendue des courbes, à comparer à celle du cadre.
    Bounds used{INFINITY, -INFINITY};
    Bounds used_w{INFINITY, -INFINITY};
    const Cusp c = cusp(k.phi);
    for (const Series* s : curves)
      for (std::size_t i = 0; i < s->columns[0].size(); ++i) {
        const double I = s->columns[0][i], w = s->columns[1][i];
        used = {std::min(used.low, I), std::max(used.high, I)};
        used_w = {std::min(used_w.low, w), std::max(used_w.high, w)};
      }
    const double margin_x = 0.02 * (x.high - x.low), margin_y = 0.02 * (y.high - y.low);
    check::that(used.low > x.low + margin_x && used.high < x.high - margin_x &&
                    used_w.low > y.low + margin_y && used_w.high < y.high - margin_y,
                "les nœuds-cols entiers dans le cadre, avec une marge" + at,
                "courbes : Iext de " + num(used.low) + " à " + num(used.high) + ", w de " +
                    num(used_w.low) + " à " + num(used_w.high) + " ; cadre [" + num(x.low) +
                    ", " + num(x.high) + "] × [" + num(y.low) + ", " + num(y.high) + "]");
    check::that(used_w.high > 2.5 * c.w, "les branches vont bien au-delà de la fronce" + at,
                "w jusqu'à " + num(used_w.high) + ", fronce w = " + num(c.w));
    check::that((used.high - used.low) > 0.7 * (x.high - x.low) &&
                    (used_w.high - used_w.low) > 0.6 * (y.high - y.low),
                "le cadre resserré sur les courbes (pas de grand vide)" + at,
                "courbes sur " + num((used.high - used.low) / (x.high - x.low)) + " de la largeur et " +
                    num((used_w.high - used_w.low) / (y.high - y.low)) + " de la hauteur");
    // Chaque couple : dans le cadre à sa place, ou posé au bord et nommé.
    const auto inside = series_titled(f, "(Iext, w) choisis");
    const auto outside = series_titled(f, "(Iext, w) hors cadre");
    for (const OnePopulation& p : k.chosen) {
      const bool in = x.contains(p.Iext) && y.contains(p.w);
      const std::string which = "(Iext, w) = (" + num(p.Iext) + ", " + num(p.w) + ")" + at;
      const auto marked = [](const std::vector<const Series*>& ss, double I, double w) {
        for (const Series* s : ss)
          for (std::size_t i = 0; i < s->columns[0].size(); ++i)
            if (s->columns[0][i] == I && s->columns[1][i] == w) return true;
        return false;
      };
      if (in) {
        check::that(marked(inside, p.Iext, p.w), which + " marqué", "absent des couples choisis");
        continue;
      }
      const double bx = std::clamp(p.Iext, x.low, x.high), by = std::clamp(p.w, y.low, y.high);
      check::that(marked(outside, bx, by), which + " hors cadre, posé au bord",
                  "pas de marque en (" + num(bx) + ", " + num(by) + ")");
      std::string text = x.contains(p.Iext) ? "" : "Iext = " + number(p.Iext);
      if (!y.contains(p.w)) text += (text.empty() ? "" : ", ") + ("w = " + number(p.w));
      check::that(has_label(f, text), which + " : ses coordonnées écrites près du bord",
                  "pas d'étiquette « " + text + " »");
    }
  }
}

BOOST_AUTO_TEST_CASE(ei_map_regions_tile_the_plane,
                     *boost::unit_test::description(
                         "carte E–I : des cases pleines qui pavent le plan sans se chevaucher, "
                         "chaque région de la grille dans la légende, une petite région marquée "
                         "de points, les courbes par-dessus")) {
  EIPair p;
  p.tauI = 8.0;
  const double wEE_max = 0.15;
  const int n = 24;
  const Figure f = ei_map(p, wEE_max, n, "carte", "carte");
  check::labelled(f);
  const Bounds x = range_of(f, "x"), y = range_of(f, "y");
  const double area = (x.high - x.low) * (y.high - y.low);
  std::vector<const Series*> boxes;
  std::size_t last_box = 0, first_curve = f.series.size();
  for (std::size_t k = 0; k < f.series.size(); ++k) {
    const Series& s = f.series[k];
    if (s.style.rfind("boxxyerror", 0) == 0) {
      boxes.push_back(&s);
      last_box = k;
    } else if (s.style.rfind("lines", 0) == 0) {
      first_curve = std::min(first_curve, k);
    }
  }
  check::that(!boxes.empty() && last_box < first_curve,
              "des cases pleines (boxxyerror), tracées avant les courbes",
              num(boxes.size()) + " séries de cases, la dernière en " + num(last_box) +
                  ", la première courbe en " + num(first_curve));
  // Les cases couvrent le cadre une fois et une seule : aire totale, et des
  // points tirés au hasard chacun dans exactement une case.
  double covered = 0;
  for (const Series* s : boxes)
    for (std::size_t i = 0; i < s->columns[0].size(); ++i)
      covered += 4 * s->columns[2][i] * s->columns[3][i];
  check::that(std::abs(covered - area) < 1e-9 * area, "les cases couvrent tout le cadre",
              "aire des cases " + num(covered) + ", du cadre " + num(area));
  std::mt19937 random(7);
  std::uniform_real_distribution<double> ux(x.low, x.high), uy(y.low, y.high);
  int wrong = 0;
  std::string example;
  for (int k = 0; k < 2000; ++k) {
    const double px = ux(random), py = uy(random);
    int inside = 0;
    for (const Series* s : boxes)
      for (std::size_t i = 0; i < s->columns[0].size(); ++i)
        inside += std::abs(px - s->columns[0][i]) < s->columns[2][i] &&
                  std::abs(py - s->columns[1][i]) < s->columns[3][i];
    if (inside != 1 && wrong++ == 0)
      example = std::string("(") + num(px) + ", " + num(py) + ") dans " + num(inside) + " cases";
  }
  check::that(wrong == 0, "chaque point du cadre dans une seule case",
              num(wrong) + " points sur 2000 ne le sont pas, par exemple " + example);
  // Chaque région de la grille n × n (centres des cases), dans la légende ;
  // une région de moins de 1 % du cadre y est représentée par des points.
  std::vector<std::string> regions;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      EIPair q = p;
      q.wEE = wEE_max * (i + 0.5) / n;
      q.IextE = y.low + (y.high - y.low) * (j + 0.5) / n;
      const std::string r = fixed_point_summary(fixed_point_analysis(q));
      if (std::find(regions.begin(), regions.end(), r) == regions.end()) regions.push_back(r);
    }
  check::that(regions.size() >= 4, "la grille de la carte par défaut a au moins 4 régions",
              num(regions.size()));
  for (const std::string& r : regions) {
    const Series* entry = nullptr;
    for (const Series& s : f.series)
      if (s.title == r) entry = &s;
    if (!check::that(entry != nullptr, "la région « " + r + " » dans la légende", "absente"))
      continue;
    double a = 0;
    if (entry->style.rfind("boxxyerror", 0) == 0)
      for (std::size_t i = 0; i < entry->columns[0].size(); ++i)
        a += 4 * entry->columns[2][i] * entry->columns[3][i];
    const bool marked = entry->style.rfind("points", 0) == 0 && !entry->columns[0].empty();
    check::that(a >= 0.01 * area || marked, "la région « " + r + " » visible",
                marked ? "marquée de points" : "cases sur " + num(a / area) + " du cadre, sans points");
  }
}

BOOST_AUTO_TEST_CASE(rate_time_courses_clear_of_the_frame,
                     *boost::unit_test::description(
                         "r(t) (question 03) : l'axe des taux contient strictement [0, rmax] "
                         "quand les courbes y vont, avec une marge ; resserré sur des taux bas")) {
  OnePopulationRun run;
  run.options.tau = 7.0;
  run.options.tmax = 60.0;
  run.options.phi.rmax = 120.0;
  run.Iext = {0.0, 5.0};
  run.w = {0.2};
  const Figure f = time_courses(run, library_simulation(run), "r_t", "r(t)");
  const Bounds y = range_of(f, "y");
  const double rmax = run.options.phi.rmax;
  check::that(y.low < -0.02 * rmax && y.high > 1.02 * rmax && y.low > -0.1 * rmax &&
                  y.high < 1.1 * rmax,
              "axe y de r(t) depuis 0 et rmax : [0, rmax] avec 2 à 10 % de marge",
              std::string("[") + num(y.low) + ", " + num(y.high) + "], rmax = " + num(rmax));
  // Depuis 0 seulement, à Iext = −20 : des taux bas, l'axe suit les données.
  run.r0 = {0.0};
  run.Iext = {-20.0};
  run.w = {0.01};
  const Figure low = time_courses(run, library_simulation(run), "r_t", "r(t)");
  double top = 0;
  for (const Series& s : low.series)
    for (double r : s.columns[1]) top = std::max(top, r);
  const Bounds yl = range_of(low, "y");
  check::that(top > 0 && yl.low < 0 && yl.high > 1.02 * top && yl.high < 1.1 * top,
              "axe y de r(t) aux taux bas : resserré sur les données, avec une marge",
              std::string("[") + num(yl.low) + ", " + num(yl.high) + "], taux maximal " + num(top));
}

BOOST_AUTO_TEST_CASE(phase_plane_zoom_on_close_fixed_points,
                     *boost::unit_test::description(
                         "zoom du plan de phase E–I : à IextE = 0, le nœud et la selle loin des "
                         "bords et l'un de l'autre, le seuil (variété stable de la selle) qui "
                         "ramène bien à la selle ; pas de zoom pour un point fixe seul")) {
  EIPair p;
  p.tauI = 8.0;
  const Stepping s{Method::rk4, 0.05, 0.5};
  check::that(!phase_plane_zoom(p, 300.0, s, "zoom"), "un seul point fixe (IextE = 5) : pas de zoom",
              "un zoom");
  p.IextE = 0.0;
  const auto zoom = phase_plane_zoom(p, 300.0, s, "zoom");
  if (!check::that(zoom.has_value(), "nœud et selle voisins (IextE = 0) : un zoom", "aucun")) return;
  check::labelled(*zoom);
  const Bounds x = range_of(*zoom, "x"), y = range_of(*zoom, "y");
  const double width = x.high - x.low, height = y.high - y.low;
  std::vector<EIFixedPoint> close;
  for (const EIFixedPoint& fp : fixed_point_analysis(p))
    if (fp.nature == Nature::noeud_stable || fp.nature == Nature::selle) close.push_back(fp);
  check::that(close.size() == 2, "un nœud stable et une selle à IextE = 0", num(close.size()));
  const std::string frame = std::string("cadre [") + num(x.low) + ", " + num(x.high) + "] × [" +
                            num(y.low) + ", " + num(y.high) + "]";
  for (const EIFixedPoint& fp : close)
    check::that(fp.rE > x.low + 0.15 * width && fp.rE < x.high - 0.15 * width &&
                    fp.rI > y.low + 0.1 * height && fp.rI < y.high - 0.1 * height,
                "point fixe (" + num(fp.rE) + ", " + num(fp.rI) + ") loin des bords du zoom", frame);
  if (close.size() == 2)
    check::that(std::abs(close[0].rE - close[1].rE) > 0.25 * width,
                "le nœud et la selle séparés d'au moins un quart du zoom", frame);
  // Le seuil : repartir d'un de ses points dans le sens du temps ramène près de la selle.
  const EIFixedPoint saddle = close.size() == 2 ? close[1] : EIFixedPoint{};
  int branches = 0;
  for (const Series& series : zoom->series) {
    if (series.style.find("dt 2") == std::string::npos || series.columns[0].size() < 10) continue;
    ++branches;
    // Son point du cadre le plus loin de la selle.
    double rE = saddle.rE, rI = saddle.rI, start = 0;
    for (std::size_t i = 0; i < series.columns[0].size(); ++i) {
      const double a = series.columns[0][i], b = series.columns[1][i];
      if (x.contains(a) && y.contains(b) && std::hypot(a - saddle.rE, b - saddle.rI) > start)
        rE = a, rI = b, start = std::hypot(a - saddle.rE, b - saddle.rI);
    }
    double nearest = start;
    for (const auto& point : trajectory(p, rE, rI, 200.0, s).x)
      nearest = std::min(nearest, std::hypot(point[0] - saddle.rE, point[1] - saddle.rI));
    check::that(start > 0.05 * width && nearest < 0.1 * start,
                "depuis (" + num(rE) + ", " + num(rI) + ") sur le seuil : jusqu'à la selle",
                "au plus près : " + num(nearest) + " Hz (départ à " + num(start) + " Hz)");
  }
  check::that(branches == 2, "le seuil de part et d'autre de la selle", num(branches) + " branche(s)");
}

BOOST_AUTO_TEST_CASE(phase_plane_frames_fixed_points,
                     *boost::unit_test::description(
                         "plan de phase E–I (trois points fixes, IextE = 0) : tous les points "
                         "fixes dans le cadre avec une marge, ainsi que la trajectoire depuis "
                         "(rE0, rI0) ; le cadre resserré sur eux, pas sur tout [0, rmax]²")) {
  EIPair p;
  p.IextE = 0.0;
  p.tauI = 8.0;
  const double rmax = p.transfer.rmax;
  PhasePortrait pp = library_portrait(p);
  const Stepping s{Method::rk4, 0.05, 0.5};
  for (const auto& [rE0, rI0] : phase_plane_starts(p, pp.fixed_points, 60.0, 0.0))
    pp.trajectories.push_back(trajectory(p, rE0, rI0, 300.0, s));
  const Figure f = phase_plane(p, pp, "plan", "plan");
  check::labelled(f);
  const Bounds x = range_of(f, "x"), y = range_of(f, "y");
  check::that(pp.fixed_points.size() == 3, "trois points fixes à IextE = 0",
              num(pp.fixed_points.size()));
  const double mx = 0.02 * (x.high - x.low), my = 0.02 * (y.high - y.low);
  for (const EIFixedPoint& fp : pp.fixed_points)
    check::that(fp.rE > x.low + mx && fp.rE < x.high - mx && fp.rI > y.low + my &&
                    fp.rI < y.high - my,
                "point fixe (" + num(fp.rE) + ", " + num(fp.rI) + ") dans le cadre, avec une marge",
                std::string("cadre [") + num(x.low) + ", " + num(x.high) + "] × [" + num(y.low) +
                    ", " + num(y.high) + "]");
  bool inside = true;
  for (const auto& point : pp.trajectories.front().x)
    inside = inside && x.contains(point[0]) && y.contains(point[1]);
  check::that(inside, "la trajectoire depuis (60, 0) entière dans le cadre", "elle en sort");
  check::that((x.high - x.low) * (y.high - y.low) < 0.75 * rmax * rmax,
              "le cadre resserré sur les points fixes et la trajectoire",
              std::string("cadre [") + num(x.low) + ", " + num(x.high) + "] × [" + num(y.low) +
                  ", " + num(y.high) + "], rmax = " + num(rmax));
}
