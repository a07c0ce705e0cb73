// Le travail d'un programme, en pas d'intégration × taux simulés : estimé
// avant de calculer, converti en secondes par le coût mesuré d'un pas, et
// refusé au-delà d'une minute ; compté pendant le calcul par td4::integrate
// et l'anneau (garde-fou, ligne de progression).
#pragma once

#include "td4/integrate.hpp"
#include "td4/transfer.hpp"

#include <string>

namespace td4 {

// Le coût d'une unité (un pas d'un taux), en secondes de processeur, sur la
// machine des mesures (2 cœurs partagés, g++ 12, Release) : temps d'un
// corrigé avec --sans-limite et un --tmax cent fois plus long que le défaut,
// moins celui d'un lancement court, divisé par les unités qu'il annonce
// (docs/performances.md, « Limite de calcul »). Arrondi vers le haut.
// Une population (02 à 04 ; 0,40 à 0,48 µs mesurés) : RK4 par défaut, dr/dt
// derrière std::function, trajectoire gardée pas à pas.
inline constexpr double population_unit_seconds = 0.5e-6;
// La paire E–I (05 ; 0,24 à 0,31 µs) : une unité est un pas d'un des deux
// taux.
inline constexpr double pair_unit_seconds = 0.35e-6;
// L'anneau (06), Euler sans bruit (6,2 ns pour N = 2048, 10 ns pour
// N = 16384, figure comprise) : un pas d'une unité.
inline constexpr double ring_unit_seconds = 10e-9;
// L'anneau avec --bruit (28 ns pour N = 2048) : le tirage gaussien
// quadruple le coût.
inline constexpr double ring_noisy_unit_seconds = 40e-9;
// L'anneau avec RK4 (7,7 ns pour N = 2048) ou la méthode adaptative : une
// unité est un tiers de pas (quatre évaluations de la dérivée, six pour
// l'adaptative).
inline constexpr double ring_rk4_unit_seconds = 12e-9;

// Au-delà, un calcul est refusé d'avance (sauf --sans-limite).
inline constexpr double work_limit_seconds = 60;

// Les points gardés pour les figures (trajectoires, activité de l'anneau) :
// au plus 300 Mo, même avec --sans-limite. Octets par point mesurés comme
// ci-dessus (mémoire maximale, /usr/bin/time -v).
inline constexpr double memory_limit_bytes = 300e6;
inline constexpr double population_point_bytes = 24;  // t et r, dans la figure
inline constexpr double pair_point_bytes = 64;        // t, rE, rI, trajectoire et figure
inline constexpr double ring_point_bytes = 16;        // un taux d'un instant de la carte

// --sans-limite : plus de refus d'avance ; la ligne de progression et
// Ctrl-C restent.
void lift_work_limit(bool lifted);
bool work_limit_lifted();

// « environ 3 min », « environ 40 s », « environ 2 h », « plus d'un an ».
std::string duration_text(double seconds);

// Les pas d'une simulation de durée tmax. Pas fixe : tmax/dt. Adaptatif : au
// moins un pas par échantillon (tous les dt), et au plus 3,3/|λ| par pas,
// limite de stabilité de Dormand–Prince, où `fastest` ≥ |λ| (1/ms) ; chaque
// pas adaptatif compte pour deux (six évaluations au lieu de quatre).
double simulation_steps(const Stepping& s, double tmax, double fastest);

// Le plus grand |λ| possible (1/ms) pour une population de constante de
// temps tau dont l'entrée varie au plus de `gain`·r (gain = Σ|w|) :
// (1 + gain·max Φ')/tau, avec max Φ' = rmax·κ/2 (disques de Gershgorin).
double fastest_rate(const Transfer& phi, double gain, double tau);

// Refuse d'avance (UsageError) `units` unités de travail de `unit_seconds`
// chacune si elles dépassent work_limit_seconds, sauf --sans-limite ; le
// message dit la durée estimée, `advice` comment la réduire ; `what` dit ce
// qui est compté. Arme ensuite le garde-fou (quatre fois le plus grand de
// l'estimation et de la limite) et, si stderr est un terminal et
// `progress`, la ligne de progression.
void plan_work(double units, double unit_seconds, const std::string& what,
               const std::string& advice, bool progress);

// Refuse d'avance (UsageError) `points` points de `point_bytes` octets
// gardés pour les figures au-delà de memory_limit_bytes.
void plan_memory(double points, double point_bytes, const std::string& what,
                 const std::string& advice);

// `units` unités faites : progression, et UsageError au-delà du garde-fou.
void count_work(double units);

// Efface la ligne de progression (avant d'écrire autre chose).
void clear_progress();

}  // namespace td4
