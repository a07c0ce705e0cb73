// Question 03 : les réponses de reponses.txt, comparées à ce que la
// bibliothèque calcule (td4::fixed_point_analysis, td4::saddle_nodes), jamais
// au code de l'étudiant. Une réponse vide est à compléter.
#include "answers_check.hpp"
#include "one_population_cases.hpp"
#include "td4/one_population.hpp"

#include <algorithm>
#include <set>

using namespace td4;
using namespace td4::testing;
namespace A = td4::testing::answers;
namespace ut = boost::unit_test;

namespace {
const A::Loaded& sheet() {
  return A::sheet("03_excitateur",
                  {"nb_etats_stationnaires", "nb_etats_stables", "changement_qualitatif",
                   "w_apparition", "w_disparition", "observation_rt", "observation_drdt",
                   "changement_decrit"});
}
// Les valeurs des questions : Iext = 0, w = 0,05 (celles du programme).
const OnePopulation asked = population(0.0, 0.05, 10.0);
}  // namespace

BOOST_AUTO_TEST_CASE(answers_file, *ut::description("réponses : reponses.txt se lit")) {
  A::check_readable(sheet());
}

BOOST_AUTO_TEST_CASE(answers_count,
                     *ut::description("réponse : combien d'états stationnaires (Iext = 0, w = 0,05) ?")) {
  A::check_count(sheet(), "nb_etats_stationnaires",
                 static_cast<long>(fixed_point_rates(asked).size()),
                 "nombre d'états stationnaires pour Iext = 0, w = 0,05",
                 "comptez les zéros de dr/dt contre r (build/bin/ex03_excitateur --Iext 0 --w "
                 "0.05) ; un zéro près de r = 0 se voit mieux en zoomant.");
}

BOOST_AUTO_TEST_CASE(answers_stable_count,
                     *ut::description("réponse : combien sont stables (Iext = 0, w = 0,05) ?")) {
  const std::vector<FixedPoint> fps = fixed_point_analysis(asked);
  const long stable = std::count_if(fps.begin(), fps.end(), [](const FixedPoint& f) {
    return f.stability == Stability::stable;
  });
  A::check_count(sheet(), "nb_etats_stables", stable,
                 "nombre d'états stationnaires stables pour Iext = 0, w = 0,05",
                 "un état stable attire les trajectoires : combien d'états finaux différents "
                 "atteignent r(t) depuis r0 = 0 et depuis r0 = rmax ?");
}

BOOST_AUTO_TEST_CASE(answers_change,
                     *ut::description("réponse : un changement qualitatif quand w varie ?")) {
  // Le nombre de points fixes à Iext = 0 change-t-il quand w parcourt (0, 0,2] ?
  std::set<std::size_t> counts;
  for (int k = 1; k <= 200; ++k) counts.insert(fixed_point_rates(population(0.0, k * 1e-3)).size());
  A::check_choice(sheet(), "changement_qualitatif", {"oui", "non"},
                  counts.size() > 1 ? "oui" : "non", "changement qualitatif quand w varie",
                  "regardez la figure « famille en w » de build/bin/ex03_excitateur : le nombre "
                  "de zéros de dr/dt reste-t-il le même ?");
}

namespace {
// Les deux nœuds-cols à Iext = 0, par w croissant.
double saddle_node_w(std::size_t k) {
  const std::vector<SaddleNode> sn = saddle_nodes(population(0.0, 0.05), Parameter::w);
  BOOST_REQUIRE(sn.size() == 2u);
  return sn[k].value;
}
const std::string saddle_hint =
    "cherchez le w où la courbe dr/dt contre r touche zéro sans le traverser (--Iext 0 --w …, "
    "en resserrant autour de la valeur) ; la précision demandée est de 3 %.";
}  // namespace

BOOST_AUTO_TEST_CASE(answers_appear,
                     *ut::description("réponse : le w où une paire de points fixes apparaît")) {
  A::check_number(sheet(), "w_apparition", saddle_node_w(0), 0.03,
                  "le w où une paire de points fixes apparaît (Iext = 0)", saddle_hint);
}

BOOST_AUTO_TEST_CASE(answers_vanish,
                     *ut::description("réponse : le w où le point fixe bas disparaît")) {
  A::check_number(sheet(), "w_disparition", saddle_node_w(1), 0.03,
                  "le w où le point bas disparaît (Iext = 0)", saddle_hint);
}

BOOST_AUTO_TEST_CASE(answers_free, *ut::description("réponses libres")) {
  A::check_free(sheet(), {"observation_rt", "observation_drdt", "changement_decrit"});
}
