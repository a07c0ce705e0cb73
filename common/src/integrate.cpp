#include "td4/integrate.hpp"

#include "td4/errors.hpp"
#include "td4/work.hpp"

#include <boost/numeric/odeint.hpp>

#include <cmath>
#include <stdexcept>

namespace td4 {

namespace odeint = boost::numeric::odeint;

std::string method_name(Method m) {
  switch (m) {
    case Method::euler: return "euler";
    case Method::rk4: return "rk4";
    case Method::adaptive: return "adaptatif";
  }
  return "?";
}

Method method_from_name(const std::string& name) {
  for (Method m : {Method::euler, Method::rk4, Method::adaptive})
    if (method_name(m) == name) return m;
  throw std::invalid_argument("méthode inconnue : " + name +
                              " (acceptées : euler, rk4, adaptatif)");
}

std::vector<double> Trajectory::component(std::size_t i) const {
  std::vector<double> c;
  c.reserve(x.size());
  for (const State& s : x) c.push_back(s.at(i));
  return c;
}

namespace {

// Nombre d'intervalles de longueur ≈ h dans [t0, t1], tolérant l'arrondi.
std::size_t intervals(double t0, double t1, double h) {
  const double n = (t1 - t0) / h;
  return static_cast<std::size_t>(std::max(1.0, std::ceil(n - 1e-9)));
}

// Euler et RK4 : pas fixes ; échantillon tous les `every` pas, et à t1.
template <class Stepper>
void fixed_steps(const System& f, State& x, double t0, double t1,
                 const Stepping& s, const Observer& observe) {
  Stepper stepper;
  const std::size_t n = intervals(t0, t1, s.dt);
  const std::size_t every =
      s.output_dt > 0 ? std::max<std::size_t>(1, std::lround(s.output_dt / s.dt)) : 1;
  observe(x, t0);
  for (std::size_t k = 0; k < n; ++k) {
    const double t = t0 + static_cast<double>(k) * s.dt;
    const double h = (k + 1 == n) ? t1 - t : s.dt;
    stepper.do_step(f, x, t, h);
    count_work(static_cast<double>(x.size()));
    if ((k + 1) % every == 0 || k + 1 == n) observe(x, t + h);
  }
}

}  // namespace

void integrate(const System& f, State& x, double t0, double t1,
               const Stepping& s, const Observer& observe) {
  if (!(s.dt > 0) || !(t1 >= t0))
    throw std::invalid_argument("integrate : il faut dt > 0 et t1 ≥ t0");
  if (t1 == t0) {
    observe(x, t0);
    return;
  }
  switch (s.method) {
    case Method::euler:
      fixed_steps<odeint::euler<State>>(f, x, t0, t1, s, observe);
      break;
    case Method::rk4:
      fixed_steps<odeint::runge_kutta4<State>>(f, x, t0, t1, s, observe);
      break;
    case Method::adaptive: {
      const double out = s.output_dt > 0 ? s.output_dt : s.dt;
      const std::size_t n = intervals(t0, t1, out);
      std::vector<double> times;
      for (std::size_t k = 0; k < n; ++k) times.push_back(t0 + static_cast<double>(k) * out);
      times.push_back(t1);
      auto stepper = odeint::make_controlled(s.abs_tol, s.rel_tol,
                                             odeint::runge_kutta_dopri5<State>());
      // Six évaluations par pas : chacune compte pour un tiers de pas.
      const auto counted = [&f](const State& y, State& dydt, double t) {
        count_work(static_cast<double>(y.size()) / 3);
        f(y, dydt, t);
      };
      try {
        odeint::integrate_times(stepper, counted, x, times.begin(), times.end(),
                                std::min(s.dt, out), observe);
      } catch (const UsageError&) {
        throw;  // le garde-fou de td4::count_work
      } catch (const std::exception&) {
        // Odeint : « Max number of iterations exceeded », pas devenu trop petit…
        throw RuntimeFailure(
            "l'intégration adaptative n'a pas abouti (pas devenu trop petit : équations trop "
            "raides ou solution qui diverge) ; essayez --methode rk4 avec un --dt plus petit");
      }
      break;
    }
  }
}

Trajectory integrate(const System& f, State x0, double t0, double t1,
                     const Stepping& s) {
  Trajectory tr;
  integrate(f, x0, t0, t1, s, [&tr](const State& x, double t) {
    tr.t.push_back(t);
    tr.x.push_back(x);
  });
  return tr;
}

Trajectory integrate(const std::function<double(double, double)>& f, double x0,
                     double t0, double t1, const Stepping& s) {
  const System sys = [&f](const State& x, State& dxdt, double t) {
    dxdt[0] = f(x[0], t);
  };
  return integrate(sys, State{x0}, t0, t1, s);
}

}  // namespace td4
