// Question 03 — une population excitatrice : points critiques, bistabilité
// et changement qualitatif avec w (corrigé).
#include "td4/q03_excitateur.hpp"

#include <cmath>
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
    labels = {"w = " + number(ws[0]) + " : 1 point fixe (bas)",
              "w = " + number(w1) + " : critique, nœud-col",
              "w = " + number(ws[2]) + " : 3 points fixes",
              "w = " + number(w2) + " : critique, nœud-col",
              "w = " + number(ws[4]) + " : 1 point fixe (haut)"};
  } else {
    ws = {0.01, 0.03, 0.05, 0.1};  // Iext > Ihalf − 1/κ : jamais de bistabilité
  }
  std::vector<OnePopulation> family;
  for (double w : ws) family.push_back(run.population(base.Iext, w));
  Figure f = flow_curves(family, labels, "03_excitateur_famille_w",
                         "Population excitatrice : dr/dt contre r quand w varie (Iext = " +
                             number(base.Iext) + ")");
  // Sous le tracé, sur deux colonnes (une seule dans une petite fenêtre) : la marge
  // du bas les contient avec la légende de l'axe x.
  f.set("set key below maxrows 4").set("set bmargin 11");
  plot.show(f);
}

}  // namespace td4::q03
