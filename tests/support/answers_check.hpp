// Noter les réponses de reponses.txt (td4/answers.hpp) : chaque réponse
// vérifiable est comparée à une valeur que la bibliothèque calcule (pas le
// code de l'étudiant) ; refusée, elle reçoit une piste qui ne donne pas la
// réponse. Une réponse vide est « à compléter », jamais « à corriger ».
// Les réponses libres ne sont pas notées : leur cas demande seulement
// qu'elles soient remplies, sauf si TD4_REPONSES_LIBRES=facultatives.
#pragma once

#include "check.hpp"
#include "td4/answers.hpp"
#include "td4/errors.hpp"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace td4::testing::answers {

// La feuille de la question, lue une fois ; `problem` dit pourquoi elle est
// refusée (fichier mal formé, clé inconnue).
struct Loaded {
  td4::answers::Sheet sheet;
  std::string problem;
};

inline const Loaded& sheet(const std::string& question, const std::vector<std::string>& keys) {
  static Loaded loaded = [&] {
    Loaded l;
    try {
      l.sheet = td4::answers::load(question);
      td4::answers::require_known(l.sheet, keys);
    } catch (const td4::answers::Problem& e) {
      l.problem = e.what();
      l.sheet.entries.clear();
    }
    return l;
  }();
  return loaded;
}

// Le cas « fichier lisible » : un fichier refusé est à corriger (et ses
// réponses sont alors toutes à compléter) ; absent, il est à compléter.
inline void check_readable(const Loaded& l) {
  if (!l.problem.empty()) {
    check::that(false, "reponses.txt se lit", td4::printable(l.problem),
                "une réponse par ligne, « clé = valeur » ; les commentaires commencent par #. "
                "Au besoin, repartez du fichier d'origine : git checkout -- " + l.sheet.path);
    return;
  }
  if (!l.sheet.found) td4::todo("le fichier " + l.sheet.path + " (absent)");
}

// La réponse à `key`, lue selon `read` ; à compléter si elle est vide ;
// nullopt (et un écart signalé) si elle n'a pas la forme demandée.
template <class T, class Read>
std::optional<T> answer(const Loaded& l, const std::string& key, Read read) {
  if (!l.problem.empty() || !l.sheet.answered(key))
    td4::todo("la réponse « " + key + " » dans reponses.txt");
  try {
    return read(l.sheet, key);
  } catch (const td4::answers::Problem& e) {
    check::that(false, "réponse « " + key + " » dans la forme demandée", td4::printable(e.what()),
                "relisez le commentaire au-dessus de la clé : il dit la forme de la réponse.");
    return std::nullopt;
  }
}

inline void check_count(const Loaded& l, const std::string& key, long expected,
                        const std::string& what, const std::string& hint) {
  const auto got = answer<long>(l, key, td4::answers::count);
  if (got) check::that(*got == expected, what, std::to_string(*got), hint);
}

inline void check_choice(const Loaded& l, const std::string& key,
                         const std::vector<std::string>& choices, const std::string& expected,
                         const std::string& what, const std::string& hint) {
  const auto got = answer<std::string>(l, key, [&](const td4::answers::Sheet& s, const std::string& k) {
    return td4::answers::choice(s, k, choices);
  });
  if (got) check::that(*got == expected, what, *got, hint);
}

// Juste à `rel_tol` près, relatif : une lecture sur une figure suffit.
inline void check_number(const Loaded& l, const std::string& key, double expected, double rel_tol,
                         const std::string& what, const std::string& hint) {
  const auto got = answer<double>(l, key, td4::answers::number);
  if (got)
    check::that(std::abs(*got - expected) <= rel_tol * std::abs(expected), what, check::num(*got),
                hint);
}

// Les réponses libres : à compléter tant qu'une est vide. Jamais notées ici.
inline void check_free(const Loaded& l, const std::vector<std::string>& keys) {
  const char* mode = std::getenv("TD4_REPONSES_LIBRES");
  if (mode && std::string(mode) == "facultatives") return;
  std::string missing;
  for (const std::string& k : keys)
    if (!l.problem.empty() || !l.sheet.answered(k)) missing += (missing.empty() ? "" : ", ") + k;
  if (!missing.empty()) td4::todo("les réponses libres (" + missing + ") dans reponses.txt");
}

}  // namespace td4::testing::answers
