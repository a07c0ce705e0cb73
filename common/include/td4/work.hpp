// Le travail d'un programme, en pas d'intégration × taux simulés : estimé
// avant de calculer et refusé s'il dépasse le budget, compté pendant le
// calcul par td4::integrate et l'anneau (garde-fou, ligne de progression).
#pragma once

#include "td4/integrate.hpp"
#include "td4/transfer.hpp"

#include <string>

namespace td4 {

// Une population ou une paire E–I : ≈ 0,3 µs par pas et par taux,
// échantillon gardé compris. Quelques secondes au plus.
inline constexpr double step_budget = 1e7;
// L'anneau : ≈ 20 ns par pas et par taux avec Euler, 60 ns avec RK4.
inline constexpr double ring_budget = 1e8;

// Les pas d'une simulation de durée tmax. Pas fixe : tmax/dt. Adaptatif : au
// moins un pas par échantillon (tous les dt), et au plus 3,3/|λ| par pas,
// limite de stabilité de Dormand–Prince, où `fastest` ≥ |λ| (1/ms) ; chaque
// pas adaptatif compte pour deux (six évaluations au lieu de quatre).
double simulation_steps(const Stepping& s, double tmax, double fastest);

// Le plus grand |λ| possible (1/ms) pour une population de constante de
// temps tau dont l'entrée varie au plus de `gain`·r (gain = Σ|w|) :
// (1 + gain·max Φ')/tau, avec max Φ' = rmax·κ/2 (disques de Gershgorin).
double fastest_rate(const Transfer& phi, double gain, double tau);

// Refuse d'avance (UsageError) `units` unités de travail au-delà de
// `budget` ; `what` dit ce qui est compté, `advice` comment le réduire.
// Arme ensuite le garde-fou (quatre fois le budget) et, si stderr est un
// terminal et `progress`, la ligne de progression.
void plan_work(double units, double budget, const std::string& what,
               const std::string& advice, bool progress);

// `units` unités faites : progression, et UsageError au-delà du garde-fou.
void count_work(double units);

// Efface la ligne de progression (avant d'écrire autre chose).
void clear_progress();

}  // namespace td4
