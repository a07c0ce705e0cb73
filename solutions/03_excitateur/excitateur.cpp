// Question 03 — une population excitatrice : points critiques, bistabilité
// et changement qualitatif avec w (corrigé).
#include "td4/q03_excitateur.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

namespace td4::q03 {

std::vector<double> critical_points(const OnePopulation& p) {
  const Transfer& tr = p.transfer;
  // Φ'(I) = (rmax·κ/2)·(1 − tanh²) = 1/w  ⇔  tanh² = 1 − 2/(w·rmax·κ).
  const double a = p.w * tr.rmax * tr.kappa;
  if (a <= 2.0) return {};  // w ≤ 0, ou Φ' partout < 1/w : dr/dt décroît partout
  const double d = std::atanh(std::sqrt(1.0 - 2.0 / a)) / tr.kappa;
  std::vector<double> rs;
  for (double I : {tr.Ihalf - d, tr.Ihalf + d}) {
    const double r = (I - p.Iext) / p.w;  // I = Iext + w·r
    if (r > 0.0 && r < tr.rmax) rs.push_back(r);
  }
  return rs;
}

bool bistable(const OnePopulation& p, double tmax, const Stepping& s) {
  const double low = trajectory(p, 0.0, tmax, s).x.back()[0];
  const double high = trajectory(p, p.transfer.rmax, tmax, s).x.back()[0];
  return std::abs(high - low) > 0.01 * p.transfer.rmax;
}

void draw(const OnePopulationRun& run, Plotter& plot) {
  Figure rt = time_courses(run, library_simulation(run), "03_excitateur_r_t",
                           "Population excitatrice : r(t) depuis plusieurs r0");
  plot.show(rt.set("set key center right"));
  Figure fl = flow_curves(run.populations(), {}, "03_excitateur_drdt",
                          "Population excitatrice : dr/dt contre r");
  plot.show(fl.set("set key bottom right"));

  // À Iext fixé, w traverse les deux valeurs critiques (nœuds-cols) où deux
  // points fixes naissent puis disparaissent.
  const OnePopulation base = run.population(run.Iext.front(), 0.0);
  const std::vector<SaddleNode> sn = saddle_nodes(base, Parameter::w);
  std::vector<double> ws;
  std::vector<std::string> labels;
  if (sn.size() == 2) {
    const double w1 = sn[0].value, w2 = sn[1].value;
    ws = {0.5 * w1, w1, 0.5 * (w1 + w2), w2, 1.5 * w2};
    // Trois chiffres suffisent à distinguer les w : des légendes courtes,
    // sur deux colonnes même dans une petite fenêtre.
    const auto w_is = [](double w) {
      std::ostringstream s;
      s << "w = " << std::setprecision(3) << w;
      return s.str();
    };
    labels = {w_is(ws[0]) + " : 1 point fixe", w_is(w1) + " : nœud-col",
              w_is(ws[2]) + " : 3 points fixes", w_is(w2) + " : nœud-col",
              w_is(ws[4]) + " : 1 point fixe"};
  } else {
    ws = {0.01, 0.03, 0.05, 0.1};  // Iext > Ihalf − 1/κ : jamais de bistabilité
  }
  std::vector<OnePopulation> family;
  for (double w : ws) family.push_back(run.population(base.Iext, w));
  Figure f = flow_curves(family, labels, "03_excitateur_famille_w",
                         "Population excitatrice : dr/dt contre r quand w varie (Iext = " +
                             number(base.Iext) + ")");
  // Au-dessus du tracé (dessous, elle tomberait sur la légende de l'axe x),
  // sur deux colonnes : gnuplot lui réserve la place qu'il faut, à la taille
  // de la fenêtre comme du PNG (une marge fixe écraserait le tracé dans une
  // petite fenêtre). Des légendes courtes : deux colonnes dans le PNG, et
  // huit lignes serrées dans une petite fenêtre.
  // La droite en tirets dr/dt = 0 se passe de légende.
  for (Series& s : f.series) {
    if (s.title == "points fixes marginaux (nœud-col)") s.title = "nœuds-cols (marginaux)";
    if (s.title == "dr/dt = 0") s.title.clear();
  }
  f.set("set key above maxrows 4 width -2");
  plot.show(f);
}

}  // namespace td4::q03
