#include "td4/maps.hpp"

#include "td4/landmarks.hpp"
#include "td4/one_population_run.hpp"  // number()

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <utility>

namespace td4 {

namespace {

// Une couleur par région, dans l'ordre où elles apparaissent.
const char* const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                               "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};

std::string color(std::size_t k) {
  return std::string("'") + palette[k % std::size(palette)] + "'";
}

// La même couleur, pâlie (mêlée de blanc) : le fond des régions, sous les courbes.
std::string pale_color(std::size_t k) {
  const std::string hex = palette[k % std::size(palette)];
  char out[8];
  const auto pale = [&](std::size_t at) {
    const int v = std::stoi(hex.substr(at, 2), nullptr, 16);
    return static_cast<unsigned>(v + (255 - v) * 55 / 100);
  };
  std::snprintf(out, sizeof out, "#%02x%02x%02x", pale(1), pale(3), pale(5));
  return std::string("'") + out + "'";
}

// Les cases d'une carte rangées par région (centre et demi-côtés), une
// série de cases pleines (et une couleur) chacune. Les cases pavent le plan
// sans se chevaucher.
struct Regions {
  struct Cells {
    std::vector<double> x, y, hx, hy;
    std::vector<double> cx, cy;  // le centre de chaque case, avant réunion
    double area = 0;
  };
  std::vector<std::string> names;  // dans l'ordre d'apparition
  std::map<std::string, Cells> cells;

  void add(const std::string& region, double x, double y, double hx, double hy) {
    if (!cells.count(region)) names.push_back(region);
    Cells& c = cells[region];
    c.area += 4 * hx * hy;
    c.cx.push_back(x);
    c.cy.push_back(y);
    // Posée juste au-dessus de la dernière case de sa région, de même
    // colonne : les deux n'en font qu'une (quatre fois moins de cases à tracer).
    if (!c.x.empty() && c.x.back() == x && c.hx.back() == hx) {
      const double bottom = c.y.back() - c.hy.back(), top = c.y.back() + c.hy.back();
      if (std::abs(top - (y - hy)) <= 1e-9 * hy) {
        c.y.back() = 0.5 * (bottom + y + hy);
        c.hy.back() = 0.5 * (y + hy - bottom);
        return;
      }
    }
    c.x.push_back(x);
    c.y.push_back(y);
    c.hx.push_back(hx);
    c.hy.push_back(hy);
  }
  // Une région de moins de `small` de l'aire totale aurait quelques pixels :
  // chacune de ses cases porte en plus un point bien visible, qui la
  // représente dans la légende.
  void draw(Figure& f, double small) const {
    double total = 0;
    for (const auto& [name, c] : cells) total += c.area;
    for (std::size_t k = 0; k < names.size(); ++k) {
      const Cells& c = cells.at(names[k]);
      const bool tiny = c.area < small * total;
      // Bord de la couleur du fond : pas de liseré blanc entre deux cases.
      f.add(Series(tiny ? "" : names[k],
                   "boxxyerror fs solid 1.0 border lc rgb " + pale_color(k) + " lc rgb " +
                       pale_color(k),
                   {c.x, c.y, c.hx, c.hy}, {"x", "y", "demi_largeur", "demi_hauteur"}));
      if (tiny) f.curve(c.cx, c.cy, names[k], "points pt 7 ps 0.8 lc rgb " + color(k));
    }
  }
};

void draw_curves(Figure& f, const std::vector<PlaneCurve>& curves, const std::string& title,
                 const std::string& style) {
  for (std::size_t k = 0; k < curves.size(); ++k)
    f.curve(curves[k].x, curves[k].y, k == 0 ? title : "", style);
}

}  // namespace

Figure cusp_map(const Transfer& phi, const std::vector<OnePopulation>& current,
                const std::string& name, const std::string& title) {
  // Le cadre suit la structure, pas les couples choisis : les deux courbes
  // jusqu'à w = 3·w de la fronce, avec une marge, et w = 0 en bas (sous la
  // fronce, un seul point fixe). Un couple hors du cadre est posé sur son
  // bord, ses vraies coordonnées écrites à côté.
  const Cusp c = cusp(phi);
  const std::vector<PlaneCurve> sn = saddle_node_curves(phi, 3.0 * c.w);
  double I_min = c.Iext, I_max = c.Iext, w_max = c.w;
  for (const PlaneCurve& curve : sn)
    for (std::size_t i = 0; i < curve.x.size(); ++i) {
      I_min = std::min(I_min, curve.x[i]);
      I_max = std::max(I_max, curve.x[i]);
      w_max = std::max(w_max, curve.y[i]);
    }
  // Au moins un millième de la valeur : sinon, pour un Ihalf immense, les
  // bords écrits à six chiffres (number) seraient le même nombre.
  const double I_span =
      std::max({I_max - I_min, 1e-3 * std::max(std::abs(I_min), std::abs(I_max)), 1e-300});
  // Les bornes telles que gnuplot les lit : un couple posé au bord y reste.
  const auto written = [](double v) { return std::stod(number(v)); };
  const double I_lo = written(I_min - 0.08 * I_span), I_hi = written(I_max + 0.15 * I_span);
  const double w_lo = 0.0, w_hi = written(1.06 * w_max);

  Figure f{name, title, "courant extérieur Iext", "poids récurrent w"};
  // Des légendes courtes, sur deux colonnes au-dessus : le tracé garde sa hauteur.
  f.set("set key above maxcols 2 nobox");
  f.set("set xrange [" + number(I_lo) + ":" + number(I_hi) + "]");
  f.set("set yrange [" + number(w_lo) + ":" + number(w_hi) + "]");
  f.set("set label 1 \"ailleurs : 1 point fixe, stable\" at graph 0.03, graph 0.06");
  if (sn.size() == 2) {
    // La zone bistable : le polygone bord gauche (fronce → w_hi) puis bord droit (retour).
    std::vector<double> x = sn[0].x, y = sn[0].y;
    x.insert(x.end(), sn[1].x.rbegin(), sn[1].x.rend());
    y.insert(y.end(), sn[1].y.rbegin(), sn[1].y.rend());
    f.add(Series("", "filledcurves closed fs transparent solid 0.25 noborder lc rgb '#9467bd'",
                 {x, y}, {"Iext", "w"}));
    // La zone et la fronce nommées sur la figure, pas dans la légende : elle
    // reste courte, et le tracé garde sa hauteur dans une petite fenêtre.
    // Le nom de la zone à mi-chemin de ses deux bords, près de son haut
    // (là où elle est large, au-dessus du couple du TD, w = 0,05).
    const double w_text = c.w + 0.9 * (w_max - c.w);
    const auto at_w = [&](const PlaneCurve& curve) {
      std::size_t k = 0;
      while (k + 1 < curve.y.size() && curve.y[k] < w_text) ++k;
      return curve.x[k];
    };
    f.set("set label 2 \"bistable : 3 points fixes\" at " +
          number(0.5 * (at_w(sn[0]) + at_w(sn[1]))) + "," + number(w_text) + " center front");
    f.curve(sn[0].x, sn[0].y, "nœud-col : l'état haut disparaît", "lines lw 2 lc rgb '#d62728'");
    f.curve(sn[1].x, sn[1].y, "nœud-col : l'état bas disparaît", "lines lw 2 lc rgb '#1f77b4'");
  }
  f.curve({c.Iext}, {c.w}, "", "points pt 7 ps 2 lc rgb 'black'");
  f.set("set label 3 \"fronce : Iext = " + number(c.Iext) + ", w = " + number(c.w) + "\" at " +
        number(c.Iext) + "," + number(c.w) + " right offset character -1.5,-0.6 front");
  std::vector<double> x, y, out_x, out_y;
  for (const OnePopulation& p : current) {
    const bool I_in = p.Iext >= I_lo && p.Iext <= I_hi, w_in = p.w >= w_lo && p.w <= w_hi;
    if (I_in && w_in) {
      x.push_back(p.Iext);
      y.push_back(p.w);
      continue;
    }
    // Sur le bord, ses vraies coordonnées écrites à côté, vers l'intérieur.
    out_x.push_back(std::clamp(p.Iext, I_lo, I_hi));
    out_y.push_back(std::clamp(p.w, w_lo, w_hi));
    const std::string text = (I_in ? "" : "Iext = " + number(p.Iext)) +
                             (I_in || w_in ? "" : ", ") + (w_in ? "" : "w = " + number(p.w));
    const bool right = p.Iext > I_hi;
    const std::string offset = !w_in ? (p.w < w_lo ? "1.5,0.8" : "1.5,-0.8")
                                     : (right ? "-1.5,0" : "1.5,0");
    f.set("set label " + std::to_string(10 + out_x.size()) + " \"" + text + "\" at " +
          number(out_x.back()) + "," + number(out_y.back()) + (right && w_in ? " right" : " left") +
          " offset character " + offset + " front");
  }
  if (!x.empty())
    f.curve(x, y, "(Iext, w) choisis", "points pt 3 ps 2.5 lw 2 lc rgb '#2ca02c'");
  if (!out_x.empty())
    f.curve(out_x, out_y, "(Iext, w) hors cadre, posés au bord",
            "points pt 6 ps 2.5 lw 2 lc rgb '#2ca02c'");
  return f;
}

std::string fixed_point_summary(const std::vector<EIFixedPoint>& fps) {
  const auto stable = std::count_if(fps.begin(), fps.end(), [](const EIFixedPoint& fp) {
    return fp.nature == Nature::noeud_stable || fp.nature == Nature::foyer_stable;
  });
  const std::size_t n = fps.size();
  std::string s = std::to_string(n) + (n > 1 ? " points fixes, " : " point fixe, ");
  if (stable == 0) return s + (n == 1 ? "instable : cycle limite" : "aucun stable");
  if (n == 1) return s + "stable";
  return s + std::to_string(stable) + (stable > 1 ? " stables" : " stable");
}

Figure ei_map(const EIPair& p, double wEE_max, int n, const std::string& name,
              const std::string& title) {
  // ±25 autour du réglage ; plus large si IextE est si grand que 25 se
  // perdrait dans les arrondis (la carte n'aurait plus de hauteur).
  const double half = std::max(25.0, 1e-3 * std::abs(p.IextE));
  const double I_lo = p.IextE - half, I_hi = p.IextE + half;
  Figure f{name, title, "poids E→E wEE", "courant extérieur de E, IextE"};
  // Des légendes courtes, sur deux colonnes au-dessus du tracé.
  f.set("set key above maxcols 2 nobox samplen 2 width -4");
  f.set("set xrange [0:" + number(wEE_max) + "]");
  f.set("set yrange [" + number(I_lo) + ":" + number(I_hi) + "]");

  // La grille n × n, puis chaque case dont une voisine est d'une autre
  // région coupée en 4 × 4 : les bords sont nets et une région étroite
  // (5 points fixes, entre deux nœuds-cols) a ses cases.
  const auto region_at = [&](double wEE, double IextE) {
    EIPair q = p;
    q.wEE = wEE;
    q.IextE = IextE;
    return fixed_point_summary(fixed_point_analysis(q));
  };
  const double cx = 0.5 * wEE_max / n, cy = 0.5 * (I_hi - I_lo) / n;  // demi-côtés
  std::vector<std::string> grid(static_cast<std::size_t>(n) * n);
  const auto at = [&](int i, int j) -> std::string& { return grid[static_cast<std::size_t>(i) * n + j]; };
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) at(i, j) = region_at((2 * i + 1) * cx, I_lo + (2 * j + 1) * cy);
  constexpr int split = 4;
  Regions regions;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      const double x = (2 * i + 1) * cx, y = I_lo + (2 * j + 1) * cy;
      bool border = false;
      for (const auto& [di, dj] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
        const int a = i + di, b = j + dj;
        border = border || (a >= 0 && a < n && b >= 0 && b < n && at(a, b) != at(i, j));
      }
      if (!border) {
        regions.add(at(i, j), x, y, cx, cy);
        continue;
      }
      for (int a = 0; a < split; ++a)
        for (int b = 0; b < split; ++b) {
          const double sx = x - cx + (2 * a + 1) * cx / split, sy = y - cy + (2 * b + 1) * cy / split;
          regions.add(region_at(sx, sy), sx, sy, cx / split, cy / split);
        }
    }
  regions.draw(f, 0.01);

  const EIBifurcationCurves curves = ei_bifurcation_curves(p, 0.0, wEE_max, I_lo, I_hi);
  draw_curves(f, curves.hopf, "Hopf (trace nulle, dét. > 0)",
              "lines lw 3 lc rgb 'black'");
  draw_curves(f, curves.saddle_node, "nœud-col (déterminant nul)",
              "lines lw 3 dt 2 lc rgb 'black'");
  f.curve({0.0, wEE_max}, {p.IextE, p.IextE}, "balayage en wEE (Hopf : cercles)", "lines lw 2 dt 3 lc rgb 'black'");
  std::vector<double> hx, hy;
  for (const HopfPoint& h : hopf_points(p, EIParameter::wEE, 0.0, wEE_max)) {
    hx.push_back(h.value);
    hy.push_back(p.IextE);
  }
  if (!hx.empty()) f.curve(hx, hy, "", "points pt 6 ps 2 lw 2 lc rgb 'black'");
  f.curve({p.wEE}, {p.IextE}, "réglage : wEE = " + number(p.wEE) + ", IextE = " + number(p.IextE),
          "points pt 3 ps 2.5 lw 2 lc rgb 'black'");
  return f;
}

Figure ring_phase_diagram(const RingParams& p, int n, const std::string& name,
                          const std::string& title) {
  RingParams q = p;
  q.N = std::min<std::size_t>(p.N, 64);
  const double J0_lo = std::min(-2.0, 2.0 * p.J0), J0_hi = std::max(0.0, p.J0);

  // La frontière théorique, et le haut de la carte un peu au-dessus d'elle.
  // Si Φ' est nulle aux arrondis près (Φ saturée ou éteinte), J1 critique
  // est infini : pas de point de frontière.
  std::vector<double> bx, by;
  double J1_hi = std::max(1.0, 1.5 * std::abs(p.J1));
  for (int k = 0; k <= 200; ++k) {
    q.J0 = J0_lo + (J0_hi - J0_lo) * k / 200;
    const double J1c = critical_J1(q);
    if (!std::isfinite(J1c)) continue;
    bx.push_back(q.J0);
    by.push_back(J1c);
    J1_hi = std::max(J1_hi, 1.3 * J1c);
  }

  Figure f{name, title, "couplage uniforme J0", "couplage accordé J1"};
  f.set("set key above maxcols 2 nobox");
  f.set("set xrange [" + number(J0_lo) + ":" + number(J0_hi) + "]");
  f.set("set yrange [0:" + number(J1_hi) + "]");
  const char* const verdicts[] = {"simulation : activité uniforme",
                                  "simulation : bump allumé, qui persiste",
                                  "simulation : bump spontané"};
  std::vector<double> x[3], y[3];
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      q.J0 = J0_lo + (J0_hi - J0_lo) * (i + 0.5) / n;
      q.J1 = J1_hi * (j + 0.5) / n;
      const auto v = static_cast<std::size_t>(ring_verdict(q));
      x[v].push_back(q.J0);
      y[v].push_back(q.J1);
    }
  const char* const styles[] = {"points pt 4 ps 1.5 lw 2 lc rgb '#7f7f7f'",
                                "points pt 7 ps 1.5 lc rgb '#1f77b4'",
                                "points pt 5 ps 1.5 lc rgb '#d62728'"};
  for (int v = 0; v < 3; ++v)
    if (!x[v].empty()) f.curve(x[v], y[v], verdicts[v], styles[v]);
  if (!bx.empty()) f.curve(bx, by, "théorie : J1 = 2/Φ'(Iext + J0·r0)", "lines lw 3 lc rgb 'black'");
  f.curve({p.J0}, {p.J1}, "réglage : J0 = " + number(p.J0) + ", J1 = " + number(p.J1),
          "points pt 3 ps 3 lw 3 lc rgb '#2ca02c'");
  return f;
}

}  // namespace td4
