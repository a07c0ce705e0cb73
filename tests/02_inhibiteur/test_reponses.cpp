// Question 02 : les réponses de reponses.txt, comparées à ce que la
// bibliothèque calcule (td4::trajectory, td4::fixed_point_rates), jamais au
// code de l'étudiant. Une réponse vide est à compléter.
#include "answers_check.hpp"
#include "one_population_cases.hpp"
#include "td4/one_population.hpp"

#include <cmath>

using namespace td4;
using namespace td4::testing;
namespace A = td4::testing::answers;
namespace ut = boost::unit_test;

namespace {
const A::Loaded& sheet() {
  return A::sheet("02_inhibiteur", {"meme_etat_final", "etat_depuis_equation", "nb_points_fixes",
                                    "r_etoile", "observation_rt", "observation_drdt"});
}
// Les valeurs des questions : Iext = 20, w = −0,1 (celles du programme).
const OnePopulation asked = population(20.0, -0.1, 10.0);
}  // namespace

BOOST_AUTO_TEST_CASE(answers_file, *ut::description("réponses : reponses.txt se lit")) {
  A::check_readable(sheet());
}

BOOST_AUTO_TEST_CASE(answers_same_end,
                     *ut::description("réponse : depuis 0 et depuis rmax, le même état final ?")) {
  const Stepping s{Method::rk4, 0.01};
  const double from_0 = trajectory(asked, 0.0, 200.0, s).x.back()[0];
  const double from_max = trajectory(asked, asked.transfer.rmax, 200.0, s).x.back()[0];
  const bool same = std::abs(from_0 - from_max) < 1e-6 * asked.transfer.rmax;
  A::check_choice(sheet(), "meme_etat_final", {"oui", "non"}, same ? "oui" : "non",
                  "r(t) depuis r0 = 0 et depuis r0 = rmax, à la fin",
                  "lancez build/bin/ex02_inhibiteur : il écrit r(tmax) depuis chaque r0 ; "
                  "comparez les deux nombres de la ligne Iext = 20.");
}

BOOST_AUTO_TEST_CASE(answers_from_equation,
                     *ut::description("réponse : l'état stationnaire se déduit-il de l'équation ?")) {
  // Oui si un zéro de dr/dt est l'état que la simulation atteint.
  const std::vector<double> rs = fixed_point_rates(asked);
  const double end = trajectory(asked, 0.0, 200.0, Stepping{Method::rk4, 0.01}).x.back()[0];
  const bool found = !rs.empty() && std::abs(rs.front() - end) < 1e-6 * asked.transfer.rmax;
  A::check_choice(sheet(), "etat_depuis_equation", {"oui", "non"}, found ? "oui" : "non",
                  "l'état stationnaire à partir de l'équation",
                  "un état stationnaire ne change plus : que vaut alors dr/dt ? Tracez dr/dt "
                  "contre r et comparez ses zéros au r(tmax) simulé.");
}

BOOST_AUTO_TEST_CASE(answers_count,
                     *ut::description("réponse : combien de points fixes (Iext = 20, w = −0,1) ?")) {
  A::check_count(sheet(), "nb_points_fixes", static_cast<long>(fixed_point_rates(asked).size()),
                 "nombre de points fixes pour Iext = 20, w = −0,1",
                 "comptez les zéros de la courbe dr/dt contre r (build/bin/ex02_inhibiteur "
                 "--Iext 20 --w -0.1) ; pour w < 0, Φ(Iext + w·r) décroît quand r croît.");
}

BOOST_AUTO_TEST_CASE(answers_rate, *ut::description("réponse : r* pour Iext = 20, w = −0,1")) {
  A::check_number(sheet(), "r_etoile", fixed_point_rates(asked).front(), 0.01,
                  "r* pour Iext = 20, w = −0,1 (à 1 % près)",
                  "lisez r(tmax) écrit par build/bin/ex02_inhibiteur, ou le zéro de dr/dt sur la "
                  "figure ; c'est un taux en Hz, entre 0 et rmax.");
}

BOOST_AUTO_TEST_CASE(answers_free, *ut::description("réponses libres")) {
  A::check_free(sheet(), {"observation_rt", "observation_drdt"});
}
