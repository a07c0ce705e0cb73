// =====================================================================
// Question 03 — Une population excitatrice (w > 0)
// =====================================================================
//
// La même équation qu'en 02,
//
//     dr/dt = (Φ(Iext + w·r) − r) / τ,
//
// mais avec w > 0 : plus la population décharge, plus elle s'excite.
//
// Tracez r(t) pour différentes valeurs de Iext, avec w > 0, depuis r(0) = 0
// et r(0) = rmax. Qu'observez-vous ? Puis tracez dr/dt contre r : à combien
// d'états stationnaires vous attendez-vous ? Enfin, pour un Iext choisi,
// faites varier w : observez-vous un changement *qualitatif* ?
//
// La bibliothèque fait maintenant ce que vous avez écrit en 02 :
//     td4::flow(r, p)                     dr/dt
//     td4::trajectory(p, r0, tmax, s)     r(t) (Euler, RK4 ou adaptatif)
//     td4::fixed_point_rates(p)           les r* où dr/dt = 0
// (td4::critical_rates et td4::fixed_point_analysis donneraient les réponses
// de critical_points et de bistable : un test refuse qu'on les appelle ici.)
//
// Écrivez les fonctions ci-dessous, puis :
//     cmake --build build --target test_ex03 && build/tests/test_ex03
// Le programme build/bin/ex03_excitateur trace vos figures.

#include "td4/q03_excitateur.hpp"

#include <cmath>  // std::atanh, std::sqrt, std::abs
#include <string>
#include <vector>

namespace td4::q03 {

// ---------------------------------------------------------------------
// 1. Combien de points fixes au plus ? Entre deux points fixes voisins,
//    dr/dt change de sens de variation : il lui faut un maximum ou un
//    minimum, où sa pente s'annule. Cette pente est
//        d(dr/dt)/dr = (w·Φ'(Iext + w·r) − 1)/τ,
//    nulle quand Φ'(I) = 1/w, avec I = Iext + w·r. Comme
//        Φ'(I) = (rmax·κ/2)·(1 − tanh²(κ·(I − Ihalf))),
//    c'est tanh²(κ·(I − Ihalf)) = 1 − 2/(w·rmax·κ) :
//      - si w·rmax·κ ≤ 2 (en particulier si w ≤ 0), aucune solution : dr/dt
//        décroît partout, un seul point fixe ;
//      - sinon deux courants I = Ihalf ± atanh(√(1 − 2/(w·rmax·κ)))/κ,
//        d'où r = (I − Iext)/w.
//    Renvoyez les r strictement entre 0 et rmax, en ordre croissant.
//    Combien de points fixes dr/dt peut-il alors avoir ?
// ---------------------------------------------------------------------
std::vector<double> critical_points(const OnePopulation& p) {
  td4::todo("critical_points");
}

// ---------------------------------------------------------------------
// 2. Deux états stables ? Simulez jusqu'à tmax depuis r0 = 0 et depuis
//    r0 = rmax (td4::trajectory(p, r0, tmax, s) ; l'état final est
//    tr.x.back()[0]) et renvoyez vrai si les deux taux finaux sont à plus
//    de 1 % de rmax l'un de l'autre : 0.01 * p.transfer.rmax, en Hz, quel
//    que soit rmax (les tests en essaient plusieurs, et des tmax trop courts
//    pour converger : simulez jusqu'au tmax reçu). Le réseau garde alors la
//    mémoire de son état initial.
// ---------------------------------------------------------------------
bool bistable(const OnePopulation& p, double tmax, const Stepping& s) {
  td4::todo("bistable");
}

// ---------------------------------------------------------------------
// 3. Les figures. Les fonctions de td4/one_population_plots.hpp font les
//    tracés de la question 02 :
//        plot.show(time_courses(run, library_simulation(run),
//                               "03_excitateur_r_t", "…titre…"));
//        plot.show(flow_curves(run.populations(), {}, "03_excitateur_drdt", "…"));
//    (flow_curves marque les points fixes : pleins s'ils sont stables,
//    creux s'ils sont instables.)
//
//    Puis, à Iext = run.Iext.front(), une figure "03_excitateur_famille_w"
//    avec dr/dt pour plusieurs w (run.population(Iext, w) pour chacun,
//    et une légende par courbe). Choisissez des w de part et d'autre des
//    valeurs critiques où deux points fixes naissent ou disparaissent (au
//    moins un w sous la plus petite, un entre les deux, un au-dessus de la
//    plus grande) :
//        td4::saddle_nodes(run.population(Iext, 0.0), td4::Parameter::w)
//    les donne (champ .value), s'il y en a. S'il y en a moins de deux (pas
//    de bistabilité à cet Iext), prenez au moins trois w > 0 de votre
//    choix. Une légende qui dit « w = … » doit dire le w de sa courbe.
//    Que se passe-t-il exactement en une valeur critique ?
// ---------------------------------------------------------------------
void draw(const OnePopulationRun& run, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q03
