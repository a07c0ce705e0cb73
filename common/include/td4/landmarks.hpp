// Les repères à deux paramètres : la fronce d'une population (question 04),
// les bifurcations de Hopf et les nœuds-cols du couple E–I (question 05), et
// le verdict de l'anneau dans le plan (J0, J1) (question 06 ; le J1 critique
// lui-même est td4::critical_J1, dans td4/ring.hpp).
#pragma once

#include "td4/ei_pair.hpp"
#include "td4/ring.hpp"
#include "td4/transfer.hpp"

#include <vector>

namespace td4 {

// --- Une population : dr/dt = (Φ(Iext + w·r) − r)/τ ---------------------

// La fronce : là où les deux nœuds-cols se rejoignent. En un nœud-col,
// I* = Iext + w·r* vérifie Φ(I*) = r* et w·Φ'(I*) = 1 ; les deux se
// confondent quand, en plus, Φ''(I*) = 0 : I* = Ihalf (le point
// d'inflexion de Φ), d'où r = Φ(Ihalf) = rmax/2, w = 1/Φ'(Ihalf) =
// 2/(rmax·κ) et Iext = Ihalf − w·rmax/2 = Ihalf − 1/κ.
struct Cusp {
  double Iext, w, r;
};
Cusp cusp(const Transfer& phi);

// Les deux courbes de nœuds-cols dans le plan (Iext, w), paramétrées par I*
// de part et d'autre de Ihalf : w = 1/Φ'(I*), Iext = I* − w·Φ(I*). Chacune
// part de la fronce et va jusqu'à w = w_max. La première (I* > Ihalf) est le
// bord gauche de la zone bistable (où l'état haut disparaît), la seconde
// (I* < Ihalf) son bord droit (où l'état bas disparaît).
struct PlaneCurve {
  std::vector<double> x, y;
};
std::vector<PlaneCurve> saddle_node_curves(const Transfer& phi, double w_max,
                                           std::size_t samples = 400);

// --- Le couple E–I ---------------------------------------------------------

// Le paramètre que l'on fait varier : wEE ou IextE. Les deux n'agissent que
// sur l'équation de E : pour chaque rE dans (0, rmax), rI est sur l'isocline
// I (qui n'en dépend pas) et une seule valeur du paramètre fait de
// (rE, rI) un point fixe. La courbe des points fixes est ainsi paramétrée
// par rE, sans recherche de racines, comme la trace et le déterminant de J.
enum class EIParameter { wEE, IextE };

// Des taux dans (0, rmax) : 2000 pas réguliers, plus des points resserrés
// vers les bords (à rmax·10⁻ᵏ/2000 de 0 et de rmax), où Φ⁻¹ part à l'infini.
std::vector<double> rate_grid(double rmax);

struct HopfPoint {
  double value;  // wEE ou IextE
  double rE, rI; // le point fixe (Hz)
  double determinant;  // de J en ce point (> 0), en 1/ms²
};

// Toutes les bifurcations de Hopf pour le paramètre dans [vmin, vmax], les
// autres fixés : un point fixe où la trace de J s'annule avec un déterminant
// positif (valeurs propres ±iω). Racines de la trace le long de la courbe
// des points fixes (grille fine en rE, puis TOMS 748 à la précision
// machine : la valeur est sûre à bien mieux que 1e-8). Triées par valeur.
std::vector<HopfPoint> hopf_points(const EIPair& p, EIParameter which, double vmin,
                                   double vmax);

// Dans le plan (wEE, IextE), les autres paramètres fixés, paramétrées par
// rE (chaque courbe coupée là où elle quitte la fenêtre) :
// - Hopf : trace de J nulle, déterminant > 0 ;
//   wEE = (1 − τE·d)/Φ'E avec d = (wII·Φ'I − 1)/τI ;
// - nœud-col : déterminant nul ;
//   wEE = (1 + wEI·wIE·Φ'E·Φ'I/(wII·Φ'I − 1))/Φ'E ;
// et, pour chacune, IextE = Φ⁻¹(rE) − wEE·rE − wEI·rI.
struct EIBifurcationCurves {
  std::vector<PlaneCurve> hopf, saddle_node;
};
EIBifurcationCurves ei_bifurcation_curves(const EIPair& p, double wEE_min, double wEE_max,
                                          double IextE_min, double IextE_max);

// --- L'anneau ----------------------------------------------------------------

// Ce que fait l'anneau, simulé sans bruit : partant de l'état uniforme
// légèrement modulé en cos θ, un bump apparaît seul (spontané) ; sinon,
// allumé par un stimulus, il reste après lui (persistant) ; sinon l'activité
// redevient uniforme.
enum class RingVerdict { uniform, cued_bump, spontaneous_bump };

// `settle` : durée (ms) de chaque phase (avant, pendant et après le
// stimulus) ; le pas d'Euler est dt (ms).
RingVerdict ring_verdict(const RingParams& p, double settle = 300.0, double dt = 0.5);

}  // namespace td4
