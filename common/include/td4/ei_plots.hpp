// Les figures du couple excitateur–inhibiteur (question 05) : rE(t) et
// rI(t), le plan de phase, et le balayage d'un paramètre qui montre la
// bifurcation de Hopf.
#pragma once

#include "td4/ei_pair.hpp"
#include "td4/figure.hpp"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace td4 {

// rE(t) et rI(t) d'une simulation.
Figure ei_time_courses(const Trajectory& tr, const std::string& name, const std::string& title);

// Ce que montre le plan de phase ; les fonctions peuvent être celles de
// l'exercice, pour que la figure montre son travail.
struct PhasePortrait {
  std::function<double(double rE, double rI)> drEdt, drIdt;  // champ de vecteurs
  std::function<double(double rE)> e_nullcline, i_nullcline;  // rI sur chaque isocline
  std::vector<Trajectory> trajectories;
  std::vector<EIFixedPoint> fixed_points;
};

// Le PhasePortrait des fonctions de la bibliothèque (champ, isoclines, tous
// les points fixes ; sans trajectoires), pour les figures de référence.
PhasePortrait library_portrait(const EIPair& p);

// Des conditions initiales pour le plan de phase : (rE0, rI0), quatre
// points du bord du carré [0, rmax]², et un voisin de chaque point fixe
// instable (ou selle), pour voir les trajectoires s'en éloigner.
std::vector<std::pair<double, double>> phase_plane_starts(const EIPair& p,
                                                          const std::vector<EIFixedPoint>& fps,
                                                          double rE0, double rI0);

// Le plan (rE, rI) : isoclines E et I, champ de vecteurs (flèches de
// longueur fixe : la direction seulement), trajectoires, et les points fixes
// avec un symbole par nature. Le cadre, dans [0, rmax]² à 5 % près : les
// points fixes, la première trajectoire et celles qui partent d'un point
// fixe, avec une marge (les départs aux coins du carré en sortent).
Figure phase_plane(const EIPair& p, const PhasePortrait& pp, const std::string& name,
                   const std::string& title);

// Des points fixes à moins de 12 % de rmax l'un de l'autre (un nœud et une
// selle près de leur nœud-col) tiennent dans un coin du plan de phase : le
// même plan, calculé par la bibliothèque, dans un cadre carré centré sur
// eux (trajectoires de tmax, au plus 50 constantes de temps). Aucune figure
// s'ils ne sont pas serrés.
std::optional<Figure> phase_plane_zoom(const EIPair& p, double tmax, const Stepping& s,
                                       const std::string& name);

// Min et max de rE après le transitoire (tmax/2), simulés depuis (rE0, rI0)
// pour n valeurs de p.*field entre vmin et vmax, avec les points fixes (rE*)
// stables et instables, la valeur courante, et les bifurcations de Hopf
// (trace de J nulle au point fixe, valeurs propres complexes) dans
// l'intervalle : toutes pour wEE et IextE (td4::hopf_points), la première
// pour un autre paramètre.
Figure oscillation_sweep(const EIPair& p, double EIPair::*field, const std::string& field_name,
                         double vmin, double vmax, int n, double rE0, double rI0, double tmax,
                         const Stepping& s, const std::string& name, const std::string& title);

// Le haut du balayage en wEE des figures de la question 05 : de 0 à
// max(0,15, 1,5·wEE), pour voir la bifurcation de Hopf de part et d'autre.
double wEE_sweep_top(const EIPair& p);

// La valeur de p.*field dans [vmin, vmax] où la trace de J s'annule au point
// fixe unique (valeurs propres complexes) : une bifurcation de Hopf. NaN si
// aucune n'est trouvée.
double hopf_point(const EIPair& p, double EIPair::*field, double vmin, double vmax);

}  // namespace td4
