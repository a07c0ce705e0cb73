// Question 05 — le couple excitateur–inhibiteur : ce que l'exercice doit
// fournir. Les tests appellent ces fonctions ; ex05/sol05 appellent aussi draw.
#pragma once

#include "td4/ei_pair.hpp"
#include "td4/ei_plots.hpp"
#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/integrate.hpp"
#include "td4/roots.hpp"

#include <complex>
#include <utility>
#include <vector>

namespace td4::q05 {

// drE/dt = (Φ(IextE + wEE·rE + wEI·rI) − rE)/τE et
// drI/dt = (Φ(IextI + wIE·rE + wII·rI) − rI)/τI, en Hz/ms.
double drEdt(double rE, double rI, const EIPair& p);
double drIdt(double rE, double rI, const EIPair& p);

// (rE(t), rI(t)) de 0 à tmax depuis (rE0, rI0), avec td4::integrate.
Trajectory simulate(const EIPair& p, double rE0, double rI0, double tmax, const Stepping& s);

// Les isoclines nulles, comme rI en fonction de rE :
// E (drE/dt = 0) : rI = (Φ⁻¹(rE) − IextE − wEE·rE)/wEI, std::domain_error
//                  hors de (0, rmax) ;
// I (drI/dt = 0) : rI = Φ(IextI + wIE·rE) si wII = 0.
double e_nullcline(double rE, const EIPair& p);
double i_nullcline(double rE, const EIPair& p);

// L'équation des points fixes réduite à rE seul, g(rE) = Φ(IextE + wEE·rE +
// wEI·rI(rE)) − rE avec rI(rE) = i_nullcline(rE), et sa dérivée g'(rE).
double reduced(double rE, const EIPair& p);
double reduced_slope(double rE, const EIPair& p);

// Les rE de tous les points fixes, triés, chacun une fois.
std::vector<double> fixed_point_rates(const EIPair& p);

// La jacobienne de (drE/dt, drI/dt) en (rE, rI), en 1/ms.
Jacobian jacobian(double rE, double rI, const EIPair& p);

// Les deux valeurs propres : λ1 de plus grande partie réelle ; complexes
// conjuguées λ1 = σ + iω (ω > 0), λ2 = σ − iω quand elles ne sont pas réelles.
std::pair<std::complex<double>, std::complex<double>> eigenvalues(const Jacobian& J);

// Nœud, foyer, selle ou centre, stable ou instable, d'après J.
Nature classify(const Jacobian& J);

// Les points fixes complets : (rE, rI), J, λ1, λ2 et la nature.
std::vector<EIFixedPoint> fixed_points(const EIPair& p);

// Ce que le programme passe à draw.
struct Setup {
  EIPair pair;
  double rE0 = 0.0, rI0 = 0.0;  // condition initiale (Hz)
  double tmax = 1000.0;         // ms
  Stepping stepping;
};

// Les figures : rE(t) et rI(t) ; le plan de phase (isoclines, champ de
// vecteurs, trajectoires, points fixes) ; min et max de rE contre wEE.
void draw(const Setup& s, Plotter& plot);

}  // namespace td4::q05
