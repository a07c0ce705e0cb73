// Question 03 — une population excitatrice (w > 0) : ce que l'exercice doit
// fournir. Les tests appellent ces fonctions ; ex03/sol03 appellent aussi draw.
#pragma once

#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/integrate.hpp"
#include "td4/one_population.hpp"
#include "td4/one_population_plots.hpp"
#include "td4/one_population_run.hpp"

#include <vector>

namespace td4::q03 {

// Les taux r dans (0, rmax) où la pente de dr/dt s'annule,
// w·Φ'(Iext + w·r) = 1, triés : aucun, un ou deux.
std::vector<double> critical_points(const OnePopulation& p);

// Vrai si les simulations de durée tmax depuis r0 = 0 et r0 = rmax finissent
// à plus de 1 % de rmax l'une de l'autre : deux états stables, une mémoire.
bool bistable(const OnePopulation& p, double tmax, const Stepping& s);

// Les figures : r(t), dr/dt contre r avec ses points fixes, et la famille
// de courbes dr/dt quand w traverse ses valeurs critiques à Iext fixé.
void draw(const OnePopulationRun& run, Plotter& plot);

}  // namespace td4::q03
