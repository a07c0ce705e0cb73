// Intégrer dx/dt = f(x, t) : Euler explicite, Runge–Kutta 4, ou le
// Dormand–Prince contrôlé de Boost.Odeint, échantillonné pour un tracé.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace td4 {

enum class Method { euler, rk4, adaptive };

// Le nom utilisé sur la ligne de commande : "euler", "rk4", "adaptatif".
std::string method_name(Method m);
// L'inverse ; std::invalid_argument pour un nom inconnu.
Method method_from_name(const std::string& name);

using State = std::vector<double>;
// f(x, dxdt, t) : écrit la dérivée de x dans dxdt (même taille que x).
using System = std::function<void(const State& x, State& dxdt, double t)>;
// Appelé à chaque échantillon (t0, t0 + output_dt, ..., t1).
using Observer = std::function<void(const State& x, double t)>;

struct Stepping {
  Method method = Method::rk4;
  double dt = 0.1;         // pas fixe, ou pas initial de la méthode adaptative
  double output_dt = 0.0;  // espacement des échantillons ; 0 : chaque pas dt
  double abs_tol = 1e-9;   // tolérances de la méthode adaptative
  double rel_tol = 1e-9;
};

struct Trajectory {
  std::vector<double> t;
  std::vector<State> x;
  // La composante i de l'état, le long de la trajectoire.
  std::vector<double> component(std::size_t i) const;
};

// Intègre de t0 à t1 en partant de x (qui contient l'état final au retour).
// Le dernier pas fixe est raccourci si (t1 − t0) n'est pas un multiple de dt.
void integrate(const System& f, State& x, double t0, double t1,
               const Stepping& s, const Observer& observe);

// La même chose, en gardant la trajectoire échantillonnée.
Trajectory integrate(const System& f, State x0, double t0, double t1,
                     const Stepping& s);

// Cas scalaire dx/dt = f(x, t).
Trajectory integrate(const std::function<double(double x, double t)>& f,
                     double x0, double t0, double t1, const Stepping& s);

}  // namespace td4
