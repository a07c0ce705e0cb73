// =====================================================================
// Question 06 — L'attracteur en anneau (« bump attractor »)
// =====================================================================
//
// Si le temps le permet : le modèle du « bump » vu en cours. N populations
// sont posées sur un cercle, aux angles θi = −π + 2πi/N (i = 0, …, N − 1),
// et chacune obéit à l'équation du TD :
//
//     tau · dri/dt = Φ(Iext + Istim,i(t) + Σj W_ij·rj) − ri
//
// avec des connexions qui ne dépendent que de l'écart d'angle :
//
//     W_ij = (J0 + J1·cos(θi − θj)) / N
//
//   J0 < 0 : inhibition globale ; J1 > 0 : les voisines s'excitent.
//   Istim,i(t) = A·(1 + cos(θi − θc))/2 pendant le stimulus, 0 sinon.
//
// Un stimulus centré en θc allume un « bump » d'activité autour de θc.
// La question : le bump reste-t-il quand le stimulus s'éteint ? Le réseau
// garde alors en mémoire l'angle du stimulus.
//
// Ce que l'anneau vous donne déjà (td4/ring.hpp) :
//   ring.params()     N, Iext, J0, J1, tau et Φ (p.phi)
//   ring.theta()      les angles θi ; ring.cos_theta(), ring.sin_theta()
//   ring.rate(I)      Φ(I) (la même que td4::phi, plus rapide)
//   ring.cue_profile(cue)   le vecteur Istim,i d'un stimulus allumé
//   cue.on(t)         vrai si debut ≤ t < fin
//   td4::bump_amplitude(r, ring)  amplitude du bump / rmax (0 si r est uniforme)
//
// Écrivez les fonctions dans l'ordre, puis :
//     cmake --build build --target test_ex06 && build/tests/test_ex06
// et lancez build/bin/ex06_bump (essayez --J1 0.5, puis --bruit 10).

#include "td4/q06_bump.hpp"

#include <cmath>    // std::sqrt, std::atan2, std::ceil
#include <numbers>  // std::numbers::pi
#include <random>   // std::mt19937_64, std::normal_distribution

namespace td4::q06 {

// ---------------------------------------------------------------------
// 1. L'entrée récurrente out_i = Σj W_ij·rj.
//    Écrite telle quelle, c'est une double boucle : N² opérations par pas
//    de temps (16 millions pour N = 4096). Mais cos(θi − θj) =
//    cos θi·cos θj + sin θi·sin θj, donc
//
//      Σj W_ij·rj = (J0·S + J1·(cos θi·C + sin θi·S')) / N
//      avec S = Σj rj,  C = Σj rj·cos θj,  S' = Σj rj·sin θj.
//
//    Calculez les trois sommes (une boucle), puis out_i (une autre boucle) :
//    2N opérations au lieu de N². Pensez à donner N composantes à `out`.
// ---------------------------------------------------------------------
void recurrent_input(const Ring& ring, const std::vector<double>& r, std::vector<double>& out) {
  td4::todo("recurrent_input");
}

// ---------------------------------------------------------------------
// 2. Un pas de temps pour tout l'anneau, avec du bruit.
//    Sans bruit, c'est le pas d'Euler des questions précédentes :
//        ri ← ri + (dt/tau)·(Φ(Iext + stim_i + entrée_i) − ri)
//    (calculez toutes les entrées AVANT de modifier r).
//
//    Le bruit : à chaque pas, chaque taux reçoit en plus noise·√(dt/tau)·ξi,
//    avec ξi tiré d'une loi normale N(0, 1) :
//        std::normal_distribution<double> xi(0.0, 1.0);
//        double x = xi(engine);
//    Pourquoi √dt et pas dt ? Le bruit d'un pas est une somme de chocs
//    indépendants : sa variance (pas son écart-type) est proportionnelle à
//    dt. C'est le schéma d'Euler–Maruyama ; avec dt à la place de √dt, le
//    bruit disparaîtrait quand on raffine le pas.
// ---------------------------------------------------------------------
void euler_step(const Ring& ring, std::vector<double>& r, const std::vector<double>& stim,
                double dt, double noise, std::mt19937_64& engine) {
  td4::todo("euler_step");
}

// ---------------------------------------------------------------------
// 3. Où est le bump ? Le « vecteur de population » : chaque population
//    vote pour son angle θi avec le poids ri,
//        (X, Y) = Σi ri·(cos θi, sin θi),
//    et la position est l'angle de ce vecteur, atan2(Y, X), en degrés.
//    (std::atan2(y, x) : attention à l'ordre des arguments.)
// ---------------------------------------------------------------------
double decode_position(const Ring& ring, const std::vector<double>& r) {
  td4::todo("decode_position");
}

// ---------------------------------------------------------------------
// 4. La simulation de t = 0 à s.tmax, par pas dt = s.stepping.dt, en
//    partant de r0 :
//      - nombre de pas : std::ceil(s.tmax / dt − 1e-9) ; le dernier pas
//        dure s.tmax − t s'il est plus court que dt ;
//      - pendant le pas qui part de t, le stimulus vaut
//        ring.cue_profile(s.cue) si s.cue.on(t), des zéros sinon
//        (calculez ces deux vecteurs une fois, avant la boucle) ;
//      - un seul générateur pour toute la simulation :
//        std::mt19937_64 engine(s.seed);  — même graine, même résultat ;
//      - un échantillon en t = 0, puis tous les
//        every = max(1, round(s.stepping.output_dt / dt)) pas, et à la fin :
//        run.t, run.position_deg (votre decode_position),
//        run.amplitude (td4::bump_amplitude(r, ring)), et, si
//        s.record_activity, l'état entier dans run.r ;
//      - à la fin, run.final_r = l'état en t = tmax.
// ---------------------------------------------------------------------
RingRun simulate(const Ring& ring, std::vector<double> r0, const RingSimulation& s) {
  td4::todo("simulate");
}

// ---------------------------------------------------------------------
// 5. Les figures.
//    a) La carte de l'activité : le temps en abscisse, l'angle en
//       ordonnée, le taux en couleur. Pour gnuplot « with image », trois
//       colonnes t, θ (degrés), r, un « balayage » par instant :
//           std::vector<double> t, theta, rate;   // N valeurs par instant
//           Figure map{"06_bump_carte", "Activité de l'anneau", "temps t (ms)",
//                      "angle θ (degrés)"};
//           map.add(Series("", "image", {t, theta, rate}, {"t", "theta", "r"},
//                          ring.size()));
//           plot.show(map);
//       Les instants de runs[0].r sont runs[0].t.
//    b) Le profil final r(θ) : runs[0].final_r contre les angles (degrés),
//       figure "06_bump_profil".
//    c) La position décodée contre le temps, une courbe par simulation
//       (runs[k] a la graine s.seed + k ; une légende « graine N » doit
//       montrer la simulation de cette graine), figure "06_bump_position" : les
//       points (runs[k].t[j], runs[k].position_deg[j]) où il y a un bump,
//       runs[k].amplitude[j] > td4::persistence_threshold (ailleurs,
//       l'angle décodé d'une activité presque uniforme ne veut rien dire).
//       Une simulation qui ne forme jamais de bump n'a aucun point à
//       montrer : une courbe vide ou pas de courbe, au choix.
//    Qu'observez-vous avec --J1 0.5 ? Avec --bruit 10 ?
// ---------------------------------------------------------------------
void draw(const Ring& ring, const RingSimulation& s, const std::vector<RingRun>& runs,
          Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q06
