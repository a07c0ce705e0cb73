// Question 04 — points fixes et stabilité d'une population : ce que
// l'exercice doit fournir. Les tests appellent ces fonctions ; ex04/sol04
// impriment le tableau des points fixes avec elles, puis appellent draw.
#pragma once

#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/integrate.hpp"
#include "td4/one_population.hpp"
#include "td4/one_population_plots.hpp"
#include "td4/one_population_run.hpp"

#include <vector>

namespace td4::q04 {

// Tous les points fixes r* (Φ(Iext + w·r*) = r*) dans [0, rmax], triés,
// chacun une fois, si proches soient-ils.
std::vector<double> fixed_points(const OnePopulation& p);

// λ = (w·Φ'(Iext + w·r*) − 1)/τ (1/ms) : un écart δr à r* évolue comme
// dδr/dt = λ·δr.
double lambda(double r_star, const OnePopulation& p);

// stable si λ < 0, instable si λ > 0, marginal si λ est nul aux arrondis
// près : |λ·τ| ≤ marginal_tolerance·max(1, |λ·τ + 1|).
Stability stability(double lambda, double tau);

// Les figures : r(t) depuis 1,01·r* et 0,99·r*, l'écart |r − r*| contre
// e^(λt), et les diagrammes de bifurcation en w et en Iext (hystérésis).
void draw(const OnePopulationRun& run, Plotter& plot);

}  // namespace td4::q04
