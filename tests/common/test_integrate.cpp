// Les intégrateurs contre une solution exacte, avec tau ≠ 1 :
//   tau·dr/dt = A − r   ⇒   r(t) = A + (r0 − A)·exp(−t/tau).
// L'ordre d'une méthode se lit sur le rapport des erreurs quand dt est divisé par 2.
#include "td4/integrate.hpp"

#include "check.hpp"

#include <cmath>

using namespace td4;

namespace {

const double tau = 7.0, A = 30.0, r0 = 200.0, t1 = 20.0;

double exact(double t) { return A + (r0 - A) * std::exp(-t / tau); }

double final_error(Method m, double dt) {
  Stepping s;
  s.method = m;
  s.dt = dt;
  const auto tr = integrate([](double r, double) { return (A - r) / tau; }, r0, 0.0, t1, s);
  return std::abs(tr.x.back()[0] - exact(t1));
}

double observed_order(Method m, double dt) {
  return std::log2(final_error(m, dt) / final_error(m, dt / 2));
}

}  // namespace

BOOST_AUTO_TEST_CASE(euler_order_1, *boost::unit_test::description("Euler : ordre 1")) {
  check::close(observed_order(Method::euler, 0.1), 1.0, 0.05, "ordre observé d'Euler");
}

BOOST_AUTO_TEST_CASE(rk4_order_4, *boost::unit_test::description("RK4 : ordre 4")) {
  check::close(observed_order(Method::rk4, 0.5), 4.0, 0.1, "ordre observé de RK4");
}

BOOST_AUTO_TEST_CASE(adaptive_tolerance,
                     *boost::unit_test::description("Dormand–Prince : erreur à la tolérance près")) {
  Stepping s;
  s.method = Method::adaptive;
  s.dt = 1.0;
  s.abs_tol = s.rel_tol = 1e-8;
  const auto tr = integrate([](double r, double) { return (A - r) / tau; }, r0, 0.0, t1, s);
  double worst = 0;
  for (std::size_t k = 0; k < tr.t.size(); ++k)
    worst = std::max(worst, std::abs(tr.x[k][0] - exact(tr.t[k])));
  check::that(worst < 1e-6, "écart maximal à la solution exacte < 1e-6", check::num(worst));
  check::close(tr.t.back(), t1, 1e-12, "dernier échantillon à t1");
  check::that(tr.t.size() == 21, "un échantillon par dt (21)", check::num(double(tr.t.size())));
}

BOOST_AUTO_TEST_CASE(sampling, *boost::unit_test::description("échantillons réguliers et dernier pas raccourci")) {
  Stepping s;
  s.method = Method::rk4;
  s.dt = 0.3;
  s.output_dt = 0.9;
  const auto tr = integrate([](double r, double) { return -r / tau; }, 1.0, 0.0, 2.0, s);
  check::that(tr.t.size() == 4, "échantillons en 0 ; 0,9 ; 1,8 ; 2", check::num(double(tr.t.size())));
  check::close(tr.t.back(), 2.0, 1e-12, "dernier échantillon à t1 = 2");
  check::close(tr.x.back()[0], std::exp(-2.0 / tau), 1e-8, "valeur en t1 avec un pas raccourci");
}

BOOST_AUTO_TEST_CASE(system_2d, *boost::unit_test::description("système 2-D : oscillateur harmonique")) {
  // x'' = −ω²x : x(t) = cos(ωt), à l'ordre 4 en dt.
  const double w = 2.0;
  Stepping s;
  s.dt = 0.01;
  const auto tr = integrate(
      [w](const State& x, State& d, double) {
        d[0] = x[1];
        d[1] = -w * w * x[0];
      },
      State{1.0, 0.0}, 0.0, 3.0, s);
  check::close(tr.x.back()[0], std::cos(w * 3.0), 1e-8, "x(3) = cos(6)");
}
