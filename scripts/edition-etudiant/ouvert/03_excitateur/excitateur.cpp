// =====================================================================
// Question 03 — Une population excitatrice (w > 0) — niveau ouvert
// =====================================================================
//
// La même équation qu'en 02, dr/dt = (Φ(Iext + w·r) − r) / τ, avec w > 0.
//
// Tracez r(t) pour différentes valeurs de Iext, depuis r(0) = 0 et
// r(0) = rmax. Qu'observez-vous ? Puis tracez dr/dt contre r : à combien
// d'états stationnaires vous attendez-vous ? Enfin, pour un Iext choisi,
// faites varier w : observez-vous un changement *qualitatif* ?
// (Répondez dans reponses.txt, avant d'observer.)
//
// La bibliothèque fait ce que vous avez écrit en 02 : td4::flow(r, p),
// td4::trajectory(p, r0, tmax, s), td4::fixed_point_rates(p).
// (td4::critical_rates et td4::fixed_point_analysis donneraient les réponses
// de critical_points et de bistable : un test refuse qu'on les appelle ici.)
//
// Au niveau ouvert, les formules et les méthodes ne sont pas écrites ici :
// demandez un indice s'il le faut (scripts/indice.sh 03). Puis :
//     cmake --build build --target test_ex03 && build/tests/test_ex03

#include "td4/q03_excitateur.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace td4::q03 {

// 1. Les points critiques de dr/dt : les taux r où la pente de dr/dt
//    (contre r) s'annule. Renvoyez ceux qui sont strictement entre 0 et
//    rmax, en ordre croissant (en Hz). Combien de points fixes dr/dt
//    peut-il alors avoir ?
std::vector<double> critical_points(const OnePopulation& p) {
  td4::todo("critical_points");
}

// 2. Vrai si la population garde la mémoire de son état initial : les
//    taux atteints à tmax (ms) depuis r0 = 0 et depuis r0 = rmax diffèrent
//    de plus de 1 % de rmax.
bool bistable(const OnePopulation& p, double tmax, const Stepping& s) {
  td4::todo("bistable");
}

// 3. Les figures : "03_excitateur_r_t" (r(t)), "03_excitateur_drdt"
//    (dr/dt contre r, points fixes marqués) et, à Iext = run.Iext.front(),
//    "03_excitateur_famille_w" : dr/dt pour plusieurs w, une légende par
//    courbe, de part et d'autre de chaque valeur de w où le nombre de
//    points fixes change (td4/one_population_plots.hpp aide à tracer).
void draw(const OnePopulationRun& run, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q03
