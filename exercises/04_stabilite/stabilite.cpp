// =====================================================================
// Question 04 — Points fixes et stabilité
// =====================================================================
//
// Lorsque vous observez plusieurs points fixes r* (dr/dt = 0) pour Iext et
// w fixés, pouvez-vous dire s'ils sont stables ? Vérifiez par une
// simulation partie tout près de chacun, r(0) = 1,01·r*. Puis : la
// stabilité peut-elle être prédite par l'équation ?
//
// Écrivez les fonctions ci-dessous, puis :
//     cmake --build build --target test_ex04 && build/tests/test_ex04
// Le programme build/bin/ex04_stabilite imprime, pour chaque (Iext, w), le
// tableau r_etoile / lambda / stabilite calculé avec vos fonctions, le taux
// mesuré sur une simulation à côté de λ, et trace vos figures. Essayez
// --Iext 0 --w 0.05, puis --w 0.1055 (près d'un nœud-col).

#include "td4/q04_stabilite.hpp"

#include <algorithm>  // std::max
#include <cmath>      // std::abs, std::exp
#include <limits>     // std::numeric_limits<double>::epsilon()
#include <string>
#include <vector>

namespace td4::q04 {

// ---------------------------------------------------------------------
// 1. Tous les points fixes. Ce sont les zéros de
//        f(r) = Φ(Iext + w·r) − r      (= τ·dr/dt)
//    Comme 0 ≤ Φ ≤ rmax, f(0) ≥ 0 et f(rmax) ≤ 0 : il y en a toujours au
//    moins un, et tous sont dans [0, rmax].
//
//    Une grille de r ne suffit pas : deux points fixes à 1e-3 Hz l'un de
//    l'autre (près d'un nœud-col) tombent dans la même case, f n'y change
//    pas de signe, et on les manque tous les deux. Mais entre deux points
//    critiques (question 03 : là où la pente de f s'annule), f est
//    monotone, donc s'annule au plus une fois. D'où la méthode :
//      a) les bornes : 0, les points critiques (td4::critical_rates(p),
//         la même chose que votre critical_points de la question 03), rmax ;
//      b) f en chaque borne. En un point critique, si |f| est sous l'arrondi,
//         |f| ≤ 32·ε·rmax avec ε = std::numeric_limits<double>::epsilon(),
//         prenez f = 0 : c'est un point double (f et sa pente nulles), à
//         compter une seule fois ;
//      c) une borne où f = 0 est un point fixe ; sur chaque morceau où f
//         change strictement de signe, cherchez le point fixe par
//         dichotomie : coupez en deux, gardez la moitié où f change de
//         signe, jusqu'à ce que le milieu ne soit plus strictement entre
//         les deux bouts (plus aucun nombre flottant entre eux).
//    En parcourant les morceaux dans l'ordre, la liste sort triée.
// ---------------------------------------------------------------------
std::vector<double> fixed_points(const OnePopulation& p) {
  td4::todo("fixed_points");
}

// ---------------------------------------------------------------------
// 2. La linéarisation. Posez r(t) = r* + δr(t), avec δr petit, et
//    développez Φ au premier ordre autour de I* = Iext + w·r* :
//        Φ(Iext + w·r* + w·δr) ≈ Φ(I*) + Φ'(I*)·w·δr,    et Φ(I*) = r*.
//    Il reste dδr/dt = λ·δr, donc δr(t) = δr(0)·e^(λt), avec
//        λ = (w·Φ'(Iext + w·r*) − 1)/τ        (en 1/ms)
//    (Φ' : td4::phi_prime(I, p.transfer).) D'où vient le facteur w ?
// ---------------------------------------------------------------------
double lambda(double r_star, const OnePopulation& p) {
  td4::todo("lambda");
}

// ---------------------------------------------------------------------
// 3. Le verdict : Stability::stable si λ < 0 (l'écart s'amortit),
//    Stability::unstable si λ > 0 (il croît), Stability::marginal si λ est
//    nul aux arrondis près : λ·τ = w·Φ' − 1 est la différence de deux
//    nombres, donc comparez-le à leur taille :
//        |λ·τ| ≤ td4::marginal_tolerance · max(1, |λ·τ + 1|)
//    (c'est le cas d'un nœud-col, où deux points fixes se confondent).
// ---------------------------------------------------------------------
Stability stability(double lambda, double tau) {
  td4::todo("stability");
}

// ---------------------------------------------------------------------
// 4. Les figures.
//
//    Dans les titres et les légendes, le point décimal (« 1.01·r* »), comme
//    les nombres qu'écrit td4::number : une figure qui mêle « 1,01 » et
//    « 0.05 » est refusée.
//
//    a) Pour chaque couple p de run.populations() et chaque point fixe r*
//       de fixed_points(p) : simulez depuis 1,01·r* et 0,99·r*
//       (td4::trajectory(p, r0, run.options.tmax, run.options.stepping)) et
//       tracez r(t) dans "04_stabilite_perturbations". S'il y a plusieurs
//       couples, une figure par couple, numérotée dans l'ordre de
//       run.populations() : "04_stabilite_perturbations_1", "…_2"…
//       Lesquels reviennent ? (Pour r* = 0, il n'y a pas d'écart à suivre.)
//
//    b) Dans "04_stabilite_ecarts" (numérotée de même : "…_1", "…_2"…),
//       tracez l'écart relatif |r(t) − r*|/r* depuis 1,01·r*, en échelle
//       logarithmique (f.set("set logscale y")), et à côté la prédiction
//       0,01·e^(λt), λ de votre fonction lambda : les pentes se ressemblent-elles ?
//
//    c) Les diagrammes de bifurcation : la bibliothèque les dessine,
//           bifurcation_diagram(run.population(Iext, 0.0), td4::Parameter::w,
//                               wmin, wmax, "04_stabilite_bifurcation_w", titre)
//       (r* contre w, à Iext fixé), et de même en Iext à w fixé dans
//       "04_stabilite_hysteresis". Ajoutez-y vos points fixes
//       (td4::mark_fixed_points), et, pour voir la mémoire, un balayage
//       lent de Iext aller puis retour (td4::quasi_static_sweep) : à
//       l'aller et au retour, l'état ne saute pas au même Iext. Pourquoi ?
//       Le balayage se fait au premier w de run.w qui soit bistable
//       (w·rmax·κ > 2), à défaut run.w.front() ; Iext de part et d'autre
//       des deux nœuds-cols en Iext de run.population(0.0, w) (champ .value
//       de td4::saddle_nodes(…, td4::Parameter::Iext)), avec une marge
//       d'au moins 10, ou de −20 à 30 s'il n'y en a pas ; une soixantaine
//       de valeurs, l'aller depuis r0 = 0, le retour sur les mêmes valeurs
//       en sens inverse depuis r0 = rmax, 10·τ d'attente à chaque valeur.
//       (Le test accepte toute fenêtre et tout nombre de points où l'aller
//       et le retour diffèrent.)
// ---------------------------------------------------------------------
void draw(const OnePopulationRun& run, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q04
