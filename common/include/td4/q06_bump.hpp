// Question 06 — l'attracteur en anneau (« bump ») : ce que l'exercice doit
// fournir. Les tests appellent ces fonctions ; ex06/sol06 appellent aussi draw.
// L'anneau lui-même (angles θi, stimulus, somme dense de référence, critère
// de persistance) vient de td4/ring.hpp.
#pragma once

#include "td4/errors.hpp"
#include "td4/figure.hpp"
#include "td4/ring.hpp"

#include <random>
#include <vector>

namespace td4::q06 {

// out_i = Σj W_ij·rj avec W_ij = (J0 + J1·cos(θi − θj))/N, en O(N) :
// (J0·Σ rj + J1·(cos θi·Σ rj·cos θj + sin θi·Σ rj·sin θj))/N.
void recurrent_input(const Ring& ring, const std::vector<double>& r, std::vector<double>& out);

// Un pas d'Euler–Maruyama de durée dt pour les N taux :
//   ri ← ri + (dt/tau)·(Φ(Iext + stim_i + Σj W_ij·rj) − ri) + noise·√(dt/tau)·ξi,
// ξi ~ N(0, 1) tirés de `engine` ; `stim` a N composantes (des zéros hors stimulus).
void euler_step(const Ring& ring, std::vector<double>& r, const std::vector<double>& stim,
                double dt, double noise, std::mt19937_64& engine);

// Position du bump (degrés, dans (−180, 180]) par le vecteur de population.
double decode_position(const Ring& ring, const std::vector<double>& r);

// De t = 0 à s.tmax par pas s.stepping.dt (le dernier raccourci si besoin),
// en partant de r0, le stimulus s.cue allumé pour debut ≤ t < fin, le bruit
// s.noise tiré d'un std::mt19937_64 de graine s.seed. Un échantillon en
// t = 0, puis tous les s.stepping.output_dt, et en t = tmax : t, position
// décodée, amplitude (td4::bump_amplitude), et l'activité entière si
// s.record_activity. final_r : l'état en t = tmax.
RingRun simulate(const Ring& ring, std::vector<double> r0, const RingSimulation& s);

// Les figures : carte de l'activité (angle × temps), profil final, position
// décodée au cours du temps pour chaque simulation de `runs`. runs[0] a
// l'activité enregistrée ; runs[k] a la graine s.seed + k (les mêmes
// réglages sinon).
void draw(const Ring& ring, const RingSimulation& s, const std::vector<RingRun>& runs,
          Plotter& plot);

}  // namespace td4::q06
