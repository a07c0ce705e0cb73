// Le juge : obtenir la bande de l'exercice (tape.hpp), en lançant son
// enregistreur, ou en relisant celle qu'un autre a lancé (le bac à sable du
// correcteur d'une classe).
#pragma once

#include <string>
#include <vector>

namespace td4::tape {

struct JudgeOptions {
  std::string recording;  // --rejouer : la bande à relire
  std::string status;     // --statut : le code de sortie de son enregistreur
  std::string program;    // --programme : l'enregistreur à lancer
  std::string symbols;    // --symboles : les refus de verifier-symboles.sh
  int fd = -1;            // la bande écrite par l'enregistreur lancé ici
};

// Lit les options du juge ; les autres (celles de Boost.Test) vont dans
// `rest`. Faux après un message (option inconnue ou incomplète).
bool parse_judge_options(int argc, char* argv[], JudgeOptions& o, std::vector<std::string>& rest);

// Lance l'enregistreur si --rejouer n'est pas donné ; `ended` dit comment il
// s'est terminé. Faux après un message d'une ligne (le juge n'a pas pu juger).
bool obtain_recording(const std::string& argv0, JudgeOptions& o,
                      const std::vector<std::string>& rest, std::string& ended);

// Ferme la bande lancée ici (un fichier déjà effacé du disque).
void forget_recording(JudgeOptions& o);

// Les refus de scripts/lib/verifier-symboles.sh (ce que l'exercice définit
// ou appelle sans que sa question le permette), une ligne chacun, nettoyés ;
// le fichier de --symboles, sinon symboles_NOM.txt à côté du juge s'il existe.
std::vector<std::string> symbol_refusals(const std::string& argv0, const JudgeOptions& o);

}  // namespace td4::tape
