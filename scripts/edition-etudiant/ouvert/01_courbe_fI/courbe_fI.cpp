// =====================================================================
// Question 01 — La fonction de transfert (courbe f-I) — niveau ouvert
// =====================================================================
//
// Le taux de décharge stationnaire d'une population qui reçoit un courant
// constant I est donné par sa fonction de transfert Φ(I), positive et
// croissante. Le TD prend une sigmoïde en tangente hyperbolique, de
// paramètres :
//
//   rmax  : taux de décharge maximal (Hz)      p.rmax   (500 par défaut)
//   κ     : raideur de la courbe               p.kappa  (0,2)
//   Ihalf : courant pour lequel Φ = rmax/2     p.Ihalf  (10)
//
// Au niveau ouvert, les formules et les méthodes ne sont pas écrites ici :
// cherchez-les, et demandez un indice s'il le faut (scripts/indice.sh 01).
// Écrivez les fonctions ci-dessous en remplaçant chaque td4::todo(...),
// puis :
//     cmake --build build --target test_ex01 && build/tests/test_ex01
// Écrivez les formules vous-même : td4::phi, td4::phi_inv et td4::phi_prime
// de la bibliothèque sont les réponses, et un test refuse qu'on les appelle ici.
// Le programme build/bin/ex01_courbe_fI trace vos trois figures.

#include "td4/q01_courbe_fI.hpp"

#include <cmath>
#include <stdexcept>  // std::domain_error
#include <string>

namespace td4::q01 {

// 1. Φ(I), en Hz, pour un courant I.
double fI(double I, const Transfer& p) {
  td4::todo("fI");
}

// 2. Son inverse : le courant I tel que Φ(I) = r. Est-elle définie pour
//    toutes les valeurs de r ? Là où elle ne l'est pas, levez
//        throw std::domain_error("Φ⁻¹(r) n'est définie que pour 0 < r < rmax");
double fI_inv(double r, const Transfer& p) {
  td4::todo("fI_inv");
}

// 3. Sa dérivée Φ'(I) par rapport au courant (Hz par unité de courant).
//    Où est-elle maximale ? Que vaut-elle là ?
double fI_deriv(double I, const Transfer& p) {
  td4::todo("fI_deriv");
}

// 4. n valeurs de r, croissantes, où Φ⁻¹ est définie, qui couvrent tout
//    son domaine (pour la tracer).
std::vector<double> inverse_samples(const Transfer& p, int n) {
  td4::todo("inverse_samples");
}

// 5. Les trois figures, nommées "01_courbe_fI" (Φ), "01_courbe_fI_inverse"
//    (Φ⁻¹ sur les valeurs de inverse_samples) et "01_courbe_fI_derivee"
//    (Φ'), chacune avec un titre et ses deux axes nommés, sur un
//    intervalle de courant où l'on voit toute la marche de la sigmoïde.
//    Une figure : Figure f{nom, titre, axe x, axe y}; f.curve(x, y, légende);
//    plot.show(f); (td4/figure.hpp).
void draw(const Transfer& p, Plotter& plot) {
  td4::todo("draw (les figures)");
}

}  // namespace td4::q01
