// Question 05 : les réponses de reponses.txt, comparées à ce que la
// bibliothèque calcule (td4::fixed_point_analysis, une simulation mesurée par
// td4::measure_oscillation), jamais au code de l'étudiant. Une réponse vide
// est à compléter.
#include "answers_check.hpp"
#include "td4/ei_pair.hpp"
#include "td4/oscillation.hpp"

using namespace td4;
namespace A = td4::testing::answers;
namespace ut = boost::unit_test;

namespace {
const A::Loaded& sheet() {
  return A::sheet("05_reseau_EI", {"nb_points_fixes", "nature", "oscille", "periode",
                                   "nb_points_fixes_IextE0", "observation", "pourquoi_oscille"});
}
const std::vector<std::string> natures = {"noeud_stable",   "foyer_stable", "noeud_instable",
                                          "foyer_instable", "selle",        "centre"};

// Les valeurs par défaut du programme (EIPair{}), simulées depuis (0, 0)
// pendant 1000 ms, mesurées après 500 ms.
Oscillation default_oscillation() {
  const Trajectory tr = trajectory(EIPair{}, 0.0, 0.0, 1000.0, Stepping{Method::rk4, 0.01});
  return measure_oscillation(tr.t, tr.component(0), 500.0);
}
}  // namespace

BOOST_AUTO_TEST_CASE(answers_file, *ut::description("réponses : reponses.txt se lit")) {
  A::check_readable(sheet());
}

BOOST_AUTO_TEST_CASE(answers_count, *ut::description("réponse : combien de points fixes (défaut) ?")) {
  A::check_count(sheet(), "nb_points_fixes",
                 static_cast<long>(fixed_point_analysis(EIPair{}).size()),
                 "nombre de points fixes aux valeurs par défaut",
                 "comptez les croisements des deux isoclines dans le plan de phase "
                 "(build/bin/ex05_reseau_EI).");
}

BOOST_AUTO_TEST_CASE(answers_nature, *ut::description("réponse : nature du point fixe (défaut)")) {
  const std::vector<EIFixedPoint> fps = fixed_point_analysis(EIPair{});
  BOOST_REQUIRE(fps.size() == 1u);
  A::check_choice(sheet(), "nature", natures, nature_name(fps[0].nature),
                  "nature du point fixe aux valeurs par défaut",
                  "deux questions : les valeurs propres de la jacobienne sont-elles réelles ou "
                  "complexes (nœud ou foyer) ? Leur partie réelle est-elle négative (stable) ?");
}

BOOST_AUTO_TEST_CASE(answers_oscillates, *ut::description("réponse : rE(t) oscille-t-il sans s'amortir ?")) {
  A::check_choice(sheet(), "oscille", {"oui", "non"}, default_oscillation().sustained ? "oui" : "non",
                  "une oscillation entretenue aux valeurs par défaut",
                  "regardez rE(t) sur la deuxième moitié de la simulation (--tmax 1000) : "
                  "l'amplitude des oscillations diminue-t-elle ?");
}

BOOST_AUTO_TEST_CASE(answers_period, *ut::description("réponse : la période du cycle (ms)")) {
  const Oscillation o = default_oscillation();
  BOOST_REQUIRE(o.sustained);
  A::check_number(sheet(), "periode", o.period, 0.03,
                  "période de l'oscillation aux valeurs par défaut, en ms (à 3 % près)",
                  "mesurez le temps entre deux maxima de rE(t) sur la figure, après le "
                  "transitoire, en ms ; plusieurs périodes d'un coup sont plus précises.");
}

BOOST_AUTO_TEST_CASE(answers_three, *ut::description("réponse : combien de points fixes avec IextE = 0 ?")) {
  EIPair p;
  p.IextE = 0.0;
  A::check_count(sheet(), "nb_points_fixes_IextE0", static_cast<long>(fixed_point_analysis(p).size()),
                 "nombre de points fixes avec IextE = 0",
                 "comptez les croisements des isoclines (build/bin/ex05_reseau_EI --IextE 0) ; "
                 "deux d'entre eux peuvent être proches de rE = 0, zoomez.");
}

BOOST_AUTO_TEST_CASE(answers_free, *ut::description("réponses libres")) {
  A::check_free(sheet(), {"observation", "pourquoi_oscille"});
}
