#include "check.hpp"
#include "tape.hpp"

#include <cmath>
#include <iostream>
#include <sstream>

namespace td4::check {

namespace {
// Les messages : sur la sortie du juge ; l'enregistreur (tape.hpp) se tait,
// la sortie reste au code de l'exercice.
// Gardées jusqu'à la fin du cas, pour venir sous sa ligne (case_lines).
std::ostringstream lines;
std::ostream& out() {
  static std::ostream silent(nullptr);
  return tape::mode() == tape::Mode::record ? silent : lines;
}

// Au-delà de quelques écarts dans un même cas, les suivants sont seulement comptés.
const int shown_per_case = 3;
int failures_in_case = 0;
std::string slow_hint;

bool report(const std::string& what) {
  BOOST_ERROR(what);
  if (++failures_in_case > shown_per_case) return false;
  out() << "    ✘ " << what << '\n';
  return true;
}
}  // namespace

std::string case_lines() {
  std::string text = lines.str();
  lines.str("");
  return text;
}

void start_case() {
  lines.str("");
  failures_in_case = 0;
  slow_hint.clear();
}

void if_too_slow(const std::string& hint) { slow_hint = hint; }
const std::string& too_slow_hint() { return slow_hint; }

int hidden_failures() { return std::max(0, failures_in_case - shown_per_case); }

std::string num(double x) {
  std::ostringstream s;
  s.precision(10);
  s << x;
  return s.str();
}

bool that(bool ok, const std::string& what, const std::string& detail, const std::string& hint) {
  if (ok || !report(what)) return ok;
  out() << "      obtenu : " << detail << '\n';
  if (!hint.empty()) out() << "      piste : " << hint << '\n';
  return false;
}

namespace {
bool equal_within(double got, double expected, double tol) {
  return std::abs(got - expected) <= tol * std::max(1.0, std::abs(expected));
}
}  // namespace

bool close(double got, double expected, double tol, const std::string& what,
           const std::string& hint, const std::vector<Suspect>& suspects) {
  const bool ok = equal_within(got, expected, tol);
  if (ok || !report(what)) return ok;
  out() << "      attendu : " << num(expected)
            << " (à " << num(tol) << " près, relatif)\n      obtenu  : " << num(got) << '\n';
  // Une piste de suspect seulement si la valeur obtenue n'en désigne qu'un :
  // quand deux erreurs donnent ici le même nombre, rien ne prouve laquelle.
  std::string why = hint, matched;
  int distinct = 0;
  for (const Suspect& s : suspects)
    if (equal_within(got, s.value, tol) && s.hint != matched) {
      matched = s.hint;
      ++distinct;
    }
  if (distinct == 1) why = matched;
  if (!why.empty()) out() << "      piste : " << why << '\n';
  return false;
}

bool needs(const std::string& function, bool ok) {
  return that(ok, "ce cas passe par " + function + ", qui est faux",
              function + " ne donne pas ce que son propre cas vérifie",
              "corrigez d'abord " + function + " (son cas est plus haut) ; celui-ci sera "
              "vérifié ensuite.");
}

}  // namespace td4::check
