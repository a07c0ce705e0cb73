// =====================================================================
// Question 04 — Points fixes et stabilité — niveau ouvert
// =====================================================================
//
// Lorsque vous observez plusieurs points fixes r* (dr/dt = 0) pour Iext et
// w fixés, pouvez-vous dire s'ils sont stables ? Vérifiez par une
// simulation partie tout près de chacun, r(0) = 1,01·r*. Puis : la
// stabilité peut-elle être prédite par l'équation ? Considérez une petite
// variation δr autour du point fixe, r(t) = r* + δr(t) : calcul sur
// papier, puis évaluation numérique. (Répondez dans reponses.txt.)
//
// Au niveau ouvert, les formules et les méthodes ne sont pas écrites ici :
// demandez un indice s'il le faut (scripts/indice.sh 04). Puis :
//     cmake --build build --target test_ex04 && build/tests/test_ex04

#include "td4/q04_stabilite.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace td4::q04 {

// 1. Tous les points fixes (Hz), triés, chacun une fois, même deux points
//    fixes très proches l'un de l'autre (près d'un nœud-col). Un point
//    double (où dr/dt et sa pente s'annulent) est listé une fois.
std::vector<double> fixed_points(const OnePopulation& p) {
  td4::todo("fixed_points");
}

// 2. Le taux λ (1/ms) auquel un petit écart au point fixe r_star croît
//    (λ > 0) ou s'amortit (λ < 0).
double lambda(double r_star, const OnePopulation& p) {
  td4::todo("lambda");
}

// 3. Le verdict : Stability::stable, Stability::unstable, ou
//    Stability::marginal quand λ est nul aux arrondis près
//    (td4::marginal_tolerance, td4/one_population.hpp).
Stability stability(double lambda, double tau) {
  td4::todo("stability");
}

// 4. Les figures, une série par couple de run.populations(), numérotées
//    dans cet ordre ("…_1", "…_2"…) :
//    a) "04_stabilite_perturbations" : r(t) depuis 1,01·r* et 0,99·r* pour
//       chaque point fixe r* > 0 ;
//    b) "04_stabilite_ecarts" : l'écart relatif |r(t) − r*|/r* depuis
//       1,01·r*, en échelle logarithmique, à côté de ce que λ prédit ;
//    c) les diagrammes de bifurcation "04_stabilite_bifurcation_w" (r*
//       contre w) et "04_stabilite_hysteresis" (r* contre Iext, avec un
//       balayage lent aller-retour) : td4::bifurcation_diagram,
//       td4::mark_fixed_points, td4::quasi_static_sweep.
void draw(const OnePopulationRun& run, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q04
