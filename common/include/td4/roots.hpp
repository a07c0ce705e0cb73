// Toutes les racines d'une fonction régulière sur un intervalle, sans en
// manquer une, grâce à des bornes sur ses deux premières dérivées.
#pragma once

#include <functional>
#include <vector>

namespace td4 {

// Ce que l'on sait de f sur un intervalle.
struct RootBounds {
  double d1;     // ≥ sup|f'|
  double d2;     // ≥ sup|f''|
  double noise;  // ≥ erreur d'arrondi commise en évaluant f
};

// Des bornes valables sur [x0, x1] : plus l'intervalle est petit, plus
// elles peuvent être serrées (une constante convient aussi).
using LocalBounds = std::function<RootBounds(double x0, double x1)>;

// Toutes les racines de f sur [a, b], triées, chacune une fois. Sur un
// morceau [x0, x1] de largeur h :
// - f ne peut pas s'y annuler si f(x0) et f(x1) sont de même signe et
//   |f(x0)| + |f(x1)| > d1·h (pente au plus d1), ou min(|f(x0)|, |f(x1)|)
//   > d2·h²/8 (écart à la corde au plus d2·h²/8) : morceau écarté ;
// - f' ne peut pas s'y annuler si |f'(x0) + f'(x1)| > d2·h : f y est
//   strictement monotone, une racine au plus, trouvée par encadrement
//   (TOMS 748) s'il y a changement de signe ;
// - sinon le morceau est coupé en deux.
// Seul le voisinage d'un point double (f et f' nulles ensemble) descend à
// la largeur 1e-12·(b − a). Deux racines voisines entre lesquelles |f| ne
// dépasse pas `noise` au milieu sont une seule racine (double) vue à
// travers l'arrondi ; deux racines plus écartées sont toujours distinguées.
// La racine de g dans [a, b], où g(a) = ga et g(b) = gb sont non nuls et de
// signes opposés, à `bits` bits près : TOMS 748 (Alefeld, Potra, Shi), ou la
// dichotomie s'il échoue (arrondis d'un Φ très raide, valeurs non finies).
// Toujours une réponse dans [a, b], en un nombre borné d'évaluations.
double bracketed_root(const std::function<double(double)>& g, double a, double b, double ga,
                      double gb, int bits = 53);

std::vector<double> all_roots(const std::function<double(double)>& f,
                              const std::function<double(double)>& df, double a,
                              double b, const LocalBounds& bounds);

}  // namespace td4
