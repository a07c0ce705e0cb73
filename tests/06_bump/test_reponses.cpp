// Question 06 : les réponses de reponses.txt, comparées à ce que la
// bibliothèque calcule (td4::critical_J1, td4::ring_verdict), jamais au code
// de l'étudiant. Une réponse vide est à compléter.
#include "answers_check.hpp"
#include "td4/landmarks.hpp"
#include "td4/ring.hpp"

using namespace td4;
namespace A = td4::testing::answers;
namespace ut = boost::unit_test;

namespace {
const A::Loaded& sheet() {
  return A::sheet("06_bump", {"J1_critique", "bump_persiste", "bump_persiste_J1_faible",
                              "observation", "pourquoi_memoire"});
}
// Les valeurs par défaut du programme (RingParams{}), moins de populations :
// le verdict ne dépend pas de N.
RingParams ring(double J1) {
  RingParams p;
  p.N = 64;
  p.J1 = J1;
  return p;
}
const std::string persist_hint =
    "lancez build/bin/ex06_bump (--J1 pour changer J1) et regardez la carte d'activité après la "
    "fin du stimulus : l'activité reste-t-elle localisée ?";
}  // namespace

BOOST_AUTO_TEST_CASE(answers_file, *ut::description("réponses : reponses.txt se lit")) {
  A::check_readable(sheet());
}

BOOST_AUTO_TEST_CASE(answers_critical, *ut::description("réponse : le J1 critique (défaut)")) {
  A::check_number(sheet(), "J1_critique", critical_J1(RingParams{}), 0.02,
                  "J1 au-delà duquel l'état uniforme est instable (à 2 % près)",
                  "linéarisez autour de l'état uniforme r0 = Φ(Iext + J0·r0) : une modulation "
                  "en cos θ reçoit l'entrée (J1/2)·a·cos θ ; quand croît-elle ?");
}

BOOST_AUTO_TEST_CASE(answers_persists, *ut::description("réponse : le bump persiste-t-il (J1 = 1) ?")) {
  A::check_choice(sheet(), "bump_persiste", {"oui", "non"},
                  ring_verdict(ring(1.0)) == RingVerdict::uniform ? "non" : "oui",
                  "bump persistant après le stimulus, J1 = 1", persist_hint);
}

BOOST_AUTO_TEST_CASE(answers_weak, *ut::description("réponse : le bump persiste-t-il (J1 = 0,5) ?")) {
  A::check_choice(sheet(), "bump_persiste_J1_faible", {"oui", "non"},
                  ring_verdict(ring(0.5)) == RingVerdict::uniform ? "non" : "oui",
                  "bump persistant après le stimulus, J1 = 0,5", persist_hint);
}

BOOST_AUTO_TEST_CASE(answers_free, *ut::description("réponses libres")) {
  A::check_free(sheet(), {"observation", "pourquoi_memoire"});
}
