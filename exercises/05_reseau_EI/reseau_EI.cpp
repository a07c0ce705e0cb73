// =====================================================================
// Question 05 — Deux populations couplées : le réseau excitateur–inhibiteur
// =====================================================================
//
// Pour une population excitatrice (E) et une population inhibitrice (I),
// le modèle de taux de décharge devient
//
//     τE · drE/dt = Φ(IextE + wEE·rE + wEI·rI) − rE
//     τI · drI/dt = Φ(IextI + wIE·rE + wII·rI) − rI
//
// Quatre poids effectifs : wEE, wIE > 0 partent des excitateurs (vers E et
// vers I), wEI, wII < 0 partent des inhibiteurs. On lit wXY « de Y vers X ».
// Pour réduire la complexité, on prend wII = 0 (le programme accepte
// wII < 0). Tous les paramètres sont dans p (un td4::EIPair) :
//     p.transfer (Φ), p.IextE, p.IextI, p.wEE, p.wEI, p.wIE, p.wII, p.tauE, p.tauI
// Φ, Φ' et Φ⁻¹ sont td4::phi(I, p.transfer), td4::phi_prime(I, p.transfer)
// et td4::phi_inv(r, p.transfer) (votre question 01).
//
// Pouvez-vous intégrer numériquement les équations couplées ? Puis :
// où sont les états stationnaires, que dit la linéarisation de chacun, et
// pourquoi certains paramètres donnent un retour amorti et d'autres une
// oscillation qui ne s'éteint jamais ?
//
// Écrivez les fonctions ci-dessous, dans l'ordre, puis :
//     cmake --build build --target test_ex05 && build/tests/test_ex05
// Le programme build/bin/ex05_reseau_EI affiche les points fixes et trace
// vos figures (essayez --wEE 0.03, puis --IextE 0).

#include "td4/q05_reseau_EI.hpp"

#include <algorithm>  // std::max
#include <cmath>    // std::sqrt, std::abs
#include <complex>  // std::complex<double>
#include <utility>  // std::pair
#include <vector>

namespace td4::q05 {

// ---------------------------------------------------------------------
// 1. Les deux équations : renvoyez drE/dt et drI/dt (en Hz/ms). Attention
//    à l'ordre des indices (wEI multiplie rI dans l'équation de E) et à la
//    constante de temps de chaque population.
// ---------------------------------------------------------------------
double drEdt(double rE, double rI, const EIPair& p) {
  td4::todo("drEdt");
}

double drIdt(double rE, double rI, const EIPair& p) {
  td4::todo("drIdt");
}

// ---------------------------------------------------------------------
// 2. Intégrez le système. L'état est le vecteur x = {rE, rI} ; le système
//    est une fonction qui remplit les deux dérivées :
//        const System f = [&p](const State& x, State& dxdt, double t) {
//          dxdt[0] = …;   // drE/dt en (x[0], x[1])
//          dxdt[1] = …;   // drI/dt
//        };
//    puis td4::integrate(f, State{rE0, rI0}, 0.0, tmax, s) renvoie la
//    trajectoire (Euler, RK4 ou adaptatif selon s.method).
// ---------------------------------------------------------------------
Trajectory simulate(const EIPair& p, double rE0, double rI0, double tmax, const Stepping& s) {
  td4::todo("simulate");
}

// ---------------------------------------------------------------------
// 3. Les isoclines nulles : les courbes du plan (rE, rI) où drE/dt = 0, et
//    où drI/dt = 0. Les points fixes sont leurs intersections.
//
//    Isocline E : rE = Φ(IextE + wEE·rE + wEI·rI). Pour en tirer rI, il
//    faut inverser Φ : Φ⁻¹(rE) = IextE + wEE·rE + wEI·rI. C'est pour cela
//    que le TD vous a fait écrire Φ⁻¹. Elle n'existe que pour 0 < rE < rmax :
//    td4::phi_inv lève std::domain_error ailleurs, laissez-la faire.
//
//    Isocline I : avec wII = 0, rI = Φ(IextI + wIE·rE), directement. (Si
//    wII < 0, rI apparaît des deux côtés ; la bibliothèque résout
//    l'équation pour vous, la première ligne est déjà écrite.)
// ---------------------------------------------------------------------
double e_nullcline(double rE, const EIPair& p) {
  td4::todo("e_nullcline");
}

double i_nullcline(double rE, const EIPair& p) {
  if (p.wII != 0.0) return td4::i_nullcline_rate(p, rE);
  td4::todo("i_nullcline");
}

// ---------------------------------------------------------------------
// 4. Une seule équation pour les points fixes. Sur l'isocline I,
//    rI = i_nullcline(rE) ; il reste à annuler
//        g(rE) = Φ(IextE + wEE·rE + wEI·rI(rE)) − rE.
//    Écrivez g, puis sa dérivée (dérivée d'une composée) :
//        g'(rE) = Φ'(IE)·(wEE + wEI·drI/drE) − 1,
//    où IE = IextE + wEE·rE + wEI·rI est le courant reçu par E et, sur
//    l'isocline I (II = IextI + wIE·rE + wII·rI),
//        drI/drE = Φ'(II)·wIE / (1 − wII·Φ'(II))     (= Φ'(II)·wIE si wII = 0).
// ---------------------------------------------------------------------
double reduced(double rE, const EIPair& p) {
  td4::todo("reduced");
}

double reduced_slope(double rE, const EIPair& p) {
  td4::todo("reduced_slope");
}

// ---------------------------------------------------------------------
// 5. Tous les points fixes : toutes les racines de g sur [0, rmax] (Φ ne
//    sort pas de cet intervalle, les points fixes non plus). Une grille
//    manquerait deux racines plus proches que son pas. La bibliothèque a
//    une recherche qui n'en manque aucune, pourvu qu'on lui donne g, g' et
//    des bornes de |g'| et |g''| (calculées pour vous) :
//        td4::all_roots(g, dg, 0.0, p.transfer.rmax, td4::reduced_bounds(p))
//    avec g et dg deux lambdas : [&p](double rE) { return reduced(rE, p); }.
// ---------------------------------------------------------------------
std::vector<double> fixed_point_rates(const EIPair& p) {
  td4::todo("fixed_point_rates");
}

// ---------------------------------------------------------------------
// 6. La linéarisation. Près d'un point fixe, une petite perturbation
//    (δrE, δrI) évolue selon d/dt (δrE, δrI) = J·(δrE, δrI), où J est la
//    jacobienne, la matrice des dérivées partielles :
//        a = ∂(drE/dt)/∂rE = (wEE·Φ'(IE) − 1)/τE    b = ∂(drE/dt)/∂rI = wEI·Φ'(IE)/τE
//        c = ∂(drI/dt)/∂rE = wIE·Φ'(II)/τI          d = ∂(drI/dt)/∂rI = (wII·Φ'(II) − 1)/τI
//    Renvoyez Jacobian{a, b, c, d}.
// ---------------------------------------------------------------------
Jacobian jacobian(double rE, double rI, const EIPair& p) {
  td4::todo("jacobian");
}

// ---------------------------------------------------------------------
// 7. Les valeurs propres de J, par sa trace T = a + d et son déterminant
//    D = a·d − b·c :  λ = T/2 ± √(T²/4 − D).
//    Si T²/4 < D, elles sont complexes : T/2 ± i·√(D − T²/4).
//    Renvoyez {λ1, λ2} avec λ1 = celle de plus grande partie réelle (la
//    racine avec « + »). Un std::complex<double> s'écrit {réel, imaginaire}.
// ---------------------------------------------------------------------
std::pair<std::complex<double>, std::complex<double>> eigenvalues(const Jacobian& J) {
  td4::todo("eigenvalues");
}

// ---------------------------------------------------------------------
// 8. La nature du point fixe, d'après T et D :
//      D < 0                    : selle (une direction s'éloigne, l'autre revient)
//      D > 0 et T² < 4D         : foyer (valeurs propres complexes : on tourne),
//                                 stable si T < 0, instable si T > 0,
//                                 centre si T = 0 (à l'arrondi près :
//                                 |T| ≤ 1e-9·(|a| + |d|))
//      D > 0 et T² ≥ 4D         : nœud, stable si T < 0, instable si T > 0
//    Renvoyez Nature::noeud_stable, Nature::foyer_stable,
//    Nature::noeud_instable, Nature::foyer_instable, Nature::selle ou
//    Nature::centre.
// ---------------------------------------------------------------------
Nature classify(const Jacobian& J) {
  td4::todo("classify");
}

// ---------------------------------------------------------------------
// 9. Rassemblez : pour chaque rE de fixed_point_rates, rI = i_nullcline(rE),
//    J, λ1, λ2 et la nature ; renvoyez des EIFixedPoint{rE, rI, J, λ1, λ2, nature}.
// ---------------------------------------------------------------------
std::vector<EIFixedPoint> fixed_points(const EIPair& p) {
  td4::todo("fixed_points");
}

// ---------------------------------------------------------------------
// 10. Les figures (s.pair, s.rE0, s.rI0, s.tmax, s.stepping) :
//    - rE(t) et rI(t) : la trajectoire de simulate depuis (s.rE0, s.rI0),
//        plot.show(td4::ei_time_courses(tr, "05_reseau_EI_r_t", "…titre…"));
//    - le plan de phase : remplissez un td4::PhasePortrait pp avec vos
//      fonctions (pp.drEdt, pp.drIdt : lambdas (rE, rI) ; pp.e_nullcline,
//      pp.i_nullcline : lambdas (rE)), pp.fixed_points = fixed_points(…),
//      et une trajectoire de simulate depuis chaque départ de
//        td4::phase_plane_starts(s.pair, pp.fixed_points, s.rE0, s.rI0)
//      (des paires {rE0, rI0}) dans pp.trajectories ; puis
//        plot.show(td4::phase_plane(s.pair, pp, "05_reseau_EI_plan_de_phase", "…"));
//    - les oscillations quand wEE varie, 61 valeurs de 0 à
//      top = std::max(0.15, 1.5 * s.pair.wEE) (le wEE choisi y est toujours) :
//        plot.show(td4::oscillation_sweep(s.pair, &EIPair::wEE, "wEE", 0.0, top, 61,
//                  s.rE0, s.rI0, s.tmax, s.stepping, "05_reseau_EI_balayage_wEE", "…"));
//    Qu'arrive-t-il à la nature du point fixe là où l'oscillation apparaît ?
// ---------------------------------------------------------------------
void draw(const Setup& s, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q05
