// Des vérifications qui expliquent en français ce qui était attendu, ce qui
// a été obtenu, et la piste la plus probable.
#pragma once

#include "tape.hpp"
#include "td4/errors.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace td4::check {

// Une valeur fausse que l'on reconnaît (0, le double, le signe inversé,
// un facteur τ…) et la piste qui lui correspond.
struct Suspect {
  double value;
  std::string hint;
};

// Vrai si |got − expected| ≤ tol·max(1, |expected|) ; sinon un message :
// « what » (avec ses paramètres), l'attendu, l'obtenu, et la piste : celle
// du suspect que « got » égale à la même tolérance s'il est seul, sinon
// « hint » (qui ne doit dire que ce qui est attendu, et où regarder).
bool close(double got, double expected, double tol, const std::string& what,
           const std::string& hint = "", const std::vector<Suspect>& suspects = {});

// Un cas qui passe par une autre fonction de l'exercice (drdt dans euler…) :
// si celle-ci est fausse (`ok` faux), un seul écart, qui l'accuse, et le cas
// s'arrête là :   if (!check::needs("drdt", drdt_is_right())) return;
bool needs(const std::string& function, bool ok);

// La piste donnée si le cas dépasse sa limite de temps (un coût à vérifier
// d'abord, par exemple) ; effacée au début de chaque cas.
void if_too_slow(const std::string& hint);
const std::string& too_slow_hint();

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
  } catch (const tape::Interrupted&) {
    throw;  // un appel que l'exercice n'a pas mené au bout (délai, plantage)
  } catch (const std::exception& e) {
    return that(false, what, std::string("une autre exception : ") + e.what(), hint);
  }
  return that(false, what, "aucune exception", hint);
}

// Le main de test appelle start_case() au début de chaque cas ;
// hidden_failures() dit combien d'écarts n'ont pas été détaillés ;
// case_lines() rend le détail des écarts du cas, à écrire sous sa ligne.
void start_case();
int hidden_failures();
std::string case_lines();

// Écrit un nombre avec assez de chiffres pour voir l'écart.
std::string num(double x);

}  // namespace td4::check
