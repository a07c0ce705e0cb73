// =====================================================================
// Question 05 — Deux populations couplées : le réseau excitateur–inhibiteur
// — niveau ouvert
// =====================================================================
//
// Pour une population excitatrice (E) et une population inhibitrice (I),
// le modèle de taux de décharge du TD est
//
//     τE · drE/dt = Φ(IextE + wEE·rE + wEI·rI) − rE
//     τI · drI/dt = Φ(IextI + wIE·rE + wII·rI) − rI
//
// wEE, wIE > 0 partent des excitateurs, wEI, wII < 0 des inhibiteurs ; on
// lit wXY « de Y vers X ». On prend wII = 0 (le programme accepte wII < 0).
// Tous les paramètres sont dans p (un td4::EIPair) :
//     p.transfer (Φ), p.IextE, p.IextI, p.wEE, p.wEI, p.wIE, p.wII, p.tauE, p.tauI
// Φ, Φ' et Φ⁻¹ sont td4::phi, td4::phi_prime et td4::phi_inv (question 01).
//
// Pouvez-vous intégrer numériquement les équations couplées ? Où sont les
// états stationnaires, que dit la linéarisation de chacun, et pourquoi
// certains paramètres donnent-ils une oscillation qui ne s'éteint jamais ?
// (Répondez dans reponses.txt.)
//
// Au niveau ouvert, les formules et les méthodes ne sont pas écrites ici :
// demandez un indice s'il le faut (scripts/indice.sh 05). Puis :
//     cmake --build build --target test_ex05 && build/tests/test_ex05

#include "td4/q05_reseau_EI.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <utility>
#include <vector>

namespace td4::q05 {

// 1. drE/dt et drI/dt (Hz/ms) au point (rE, rI).
double drEdt(double rE, double rI, const EIPair& p) {
  td4::todo("drEdt");
}

double drIdt(double rE, double rI, const EIPair& p) {
  td4::todo("drIdt");
}

// 2. La trajectoire (rE(t), rI(t)) de 0 à tmax (ms), depuis (rE0, rI0),
//    avec la méthode et le pas de s (td4::integrate, td4/integrate.hpp ;
//    l'état est x = {rE, rI}).
Trajectory simulate(const EIPair& p, double rE0, double rI0, double tmax, const Stepping& s) {
  td4::todo("simulate");
}

// 3. Les isoclines nulles, chacune comme rI en fonction de rE (Hz) :
//    e_nullcline là où drE/dt = 0 (elle n'existe que là où Φ⁻¹ est
//    définie : laissez td4::phi_inv lever std::domain_error ailleurs),
//    i_nullcline là où drI/dt = 0.
double e_nullcline(double rE, const EIPair& p) {
  td4::todo("e_nullcline");
}

double i_nullcline(double rE, const EIPair& p) {
  if (p.wII != 0.0) return td4::i_nullcline_rate(p, rE);
  td4::todo("i_nullcline");
}

// 4. Une équation en rE seul, g(rE), qui s'annule exactement aux points
//    fixes quand rI est pris sur l'isocline I ; puis sa dérivée g'(rE).
double reduced(double rE, const EIPair& p) {
  td4::todo("reduced");
}

double reduced_slope(double rE, const EIPair& p) {
  td4::todo("reduced_slope");
}

// 5. Tous les rE des points fixes, triés, sans en manquer deux proches
//    (td4/roots.hpp et td4::reduced_bounds peuvent servir).
std::vector<double> fixed_point_rates(const EIPair& p) {
  td4::todo("fixed_point_rates");
}

// 6. La jacobienne en (rE, rI) : Jacobian{a, b, c, d} (1/ms), les dérivées
//    partielles de (drE/dt, drI/dt) par rapport à (rE, rI).
Jacobian jacobian(double rE, double rI, const EIPair& p) {
  td4::todo("jacobian");
}

// 7. Ses deux valeurs propres (1/ms), λ1 celle de plus grande partie
//    réelle ; complexes, λ1 a la partie imaginaire positive.
std::pair<std::complex<double>, std::complex<double>> eigenvalues(const Jacobian& J) {
  td4::todo("eigenvalues");
}

// 8. La nature du point fixe : Nature::noeud_stable, foyer_stable,
//    noeud_instable, foyer_instable, selle ou centre.
Nature classify(const Jacobian& J) {
  td4::todo("classify");
}

// 9. Tous les points fixes, par rE croissant : EIFixedPoint{rE, rI, J, λ1,
//    λ2, nature}.
std::vector<EIFixedPoint> fixed_points(const EIPair& p) {
  td4::todo("fixed_points");
}

// 10. Les figures (s.pair, s.rE0, s.rI0, s.tmax, s.stepping) :
//    "05_reseau_EI_r_t" (td4::ei_time_courses), le plan de phase
//    "05_reseau_EI_plan_de_phase" (td4::PhasePortrait rempli avec vos
//    fonctions, td4::phase_plane_starts, td4::phase_plane) et les
//    oscillations quand wEE varie, "05_reseau_EI_balayage_wEE"
//    (td4::oscillation_sweep, 61 valeurs de wEE depuis 0, jusqu'au plus
//    grand de 0,15 et d'une fois et demie s.pair.wEE).
void draw(const Setup& s, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q05
