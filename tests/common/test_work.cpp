// La limite de calcul : une minute estimée d'après le coût mesuré d'un pas
// (td4/work.hpp). L'anneau de N = 2048 sur 10⁵ pas (≈ 1,5 s) passe, un calcul
// de plusieurs minutes est refusé avec sa durée, --sans-limite le laisse passer.
#include "td4/errors.hpp"
#include "td4/work.hpp"

#include "check.hpp"

#include <string>

using namespace td4;

namespace {

// L'anneau : N taux, tmax/dt pas d'Euler.
double ring_units(double N, double tmax, double dt) {
  Stepping s;
  s.method = Method::euler;
  s.dt = dt;
  return N * simulation_steps(s, tmax, 1.0);
}

// Le message du refus, vide si le calcul est accepté.
std::string refusal(double units, double unit_seconds) {
  try {
    plan_work(units, unit_seconds, "essai", "réduisez --tmax", false);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(ordinary_ring_accepted,
                     *boost::unit_test::description(
                         "limite : l'anneau de N = 2048 sur 10⁵ pas, estimé sous la minute, passe")) {
  const double units = ring_units(2048, 10000, 0.1);
  check::close(units, 2048e5, 1e-12, "unités de l'anneau de N = 2048, tmax = 10000, dt = 0,1");
  const double seconds = units * ring_unit_seconds;
  BOOST_TEST_INFO("estimation : " << seconds << " s");
  BOOST_TEST(seconds < work_limit_seconds / 10);  // loin de la limite : quelques secondes
  BOOST_TEST(refusal(units, ring_unit_seconds).empty());
}

BOOST_AUTO_TEST_CASE(long_run_refused,
                     *boost::unit_test::description(
                         "limite : 80 fois plus (N = 16384, 10⁶ pas), refusé avec sa durée")) {
  const double units = ring_units(16384, 100000, 0.1);
  const std::string message = refusal(units, ring_unit_seconds);
  BOOST_TEST_INFO("message : " << message);
  BOOST_TEST(message.find("prendrait environ 3 min ici ; au plus 1 min : réduisez --tmax, "
                          "ou ajoutez --sans-limite") != std::string::npos);
  // Juste au-dessus et juste au-dessous de la limite.
  BOOST_TEST(!refusal(1.01 * work_limit_seconds / ring_unit_seconds, ring_unit_seconds).empty());
  BOOST_TEST(refusal(0.99 * work_limit_seconds / ring_unit_seconds, ring_unit_seconds).empty());
}

BOOST_AUTO_TEST_CASE(lifted_limit,
                     *boost::unit_test::description("limite : --sans-limite laisse passer")) {
  const double units = ring_units(16384, 100000, 0.1);
  lift_work_limit(true);
  const std::string message = refusal(units, ring_unit_seconds);
  lift_work_limit(false);
  BOOST_TEST_INFO("message : " << message);
  BOOST_TEST(message.empty());
  BOOST_TEST(!refusal(units, ring_unit_seconds).empty());
  // Un calcul qui ne finirait jamais reste refusé.
  lift_work_limit(true);
  const std::string endless = refusal(1e300, 1e300);
  lift_work_limit(false);
  BOOST_TEST(endless.find("ne finirait pas") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(duration_wording,
                     *boost::unit_test::description("limite : la durée annoncée en français")) {
  BOOST_TEST(duration_text(0.2) == "environ 1 s");
  BOOST_TEST(duration_text(42) == "environ 42 s");
  BOOST_TEST(duration_text(150) == "environ 3 min");
  BOOST_TEST(duration_text(3 * 3600) == "environ 3 h");
  BOOST_TEST(duration_text(5 * 86400) == "environ 5 jours");
  BOOST_TEST(duration_text(1e30) == "plus d'un an");
}

BOOST_AUTO_TEST_CASE(memory_limit,
                     *boost::unit_test::description(
                         "limite : au plus 300 Mo gardés pour les figures, même sans limite")) {
  lift_work_limit(true);
  std::string message;
  try {
    plan_memory(2e7, population_point_bytes, "trajectoires r(t)", "réduisez --tmax");
  } catch (const UsageError& e) {
    message = e.what();
  }
  lift_work_limit(false);
  BOOST_TEST(message == "les figures (trajectoires r(t)) garderaient environ 480 Mo en "
                        "mémoire, au plus 300 Mo : réduisez --tmax");
  BOOST_CHECK_NO_THROW(plan_memory(1e7, population_point_bytes, "r(t)", "réduisez --tmax"));
}
