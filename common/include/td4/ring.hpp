// L'attracteur en anneau (« bump attractor ») : N populations sur un cercle,
// couplées par W_ij = (J0 + J1·cos(θi − θj))/N.
//
//   tau·dri/dt = Φ(Iext + Istim,i(t) + Σj W_ij·rj) − ri,   θi = −π + 2πi/N.
//
// W est de rang 3 : Σj W_ij·rj = (J0·S + J1·(cos θi·C + sin θi·S'))/N avec
// S = Σ rj, C = Σ rj·cos θj, S' = Σ rj·sin θj. L'entrée récurrente coûte donc
// O(N) par pas ; la somme dense en O(N²) reste pour vérifier.
//
// Formation du bump (linéarisation autour de l'état uniforme r0 = Φ(I0),
// I0 = Iext + J0·r0) : une perturbation a·cos(θ − ψ) reçoit l'entrée
// (J1/2)·a·cos(θ − ψ), donc tau·da/dt = (J1·Φ'(I0)/2 − 1)·a. Le mode en
// cosinus croît si J1·Φ'(I0)/2 > 1 ; en dessous, l'état uniforme est stable
// et un bump n'existe que s'il est entretenu par la saturation de Φ
// (bistabilité : il faut alors un stimulus pour l'allumer).
#pragma once

#include "td4/integrate.hpp"
#include "td4/transfer.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace td4 {

struct RingParams {
  std::size_t N = 256;  // nombre de populations
  double Iext = 0.0;    // entrée uniforme
  double J0 = -0.5;     // couplage uniforme (< 0 : inhibition globale)
  double J1 = 1.0;      // couplage accordé, en cos(θi − θj)
  double tau = 10.0;    // ms
  Transfer phi;
};

// Le stimulus : Istim,i(t) = A·(1 + cos(θi − θc))/2 pour debut ≤ t < fin,
// 0 sinon. Il vaut A en θc, 0 à l'opposé.
struct Cue {
  double angle_deg = 0.0;  // θc (degrés)
  double amplitude = 0.0;  // A
  double start = 0.0;      // ms
  double end = 0.0;        // ms
  bool on(double t) const { return start <= t && t < end; }
};

class Ring {
 public:
  explicit Ring(const RingParams& p);

  const RingParams& params() const { return p_; }
  std::size_t size() const { return p_.N; }
  const std::vector<double>& theta() const { return theta_; }  // rad, dans [−π, π)
  const std::vector<double>& cos_theta() const { return cos_; }
  const std::vector<double>& sin_theta() const { return sin_; }

  // out_i = Σj W_ij·rj en O(N), par la structure de rang 3.
  void recurrent_input(const std::vector<double>& r, std::vector<double>& out) const;
  // La même somme, en O(N²), avec la matrice W écrite explicitement.
  void recurrent_input_dense(const std::vector<double>& r, std::vector<double>& out) const;

  // Φ(I) écrite en logistique : rmax·(tanh(x) + 1)/2 = rmax/(1 + e^{−2x}),
  // la même fonction que td4::phi à l'arrondi près. Deux fois plus rapide,
  // et jamais exactement 0 : avec tanh(x) = −1 en double dès x < −19, les
  // taux éteints décroîtraient géométriquement jusqu'aux nombres
  // dénormalisés, dont le calcul est très lent.
  double rate(double I) const {
    return p_.phi.rmax / (1.0 + std::exp(-2.0 * p_.phi.kappa * (I - p_.phi.Ihalf)));
  }

  // Istim,i pour un stimulus allumé (amplitude comprise).
  std::vector<double> cue_profile(const Cue& c) const;

  // dri/dt sans bruit, en O(N), pour l'entrée de stimulus `stim` (taille N,
  // ou vide : pas de stimulus) ; pour RK4 et la méthode adaptative.
  void derivative(const std::vector<double>& r, const std::vector<double>& stim,
                  std::vector<double>& drdt) const;

 private:
  RingParams p_;
  std::vector<double> theta_, cos_, sin_;
};

// Position du bump (degrés, dans (−180, 180]) par le vecteur de population :
// l'angle de Σ rj·(cos θj, sin θj).
double decode_position_deg(const std::vector<double>& r, const Ring& ring);

// Amplitude du premier mode de Fourier, rapportée à rmax :
//   A1 = 2·|Σ rj·e^{iθj}| / (N·rmax),
// l'amplitude de la composante en cos(θ − ψ) du profil, en fraction de rmax.
// 0 pour une activité uniforme ; rmax·(1 + cos(θ − ψ))/2 donne 1/2 ; un bump
// à rmax sur |θ − ψ| < a et à 0 ailleurs donne 2·sin(a)/π (≤ 2/π ≈ 0.64).
double bump_amplitude(const std::vector<double>& r, const Ring& ring);

// Critère « bump persistant » : A1 > 0.1, une modulation de plus de 10 % de
// rmax. Pourquoi ce seuil : le bruit seul donne A1 ≈ 2·s/(√N·rmax), s l'écart
// type d'un taux (0.002 pour s = 7 Hz, N = 256), bien en dessous ; un bump
// saturé de demi-largeur a > 9° dépasse 0.1 (0.49 pour les valeurs par
// défaut). Rapporter à rmax plutôt qu'au taux moyen garde le critère sûr
// quand le réseau est presque silencieux et bruité.
inline constexpr double persistence_threshold = 0.1;
bool bump_persists(const std::vector<double>& r, const Ring& ring);

// Le taux de l'état uniforme r0 = Φ(Iext + J0·r0), par dichotomie sur
// [0, rmax] (unique si J0·Φ' < 1 partout, en particulier si J0 ≤ 0).
double uniform_rate(const RingParams& p);
// J1 au-delà duquel l'état uniforme perd sa stabilité : 2/Φ'(Iext + J0·r0).
double critical_J1(const RingParams& p);

// La position d'un bump est neutre : le bruit la fait diffuser,
// var(ψ(t) − ψ(t0)) ≈ Dψ·(t − t0). En projetant le bruit sur le mode neutre
// (vecteur propre à droite v = ∂r/∂ψ, à gauche e = W·v = ∂Irec/∂ψ) :
//   Dψ = (sigma²/tau)·Σ ei² / (Σ ei·vi)²,
// et avec Irec,i = u0 + A·cos(θi − ψ), ei = A·sin(θi − ψ), vi = Φ'(Ii)·ei :
//   Dψ = (sigma²/tau)·Σ sin²(θi − ψ) / (A²·(Σ Φ'(Ii)·sin²(θi − ψ))²)   (rad²/ms).
// `bump` est un état stationnaire sans bruit (sans stimulus).
double bump_diffusion(const std::vector<double>& bump, const Ring& ring, double noise);

// Le déroulement d'une simulation.
struct RingSimulation {
  double tmax = 1000.0;     // ms
  Stepping stepping{Method::euler, 0.1, 1.0};  // méthode, dt, intervalle d'échantillonnage
  Cue cue;
  // Bruit additif sur chaque taux, amplitude sigma (Hz), modèle d'Itô :
  //   tau·dri = (Φ(...) − ri)·dt + sigma·√tau·dWi,
  // Wi des mouvements browniens indépendants. Euler–Maruyama :
  //   ri ← ri + (dt/tau)·(Φ − ri) + sigma·√(dt/tau)·ξi,  ξi ~ N(0, 1).
  // Sans couplage, ri − r0 est un processus d'Ornstein–Uhlenbeck de variance
  // stationnaire sigma²/2 (sigma²/(2 − dt/tau) pour le schéma discret).
  // Les taux ne sont pas tronqués à 0 : le bruit reste additif.
  double noise = 0.0;
  std::uint64_t seed = 1;  // std::mt19937_64 : même graine, même résultat
  bool record_activity = true;  // garder r(t) à chaque échantillon (carte de chaleur)
};

struct RingRun {
  std::vector<double> t;                 // instants échantillonnés (ms)
  std::vector<std::vector<double>> r;    // activité à ces instants (si demandée)
  std::vector<double> position_deg;      // position décodée à ces instants
  std::vector<double> amplitude;         // A1 (bump_amplitude) à ces instants
  std::vector<double> final_r;           // état final
};

// Intègre de 0 à tmax en partant de r0 (taille N). Avec du bruit, la
// méthode doit être Euler (Euler–Maruyama) : std::invalid_argument sinon.
RingRun simulate_ring(const Ring& ring, std::vector<double> r0, const RingSimulation& s);

}  // namespace td4
