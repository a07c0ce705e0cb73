// Question 02 — une population inhibitrice (w < 0) : ce que l'exercice doit
// fournir. Les tests appellent ces fonctions ; ex02/sol02 appellent aussi draw.
#pragma once

#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/integrate.hpp"
#include "td4/one_population.hpp"
#include "td4/one_population_run.hpp"

namespace td4::q02 {

// dr/dt = (Φ(Iext + w·r) − r)/τ, en Hz/ms.
double drdt(double r, const OnePopulation& p);

// Un pas d'Euler explicite de durée dt : r(t + dt) ≈ r(t) + dt·dr/dt.
double euler_step(double r, double dt, const OnePopulation& p);

// r(t) par des pas d'Euler écrits à la main : t = 0, dt, 2·dt, …, tmax
// (le dernier pas est raccourci si tmax n'est pas un multiple de dt).
Trajectory euler(const OnePopulation& p, double r0, double tmax, double dt);

// r(t) de 0 à tmax avec l'intégrateur de la bibliothèque (td4::integrate),
// selon la méthode et le pas de `s`.
Trajectory simulate(const OnePopulation& p, double r0, double tmax, const Stepping& s);

// Les figures : r(t) pour chaque (Iext, w) et chaque r0, et dr/dt contre r
// avec le point fixe marqué.
void draw(const OnePopulationRun& run, Plotter& plot);

}  // namespace td4::q02
