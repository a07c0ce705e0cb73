// =====================================================================
// Question 02 — Une population inhibitrice (w < 0)
// =====================================================================
//
// Le taux de décharge r(t) d'une population suit
//
//     dr/dt = (Φ(Iext + w·r) − r) / τ
//
//   Φ     : la fonction de transfert de la question 01 (td4::phi(I, p.transfer))
//   Iext  : le courant venu d'ailleurs                    p.Iext
//   w·r   : le courant récurrent, la population sur elle-même   p.w
//   τ     : le temps de relaxation vers Φ (ms)            p.tau
//
// Pour des neurones inhibiteurs, w < 0 : plus la population décharge, moins
// elle reçoit de courant.
//
// Tracez r(t) pour différentes valeurs de Iext et de w < 0, chaque fois depuis
// r(0) = 0 et r(0) = rmax. Qu'observez-vous ?
//
// Écrivez les fonctions ci-dessous, dans l'ordre, en remplaçant chaque
// appel à td4::todo(...) par votre code. Puis :
//     cmake --build build --target test_ex02 && build/tests/test_ex02
// Le programme build/bin/ex02_inhibiteur trace vos figures ; essayez
// --Iext 0 10 20 --w -0.5 ou --methode euler --dt 1.

#include "td4/q02_inhibiteur.hpp"

#include <algorithm>  // std::min
#include <cmath>      // std::ceil
#include <string>
#include <vector>

namespace td4::q02 {

// ---------------------------------------------------------------------
// 1. La dérivée dr/dt (la fonction « f » des TD précédents).
//    Attention aux parenthèses : c'est toute la différence Φ − r qui est
//    divisée par τ.
// ---------------------------------------------------------------------
double drdt(double r, const OnePopulation& p) {
  td4::todo("drdt");
}

// ---------------------------------------------------------------------
// 2. Intégration numérique, d'abord à la main : la méthode d'Euler.
//    Sur un petit pas dt, dr/dt ne change presque pas, donc
//        r(t + dt) ≈ r(t) + dt · dr/dt(r(t))
//    Renvoyez r(t + dt).
// ---------------------------------------------------------------------
double euler_step(double r, double dt, const OnePopulation& p) {
  td4::todo("euler_step");
}

// ---------------------------------------------------------------------
// 3. Enchaînez les pas d'Euler de t = 0 à tmax, en gardant chaque point :
//        Trajectory tr;
//        tr.t.push_back(0.0);      // les temps
//        tr.x.push_back({r0});     // les états (ici un seul nombre : {r})
//    Calculez le temps du k-ième point comme k·dt (plutôt qu'en ajoutant dt
//    à chaque pas, ce qui accumule les erreurs d'arrondi), et raccourcissez
//    le dernier pas pour finir exactement en tmax :
//        t = std::min(k * dt, tmax)
//    Ce dernier pas dure alors t − tr.t.back(), et non dt : c'est cette
//    durée qu'il faut passer à euler_step.
//    Le nombre de pas est std::ceil(tmax / dt) (un petit « − 1e-9 » évite
//    un pas de trop quand tmax/dt vaut 500.0000000001).
// ---------------------------------------------------------------------
Trajectory euler(const OnePopulation& p, double r0, double tmax, double dt) {
  td4::todo("euler");
}

// ---------------------------------------------------------------------
// 4. La même chose avec l'intégrateur de la bibliothèque, qui sait faire
//    Euler, Runge–Kutta 4 et un pas adaptatif (option --methode) :
//        td4::integrate(f, r0, 0.0, tmax, s)
//    où f est une fonction (r, t) ↦ dr/dt ; une lambda fait l'affaire :
//        [&p](double r, double t) { return ...; }
//    (t ne sert pas ici : l'équation ne dépend pas explicitement du temps.)
// ---------------------------------------------------------------------
Trajectory simulate(const OnePopulation& p, double r0, double tmax, const Stepping& s) {
  td4::todo("simulate");
}

// ---------------------------------------------------------------------
// 5. Les figures.
//
//    a) r(t) : pour chaque couple (Iext, w) de run.populations() et chaque
//       r0 de run.initial_rates() (0 et rmax par défaut), simulez jusqu'à
//       run.options.tmax avec run.options.stepping et tracez :
//           Figure f{"02_inhibiteur_r_t", "Population inhibitrice : r(t)",
//                    "temps t (ms)", "taux r (Hz)"};
//           f.curve(tr.t, tr.component(0), describe(p) + " ; r0 = " + number(r0),
//                   "lines lw 2 lc " + std::to_string(k + 1) + " dt " + std::to_string(j + 1));
//           plot.show(f);
//       (lc : une couleur par couple, dt : un trait par r0.)
//       Qu'observez-vous ? Les deux conditions initiales arrivent-elles au
//       même état ?
//
//    b) Peut-on trouver l'état stationnaire r* (dr/dt = 0) sans simuler ?
//       Tracez dr/dt contre r, pour r de 0 à rmax, dans une figure nommée
//       "02_inhibiteur_drdt" (axes « taux r (Hz) », « dr/dt (Hz/ms) »), avec
//       la droite dr/dt = 0 et les points fixes marqués en (r*, 0) :
//       td4::fixed_point_rates(p) donne les r* de chaque couple. Un style
//       qui commence par « points » ("points pt 7 ps 1.5", avec la couleur
//       de votre choix) ; une série pour tous les couples ou une par
//       couple, comme vous voulez : seuls les points comptent.
//       Pourquoi la courbe ne coupe-t-elle zéro qu'une fois quand w < 0 ?
// ---------------------------------------------------------------------
void draw(const OnePopulationRun& run, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q02
