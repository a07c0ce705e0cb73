// Deux populations couplées, excitatrice (E) et inhibitrice (I) :
//   τE·drE/dt = Φ(IextE + wEE·rE + wEI·rI) − rE
//   τI·drI/dt = Φ(IextI + wIE·rE + wII·rI) − rI
// Tous ses points fixes, leur linéarisation (jacobienne, valeurs propres,
// nature), les isoclines, et la mesure d'un cycle limite sur une simulation.
#pragma once

#include "td4/integrate.hpp"
#include "td4/roots.hpp"
#include "td4/transfer.hpp"

#include <complex>
#include <string>
#include <utility>
#include <vector>

namespace td4 {

struct EIPair {
  Transfer transfer;     // Φ, la même pour les deux populations
  double IextE = 5.0;    // courants extérieurs
  double IextI = -20.0;
  double wEE = 0.1;      // poids : E→E, I→E, E→I, I→I (wXY : de Y vers X)
  double wEI = -0.1;
  double wIE = 0.1;
  double wII = 0.0;      // ≤ 0 : alors rI est unique sur l'isocline I
  double tauE = 10.0;    // constantes de temps (ms)
  double tauI = 10.0;
};

// Les noms diffèrent de ceux que l'étudiant écrit à la question 05 (drEdt,
// jacobian, fixed_points…) : ses fonctions et celles-ci cohabitent sans
// ambiguïté.

// Lève std::invalid_argument (message en français) si τE ou τI ≤ 0, si
// wII > 0, ou si un paramètre n'est pas fini.
void validate(const EIPair& p);

// Courants totaux reçus par E et par I.
double input_E(const EIPair& p, double rE, double rI);
double input_I(const EIPair& p, double rE, double rI);

// drE/dt et drI/dt (Hz/ms).
double flow_E(const EIPair& p, double rE, double rI);
double flow_I(const EIPair& p, double rE, double rI);

// Le système pour les intégrateurs : x = {rE, rI}.
System ei_system(const EIPair& p);

// (rE(t), rI(t)) de 0 à tmax.
Trajectory trajectory(const EIPair& p, double rE0, double rI0, double tmax,
                      const Stepping& s);

// rI sur l'isocline I pour un rE donné : l'unique solution de
// rI = Φ(IextI + wIE·rE + wII·rI) (unique car wII ≤ 0 : le membre de droite
// décroît en rI).
double i_nullcline_rate(const EIPair& p, double rE);

// L'équation réduite des points fixes : g(rE) = Φ(IextE + wEE·rE + wEI·rI(rE)) − rE
// avec rI(rE) sur l'isocline I ; et sa dérivée.
double reduced_equation(const EIPair& p, double rE);
double reduced_slope(const EIPair& p, double rE);

// Jacobienne [[a, b], [c, d]] (1/ms) de (drE/dt, drI/dt) par rapport à (rE, rI).
struct Jacobian {
  double a, b, c, d;
  double trace() const { return a + d; }
  double determinant() const { return a * d - b * c; }
};
Jacobian jacobian_matrix(const EIPair& p, double rE, double rI);

// Valeurs propres : λ1 a la plus grande partie réelle ; si elles sont
// complexes, λ1 = σ + iω avec ω > 0 et λ2 = σ − iω.
std::pair<std::complex<double>, std::complex<double>> eigenvalue_pair(const Jacobian& J);

enum class Nature { noeud_stable, foyer_stable, noeud_instable, foyer_instable, selle, centre };

// Le nom imprimé : "noeud_stable", "foyer_stable", ..., "centre".
std::string nature_name(Nature n);

// Par la trace T et le déterminant D : D < 0 selle ; sinon valeurs propres
// complexes (T² < 4D) : foyer, réelles : nœud ; stable si T < 0. Centre si
// complexes et T nulle aux arrondis près.
Nature nature_of(const Jacobian& J);

struct EIFixedPoint {
  double rE, rI;          // Hz
  Jacobian J;
  std::complex<double> lambda1, lambda2;  // 1/ms
  Nature nature;
};

// Sur tout [a, b] ⊂ [0, rmax], des bornes d1 ≥ sup|g'| et d2 ≥ sup|g''|, et
// l'erreur d'arrondi de g : ce sont elles qui garantissent, par all_roots
// (td4/roots.hpp), qu'aucun point fixe n'échappe. Elles viennent de
// sup Φ' et sup |Φ''| sur les courants atteints dans [a, b] : serrées là où
// Φ est plate, elles évitent de découper finement ce qui n'a rien à montrer.
LocalBounds reduced_bounds(const EIPair& p);

// Tous les points fixes, triés par rE croissant, chacun une fois. Un point
// fixe est une racine de g sur [0, rmax] (Φ ne sort pas de [0, rmax]), et
// rI = i_nullcline_rate(rE). Plutôt qu'une grille, qui manquerait deux
// racines plus proches que son pas, all_roots avec les bornes ci-dessus :
// il écarte ou résout chaque intervalle de façon prouvée, et ne raffine
// que près des points où g' s'annule.
std::vector<double> fixed_point_rates_E(const EIPair& p);
std::vector<EIFixedPoint> fixed_point_analysis(const EIPair& p);

// Une isocline comme ligne brisée de points (rE, rI).
using Polyline = std::vector<std::pair<double, double>>;

// Isocline E (drE/dt = 0) pour rE dans [rE_min, rE_max] ∩ (0, rmax) :
// rI = (Φ⁻¹(rE) − IextE − wEE·rE)/wEI, définie seulement là où Φ⁻¹ l'est.
// Si wEI = 0, ce sont des droites verticales rE = r* (points fixes de E seule),
// de rI_min à rI_max.
std::vector<Polyline> e_nullcline_curves(const EIPair& p, double rE_min, double rE_max,
                                         double rI_min, double rI_max,
                                         std::size_t samples = 2000);
// Isocline I (drI/dt = 0) : rI = i_nullcline_rate(rE) pour rE dans [rE_min, rE_max].
Polyline i_nullcline_curve(const EIPair& p, double rE_min, double rE_max,
                           std::size_t samples = 2000);

// Min et max de rE après le transitoire, le long d'un balayage d'un paramètre
// (p.*field = chaque valeur), depuis (rE0, rI0) : pour voir une bifurcation de Hopf.
struct EISweepPoint {
  double value;
  double rE_min, rE_max;
  bool cycle;
  double period;  // ms, 0 sans cycle
};
std::vector<EISweepPoint> sweep_oscillation(const EIPair& base, double EIPair::*field,
                                            const std::vector<double>& values,
                                            double rE0, double rI0, double tmax,
                                            double t_transient, const Stepping& s);

}  // namespace td4
