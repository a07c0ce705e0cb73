// =====================================================================
// Question 01 — La fonction de transfert (courbe f-I)
// =====================================================================
//
// Le taux de décharge stationnaire d'une population qui reçoit un courant
// constant I est donné par sa fonction de transfert Φ(I). Elle doit être
// positive et croissante. Nous prenons une sigmoïde :
//
//     Φ(I) = rmax · (tanh(κ·(I − Ihalf)) + 1) / 2
//
//   rmax  : taux de décharge maximal (Hz)      p.rmax   (500 par défaut)
//   κ     : raideur de la courbe               p.kappa  (0,2)
//   Ihalf : courant pour lequel Φ = rmax/2     p.Ihalf  (10)
//
// Écrivez les fonctions ci-dessous, dans l'ordre, en remplaçant chaque
// appel à td4::todo(...) par votre code. Puis :
//     cmake --build build --target test_ex01 && build/tests/test_ex01
// Les tests vous disent ce qui est juste, faux, ou encore à compléter.
// Écrivez les formules vous-même : td4::phi, td4::phi_inv et td4::phi_prime
// de la bibliothèque sont les réponses, et un test refuse qu'on les appelle ici.
// Le programme build/bin/ex01_courbe_fI trace vos trois figures.

#include "td4/q01_courbe_fI.hpp"

#include <cmath>      // std::tanh, std::atanh
#include <stdexcept>  // std::domain_error
#include <string>

namespace td4::q01 {

// ---------------------------------------------------------------------
// 1. La courbe f-I elle-même : renvoyez Φ(I).
//    (std::tanh calcule la tangente hyperbolique.)
// ---------------------------------------------------------------------
double fI(double I, const Transfer& p) {
  td4::todo("fI");
}

// ---------------------------------------------------------------------
// 2. Son inverse : le courant I tel que Φ(I) = r.
//    En posant y = 2r/rmax − 1, on trouve I = atanh(y)/κ + Ihalf.
//
//    Est-elle définie pour toutes les valeurs de r ? atanh(y) n'existe que
//    pour −1 < y < 1, c'est-à-dire 0 < r < rmax. Hors de cet intervalle,
//    levez une erreur qui le dit :
//        throw std::domain_error("Φ⁻¹(r) n'est définie que pour 0 < r < rmax");
// ---------------------------------------------------------------------
double fI_inv(double r, const Transfer& p) {
  td4::todo("fI_inv");
}

// ---------------------------------------------------------------------
// 3. Sa dérivée par rapport au courant :
//        Φ'(I) = rmax · κ · (1 − tanh²(κ·(I − Ihalf))) / 2
//    Où est-elle maximale ? Que vaut-elle là ?
// ---------------------------------------------------------------------
double fI_deriv(double I, const Transfer& p) {
  td4::todo("fI_deriv");
}

// ---------------------------------------------------------------------
// 4. Pour tracer Φ⁻¹, il faut des valeurs de r où elle est définie :
//    renvoyez n valeurs croissantes, toutes strictement entre 0 et rmax,
//    qui couvrent tout l'intervalle : la première à moins de rmax/n de 0,
//    la dernière à moins de rmax/n de rmax (pour n = 200, à moins de 0,5 %
//    de rmax de chaque bout).
// ---------------------------------------------------------------------
std::vector<double> inverse_samples(const Transfer& p, int n) {
  td4::todo("inverse_samples");
}

// ---------------------------------------------------------------------
// 5. Tracez les trois courbes. Pour une figure :
//        std::vector<double> I, r;            // remplis par une boucle
//        Figure f{"01_courbe_fI", "Courbe f-I", "courant I", "taux r (Hz)"};
//        f.curve(I, r, "Φ(I)");                // une courbe, avec sa légende
//        plot.show(f);                         // fichier, fenêtre ou texte
//    Tracez Φ(I) et Φ'(I) pour I entre Ihalf − 4/κ et Ihalf + 4/κ, et
//    Φ⁻¹(r) sur les valeurs de inverse_samples. Nommez les figures
//    "01_courbe_fI", "01_courbe_fI_inverse" et "01_courbe_fI_derivee",
//    chacune avec un titre et ses deux axes nommés.
//    (Vous pouvez jouer avec --rmax, --kappa et --Ihalf pour voir comment
//    la courbe se modifie.)
// ---------------------------------------------------------------------
void draw(const Transfer& p, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q01
