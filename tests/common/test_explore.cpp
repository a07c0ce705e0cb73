// --explorer : ce qui change qualitativement entre deux sorties, et le pas de
// « +nom ». Les sorties sont celles des programmes (tableaux du contrat).
#include "td4/explore.hpp"

#include "check.hpp"

#include <string>
#include <vector>

using namespace td4;

namespace {
const std::string one_stable = "# Iext = 0  w = 0.03  tau = 10\nr_etoile  lambda  stabilite\n"
                               "10.1322  -0.0880877  stable\n# r* = 10.1 : taux mesuré\n";
const std::string three = "# Iext = 0  w = 0.05  tau = 10\nr_etoile  lambda  stabilite\n"
                          "11.2  -0.078  stable\n164.3  0.12  instable\n498.7  -0.097  stable\n";
const std::string focus_unstable =
    "# IextE = 5  wEE = 0.1\nrE  rI  re_lambda1  im_lambda1  re_lambda2  im_lambda2  nature\n"
    "297.6  238.0  0.14  0.43  0.14  -0.43  foyer_instable\n# cycle limite : periode = 46.8853 ms\n";
const std::string focus_stable =
    "# IextE = 5  wEE = 0.03\nrE  rI  re_lambda1  im_lambda1  re_lambda2  im_lambda2  nature\n"
    "120.1  180.2  -0.05  0.19  -0.05  -0.19  foyer_stable\n";

bool says(const std::vector<std::string>& changes, const std::string& text) {
  for (const std::string& c : changes)
    if (c.find(text) != std::string::npos) return true;
  return false;
}

std::string all(const std::vector<std::string>& changes) {
  std::string s;
  for (const std::string& c : changes) s += "« " + c + " » ";
  return s.empty() ? "aucun changement" : s;
}

void expect(const std::string& before, const std::string& after, const std::string& text) {
  const auto changes = explore::qualitative_changes(before, after);
  check::that(says(changes, text), "changement annoncé : " + text, all(changes));
}
}  // namespace

BOOST_AUTO_TEST_CASE(fixed_points_counted,
                     *boost::unit_test::description("explorer : nombre de points fixes et bistabilité")) {
  expect(one_stable, three, "3 points fixes (étaient 1) : bistabilité");
  expect(three, one_stable, "1 point fixe (étaient 3) : plus de bistabilité");
  // Deux cas (w = 0.05 et −0.1) puis un seul (w = 0.03) : le nombre de cas,
  // et le premier comparé au premier.
  const std::string two_cases = three + "\n# Iext = 0  w = -0.1  tau = 10\n"
                                "r_etoile  lambda  stabilite\n6.86  -0.127  stable\n";
  expect(two_cases, one_stable, "1 cas calculé (étaient 2)");
  expect(two_cases, one_stable, "1 point fixe (étaient 3) : plus de bistabilité");
  const auto same = explore::qualitative_changes(three, three);
  check::that(same.empty(), "rien de qualitatif entre deux sorties égales", all(same));
}

BOOST_AUTO_TEST_CASE(focus_and_cycle,
                     *boost::unit_test::description("explorer : nature du point fixe et cycle limite")) {
  expect(focus_stable, focus_unstable, "il est foyer instable : bifurcation de Hopf");
  expect(focus_stable, focus_unstable, "cycle limite, période 46,8853 ms");
  expect(focus_unstable, focus_stable, "plus de cycle limite");
}

BOOST_AUTO_TEST_CASE(bump_and_bistable,
                     *boost::unit_test::description("explorer : bump persistant, bistabilité de 03")) {
  expect("# bump persistant : oui\n", "# bump persistant : non\n", "le bump ne persiste plus");
  expect("#   pente nulle ; bistable : non\n", "#   pente nulle ; bistable : oui\n", "bistable");
}

BOOST_AUTO_TEST_CASE(steps, *boost::unit_test::description("explorer : le pas de +nom et -nom")) {
  check::close(explore::step_for(0.05), 0.005, 1e-12, "pas pour w = 0,05");
  check::close(explore::step_for(-0.1), 0.05, 1e-12, "pas pour w = −0,1");
  check::close(explore::step_for(20), 5, 1e-12, "pas pour Iext = 20");
  check::close(explore::step_for(0), 1, 1e-12, "pas pour 0");
}
