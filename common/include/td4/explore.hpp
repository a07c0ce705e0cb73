// --explorer : après le premier dessin, le programme reste et lit des
// commandes sur son entrée standard (« w 0.06 », « +w », « params »…) ;
// après chaque changement il refait calculs, tableaux et figures, et dit ce
// qui a changé qualitativement (nombre de points fixes, stabilité, cycle…).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace td4::explore {

// --explorer a été donnée (CommandLine::parse l'enregistre).
void request();
bool requested();

// Les mots de la ligne de commande : ceux de argv, puis, pendant une session,
// ceux-là avec les changements demandés (« --w 0.06 » remplace « --w … »).
std::vector<std::string> arguments(int argc, const char* const argv[]);

// Un paramètre que la session peut changer, tel que parse l'a lu.
struct Knob {
  std::string name;   // sans « -- »
  std::string value;  // la valeur courante, écrite comme sur la ligne de commande
  bool numeric = false;  // un seul nombre : « +nom » et « -nom » s'appliquent
  double number = 0;
};
void describe(std::vector<Knob> knobs);

// Lance `run` (le corps du main, qui rend son code de sortie) ; avec
// --explorer, lit ensuite les commandes et le relance après chaque
// changement (une valeur refusée est annulée). Fin : « quitter » ou la fin
// de l'entrée, code 0.
int session(const std::function<int()>& run);

// Ce qui a changé qualitativement entre deux sorties du programme (les
// tableaux de résultats et les lignes « # cycle limite », « # bump
// persistant », « bistable ») ; vide si rien. Exposé pour les tests.
std::vector<std::string> qualitative_changes(const std::string& before, const std::string& after);

// Le pas de « +nom » et « -nom » pour une valeur : la moitié de son ordre de
// grandeur (0,005 pour 0,05 ; 5 pour 20), 1 pour 0.
double step_for(double value);

}  // namespace td4::explore
