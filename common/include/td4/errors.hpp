// Les trois façons dont un programme du cahier peut s'arrêter, et le
// « à compléter » des exercices.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <system_error>

namespace td4 {

// Mauvais argument sur la ligne de commande : une ligne en français, code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Échec à l'exécution (gnuplot absent, dossier non inscriptible…) : code 1.
struct RuntimeFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Levée par une fonction d'exercice pas encore écrite.
struct NotDone : std::logic_error {
  explicit NotDone(const std::string& what);
};

// À appeler dans le corps d'une fonction à compléter : lève NotDone.
[[noreturn]] void todo(const std::string& what);

// Combien de NotDone ont été levées depuis le début du programme
// (les tests s'en servent pour distinguer « à compléter » d'« à corriger »).
long not_done_count();

// Un texte sur une seule ligne : les caractères de contrôle (saut de ligne,
// échappement…) y sont écrits \n, \t, \x1b.
std::string printable(const std::string& text);

// La cause d'un échec du système (droits, disque plein…), en français.
std::string reason(const std::error_code& ec);

// Exécute le corps d'un main et traduit ses exceptions en codes de sortie :
// 0 succès (ou exercice à compléter), 1 échec à l'exécution, 2 mauvais argument.
int run_main(const std::string& program, const std::function<void()>& body);

}  // namespace td4
