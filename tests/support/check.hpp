// Des vérifications qui expliquent en français ce qui était attendu, ce qui
// a été obtenu, et la piste la plus probable.
#pragma once

#include "td4/errors.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

namespace td4::check {

// Vrai si |got − expected| ≤ tol·max(1, |expected|) ; sinon un message :
// « what » (avec ses paramètres), l'attendu, l'obtenu, et « hint ».
bool close(double got, double expected, double tol, const std::string& what,
           const std::string& hint = "");

// Une condition quelconque ; `detail` dit ce qui a été obtenu.
bool that(bool ok, const std::string& what, const std::string& detail,
          const std::string& hint = "");

// `f` doit lever std::domain_error.
template <class F>
bool throws_domain_error(F&& f, const std::string& what, const std::string& hint = "") {
  try {
    f();
  } catch (const std::domain_error&) {
    return true;
  } catch (const td4::NotDone&) {
    throw;  // une fonction à compléter n'est pas une erreur à signaler
  } catch (const std::exception& e) {
    return that(false, what, std::string("une autre exception : ") + e.what(), hint);
  }
  return that(false, what, "aucune exception", hint);
}

// Le main de test appelle start_case() au début de chaque cas ;
// hidden_failures() dit combien d'écarts n'ont pas été détaillés.
void start_case();
int hidden_failures();

// Écrit un nombre avec assez de chiffres pour voir l'écart.
std::string num(double x);

}  // namespace td4::check
