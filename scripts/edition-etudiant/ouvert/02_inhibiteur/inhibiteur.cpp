// =====================================================================
// Question 02 — Une population inhibitrice (w < 0) — niveau ouvert
// =====================================================================
//
// Le taux de décharge r(t) d'une population suit l'équation du TD
//
//     dr/dt = (Φ(Iext + w·r) − r) / τ
//
//   Φ     : la fonction de transfert (td4::phi(I, p.transfer))
//   Iext  : le courant venu d'ailleurs                          p.Iext
//   w·r   : le courant récurrent, la population sur elle-même   p.w
//   τ     : le temps de relaxation vers Φ (ms)                  p.tau
//
// Pour des neurones inhibiteurs, w < 0. Tracez r(t) pour différentes
// valeurs de Iext et de w < 0, depuis r(0) = 0 et r(0) = rmax.
// Qu'observez-vous ? (Répondez dans reponses.txt.)
//
// Au niveau ouvert, les méthodes ne sont pas écrites ici : cherchez-les, et
// demandez un indice s'il le faut (scripts/indice.sh 02). Puis :
//     cmake --build build --target test_ex02 && build/tests/test_ex02
// Le programme build/bin/ex02_inhibiteur trace vos figures.

#include "td4/q02_inhibiteur.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace td4::q02 {

// 1. dr/dt (Hz/ms) pour le taux r.
double drdt(double r, const OnePopulation& p) {
  td4::todo("drdt");
}

// 2. Un pas de la méthode d'Euler, de durée dt (ms) : renvoyez r(t + dt).
double euler_step(double r, double dt, const OnePopulation& p) {
  td4::todo("euler_step");
}

// 3. La trajectoire par Euler, de t = 0 à tmax exactement (ms), pas dt,
//    depuis r0 : renvoyez chaque instant dans tr.t et chaque état dans
//    tr.x (ici un seul nombre, {r}), le premier point compris.
Trajectory euler(const OnePopulation& p, double r0, double tmax, double dt) {
  td4::todo("euler");
}

// 4. La même trajectoire avec l'intégrateur de la bibliothèque
//    (td4::integrate, td4/integrate.hpp), méthode et pas de s.
Trajectory simulate(const OnePopulation& p, double r0, double tmax, const Stepping& s) {
  td4::todo("simulate");
}

// 5. Les figures.
//    a) "02_inhibiteur_r_t" : r(t) pour chaque couple (Iext, w) de
//       run.populations() et chaque r0 de run.initial_rates(), jusqu'à
//       run.options.tmax avec run.options.stepping.
//    b) "02_inhibiteur_drdt" : dr/dt contre r (axes « taux r (Hz) »,
//       « dr/dt (Hz/ms) »), la droite dr/dt = 0 et le point fixe marqué
//       (style "points pt 7 ps 1.5").
//    Peut-on trouver l'état stationnaire sans simuler ?
void draw(const OnePopulationRun& run, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q02
