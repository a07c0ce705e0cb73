// Question 01 : les réponses de reponses.txt, comparées à ce que la
// bibliothèque calcule (td4::phi_prime, td4::phi_inv), jamais au code de
// l'étudiant. Une réponse vide est à compléter.
#include "answers_check.hpp"
#include "td4/transfer.hpp"

#include <stdexcept>

using namespace td4;
namespace A = td4::testing::answers;
namespace ut = boost::unit_test;

namespace {
const A::Loaded& sheet() {
  return A::sheet("01_courbe_fI", {"inverse_definie_partout", "derivee_max_en_I", "derivee_max",
                                   "observation_kappa", "pourquoi_inverse"});
}

// Le maximum de Φ' (valeurs par défaut), cherché sur une grille fine.
struct Peak {
  double I, value;
};
Peak derivative_peak() {
  const Transfer tr;
  Peak best{0.0, -1.0};
  for (int k = 0; k <= 200000; ++k) {
    const double I = -100.0 + k * 1e-3;
    if (const double d = phi_prime(I, tr); d > best.value) best = {I, d};
  }
  return best;
}
}  // namespace

BOOST_AUTO_TEST_CASE(answers_file, *ut::description("réponses : reponses.txt se lit")) {
  A::check_readable(sheet());
}

BOOST_AUTO_TEST_CASE(answers_inverse,
                     *ut::description("réponse : Φ⁻¹ est-elle définie pour tout r ?")) {
  const Transfer tr;
  bool everywhere = true;
  for (double r : {0.0, tr.rmax}) try {
      (void)phi_inv(r, tr);
    } catch (const std::domain_error&) {
      everywhere = false;
    }
  A::check_choice(sheet(), "inverse_definie_partout", {"oui", "non"}, everywhere ? "oui" : "non",
                  "Φ⁻¹ définie pour tout r",
                  "tracez Φ⁻¹(r) (build/bin/ex01_courbe_fI) et regardez ce qu'elle fait près "
                  "de r = 0 et de r = rmax ; Φ atteint-elle ces valeurs ?");
}

BOOST_AUTO_TEST_CASE(answers_peak_at, *ut::description("réponse : où Φ' culmine")) {
  A::check_number(sheet(), "derivee_max_en_I", derivative_peak().I, 0.02,
                  "le courant où Φ' est maximale",
                  "sur la figure de Φ'(I), lisez l'abscisse du sommet ; ou cherchez où Φ'' "
                  "s'annule (là où tanh change de signe).");
}

BOOST_AUTO_TEST_CASE(answers_peak_value, *ut::description("réponse : la plus grande valeur de Φ'")) {
  A::check_number(sheet(), "derivee_max", derivative_peak().value, 0.02,
                  "la valeur maximale de Φ'",
                  "lisez la hauteur du sommet de Φ'(I) ; à cet endroit, tanh vaut 0 dans la "
                  "formule de la dérivée.");
}

BOOST_AUTO_TEST_CASE(answers_free, *ut::description("réponses libres")) {
  A::check_free(sheet(), {"observation_kappa", "pourquoi_inverse"});
}
