// Une population récurrente : dr/dt = (Φ(Iext + w·r) − r)/τ.
// Tous ses points fixes, leur stabilité linéaire, le diagramme de
// bifurcation et les nœuds-cols, et le taux mesuré sur une simulation.
#pragma once

#include "td4/integrate.hpp"
#include "td4/transfer.hpp"

#include <string>
#include <vector>

namespace td4 {

struct OnePopulation {
  Transfer transfer;   // Φ
  double Iext = 0.0;   // courant extérieur
  double w = 0.0;      // poids récurrent (w < 0 : inhibiteur, w > 0 : excitateur)
  double tau = 10.0;   // constante de temps (ms)
};

// Les noms diffèrent de ceux que l'étudiant écrit (drdt, lambda,
// fixed_points…) : ses fonctions et celles-ci cohabitent sans ambiguïté.

// dr/dt (Hz/ms), le « flot » de l'équation.
double flow(double r, const OnePopulation& p);

// r(t) de 0 à tmax depuis r0, avec la méthode et le pas de `s`.
Trajectory trajectory(const OnePopulation& p, double r0, double tmax,
                    const Stepping& s);

enum class Stability { stable, unstable, marginal };

// "stable", "instable", "marginal".
std::string stability_name(Stability s);

// λ·τ = w·Φ' − 1 est la différence de deux termes : λ est nul « aux
// arrondis près » si |λ·τ| ≤ marginal_tolerance·max(1, |w·Φ'|). Près d'un
// point double, f est plate au second ordre : r* n'y est connu qu'à √ε près
// (ε ≈ 2.2e-16), et λ·τ aussi ; √ε ≈ 1.5e-8 est la résolution possible,
// d'où 1e-8. Un point fixe isolé a |λ·τ| bien plus grand (1e-6 déjà pour
// une paire à 1e-4 l'une de l'autre).
inline constexpr double marginal_tolerance = 1e-8;

struct FixedPoint {
  double r;            // r* (Hz)
  double lambda;       // (w·Φ'(Iext + w·r*) − 1)/τ (1/ms)
  Stability stability;
};

// λ = (w·Φ'(Iext + w·r) − 1)/τ : pente de dr/dt en r (1/ms).
double eigenvalue(double r, const OnePopulation& p);
// Le verdict d'après λ et τ (voir marginal_tolerance).
Stability classify(double lambda, double tau);
// Le verdict en r : classify(eigenvalue(r, p), p.tau).
Stability stability_of(double r, const OnePopulation& p);

// Les points critiques de f(r) = Φ(Iext + w·r) − r dans (0, rmax), où
// w·Φ'(Iext + w·r) = 1 : aucun si w·rmax·κ ≤ 2, sinon au plus deux.
std::vector<double> critical_rates(const OnePopulation& p);

// Tous les points fixes, triés, chacun une fois. f est monotone entre 0,
// les points critiques et rmax : une racine au plus par intervalle, trouvée
// par encadrement (TOMS 748). Un point double (f et f' nulles) est listé une
// fois, marginal.
std::vector<double> fixed_point_rates(const OnePopulation& p);
std::vector<FixedPoint> fixed_point_analysis(const OnePopulation& p);

// Points fixes le long d'un balayage d'un paramètre, l'autre fixé.
enum class Parameter { w, Iext };
struct SweepPoint {
  double value;                    // la valeur de w ou de Iext
  std::vector<FixedPoint> fixed;
};
std::vector<SweepPoint> sweep(const OnePopulation& base, Parameter which,
                              const std::vector<double>& values);

// Un nœud-col : valeur du paramètre où deux points fixes naissent ou
// disparaissent, et le r* double correspondant.
struct SaddleNode {
  double value;
  double r;
};
// Formes closes (I* = Iext + w·r* vérifie Φ(I*) = r* et w·Φ'(I*) = 1) :
// - w fixé : I* = Ihalf ± atanh(√(1 − 2/(w·rmax·κ)))/κ, Iext = I* − w·Φ(I*) ;
// - Iext fixé : I* − Φ(I*)/Φ'(I*) = Iext, une équation en I* seul, avec
//   w = 1/Φ'(I*). Aucun nœud-col si Iext > Ihalf − 1/κ.
// Triés par valeur croissante du paramètre.
std::vector<SaddleNode> saddle_nodes(const OnePopulation& base, Parameter which);

// La courbe des points fixes dans le plan (paramètre, r*), paramétrée par le
// courant total I = Iext + w·r* (r* = Φ(I)), sans recherche de racines :
// coupée en branches de même stabilité, jointes aux nœuds-cols, et limitée
// à [vmin, vmax].
struct Branch {
  Stability stability;
  std::vector<double> value;  // w ou Iext
  std::vector<double> r;
};
std::vector<Branch> fixed_point_curve(const OnePopulation& base, Parameter which,
                                      double vmin, double vmax,
                                      std::size_t samples = 2000);

// Balayage quasi statique : le paramètre prend les valeurs `values` dans
// l'ordre, et à chacune la population relaxe pendant `settle` ms en partant
// de l'état atteint à la précédente (r0 pour la première). Renvoie l'état
// final à chaque valeur : à l'aller et au retour, il diffère dans la zone
// bistable (hystérésis).
std::vector<double> quasi_static_sweep(const OnePopulation& base, Parameter which,
                                       const std::vector<double>& values, double r0,
                                       double settle, const Stepping& s);

// Taux de croissance (> 0) ou de décroissance (< 0) de |r(t) − r*| mesuré
// sur une simulation : pente des moindres carrés de ln|r − r*| contre t,
// depuis le début jusqu'à ce que l'écart ait été multiplié ou divisé par e.
// NaN s'il y a moins de trois points utilisables.
double measured_rate(const std::vector<double>& t, const std::vector<double>& r,
                     double r_star);

}  // namespace td4
