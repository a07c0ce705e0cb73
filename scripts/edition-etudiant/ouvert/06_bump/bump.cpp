// =====================================================================
// Question 06 — L'attracteur en anneau (« bump attractor ») — niveau ouvert
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
// Le bump reste-t-il quand le stimulus s'éteint ? Au-delà de quel J1
// l'état uniforme devient-il instable ? (Répondez dans reponses.txt.)
//
// Ce que l'anneau vous donne déjà (td4/ring.hpp) : ring.params(),
// ring.theta(), ring.cos_theta(), ring.sin_theta(), ring.rate(I) (Φ),
// ring.cue_profile(cue), cue.on(t), td4::bump_amplitude(r, ring).
//
// Au niveau ouvert, les méthodes ne sont pas écrites ici : demandez un
// indice s'il le faut (scripts/indice.sh 06). Puis :
//     cmake --build build --target test_ex06 && build/tests/test_ex06

#include "td4/q06_bump.hpp"

#include <cmath>
#include <numbers>
#include <random>

namespace td4::q06 {

// 1. L'entrée récurrente out_i = Σj W_ij·rj pour tout i (N composantes),
//    assez vite pour N = 4096 à chaque pas de temps.
void recurrent_input(const Ring& ring, const std::vector<double>& r, std::vector<double>& out) {
  td4::todo("recurrent_input");
}

// 2. Un pas de temps dt (ms) pour tout l'anneau, stimulus `stim` compris,
//    avec un bruit additif d'amplitude `noise` (Hz) tiré de `engine` (le
//    modèle d'Itô de td4/ring.hpp, RingSimulation::noise) : r est modifié
//    sur place.
void euler_step(const Ring& ring, std::vector<double>& r, const std::vector<double>& stim,
                double dt, double noise, std::mt19937_64& engine) {
  td4::todo("euler_step");
}

// 3. La position du bump, en degrés dans (−180, 180] : le « vecteur de
//    population ».
double decode_position(const Ring& ring, const std::vector<double>& r) {
  td4::todo("decode_position");
}

// 4. La simulation de t = 0 à s.tmax exactement, par pas s.stepping.dt,
//    depuis r0, le stimulus s.cue, le bruit s.noise et un seul générateur
//    initialisé par s.seed (même graine, même résultat). Renvoyez un
//    échantillon en t = 0, puis tous les s.stepping.output_dt (ms), et à
//    la fin : run.t, run.position_deg, run.amplitude, run.r (si
//    s.record_activity), et run.final_r (l'état en t = s.tmax).
RingRun simulate(const Ring& ring, std::vector<double> r0, const RingSimulation& s) {
  td4::todo("simulate");
}

// 5. Les figures : "06_bump_carte" (le taux en couleur, le temps en
//    abscisse et l'angle en degrés en ordonnée), "06_bump_profil" (le
//    profil final contre l'angle) et "06_bump_position" (la position
//    décodée de chaque simulation contre le temps, seulement là où il y a
//    un bump : td4::persistence_threshold).
void draw(const Ring& ring, const RingSimulation& s, const std::vector<RingRun>& runs,
          Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q06
