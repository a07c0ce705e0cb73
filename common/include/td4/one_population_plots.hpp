// Les figures d'une population que la question 02 fait écrire à la main,
// prêtes à l'emploi pour les questions 03 et 04.
#pragma once

#include "td4/figure.hpp"
#include "td4/one_population.hpp"
#include "td4/one_population_run.hpp"

#include <functional>
#include <string>
#include <vector>

namespace td4 {

// r(t) depuis une condition initiale.
using Simulation = std::function<Trajectory(const OnePopulation& p, double r0)>;

// La simulation de la bibliothèque, avec tmax et le pas des options.
Simulation library_simulation(const OnePopulationRun& run);

// « r(100 ms) = 11.2 depuis r0 = 0 ; 498.7 depuis r0 = 500 » pour chaque r0.
std::string final_rates(const OnePopulationRun& run, const OnePopulation& p,
                        const Simulation& simulate);

// r(t) pour chaque couple (Iext, w) (une couleur) et chaque r0 (un trait),
// l'axe des taux cadré par with_rate_margin.
Figure time_courses(const OnePopulationRun& run, const Simulation& simulate,
                    const std::string& name, const std::string& title);

// L'axe y de f (des taux) de min(0, données) au maximum des données, plus
// 4 % de chaque côté : une courbe posée à 0 ou à rmax ne se confond pas avec
// le cadre. Sans autre réglage, gnuplot arrondirait aux graduations (de 0 à
// 500 : −100 à 600).
Figure& with_rate_margin(Figure& f);

// dr/dt contre r de 0 à rmax, une courbe par population (avec sa légende),
// la droite dr/dt = 0 et les points fixes : pleins si stables, creux si
// instables, carrés si marginaux.
Figure flow_curves(const std::vector<OnePopulation>& ps, const std::vector<std::string>& labels,
                   const std::string& name, const std::string& title);

// Les points fixes de `ps` en trois séries (stables, instables, marginaux),
// à ajouter à une figure dont l'axe x est `x(p)` et l'axe y r*.
void mark_fixed_points(Figure& f, const std::vector<OnePopulation>& ps,
                       const std::function<double(const OnePopulation&, double r)>& x,
                       const std::function<double(const OnePopulation&, double r)>& y);

// Le diagramme de bifurcation : r* contre w (Iext fixé) ou contre Iext
// (w fixé) sur [vmin, vmax] ; branches stables en trait plein, instables en
// tirets, nœuds-cols marqués.
Figure bifurcation_diagram(const OnePopulation& base, Parameter which, double vmin,
                           double vmax, const std::string& name, const std::string& title);

}  // namespace td4
