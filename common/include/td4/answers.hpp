// Les réponses d'un étudiant aux questions du TD : exercises/NN_nom/reponses.txt,
// des lignes « clé = valeur » sous des commentaires (#) qui posent la question.
// Lu par les tests (qui les notent) et par les programmes (qui impriment la
// prédiction à côté du résultat). Le fichier vient d'une copie : il est lu
// comme une donnée hostile (taille bornée, lignes strictes, rien n'est évalué).
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td4 {
struct OnePopulation;
}

namespace td4::answers {

// Un fichier ou une valeur refusés : le message, en français, dit où et pourquoi.
struct Problem : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Au-delà, le fichier est refusé : une copie n'a pas besoin de plus.
inline constexpr std::size_t max_file_bytes = 64 * 1024;
inline constexpr std::size_t max_line_bytes = 2000;

struct Sheet {
  std::string path;   // d'où il vient (pour les messages)
  bool found = false; // faux : pas de fichier, rien n'est répondu
  std::vector<std::pair<std::string, std::string>> entries;  // dans l'ordre du fichier

  // La valeur de `key`, vide si la clé manque ou n'est pas remplie.
  std::string value(const std::string& key) const;
  bool answered(const std::string& key) const { return !value(key).empty(); }
};

// Lit le texte d'un fichier de réponses. Lève Problem (avec le numéro de
// ligne) pour : un octet nul ou de contrôle, de l'UTF-8 invalide, une ligne
// trop longue, une ligne qui n'est ni vide, ni commentaire, ni « clé = valeur »
// (clé en lettres ASCII, chiffres et _), une clé répétée.
Sheet parse(std::string_view text, const std::string& path = "reponses.txt");

// Le fichier d'une question ("04_stabilite") : $TD4_REPONSES_DIR/NN_nom/reponses.txt
// si la variable est posée (la correction d'une classe), sinon celui du
// dossier des exercices choisi à la construction (TD4_EXERCICES_DIR).
std::string path_for(const std::string& question);

// Lit path_for(question). Un fichier absent donne une feuille vide
// (found = false) ; trop gros, illisible ou mal formé : Problem.
Sheet load(const std::string& question);
Sheet load_file(const std::string& path);

// Refuse (Problem) une clé que la question ne connaît pas : une faute de
// frappe ne doit pas passer pour une question sans réponse.
void require_known(const Sheet& sheet, const std::vector<std::string>& keys);

// Les valeurs, vides (nullopt) si la clé n'est pas remplie ; Problem si elle
// l'est mais pas dans la forme demandée.
// Un entier positif ou nul (au plus 6 chiffres).
std::optional<long> count(const Sheet& sheet, const std::string& key);
// Un nombre décimal, virgule ou point (« 0,0336 », « 46.9 », « 1e-3 »), sans unité.
std::optional<double> number(const Sheet& sheet, const std::string& key);
// Un mot parmi `choices` (écrits sans accents, en minuscules, « _ » pour les
// espaces) ; la casse, les accents (é → e, œ → oe), espaces et tirets sont libres.
std::optional<std::string> choice(const Sheet& sheet, const std::string& key,
                                  const std::vector<std::string>& choices);

// Pour les programmes : la feuille de la question, ou une feuille vide si le
// fichier manque ; s'il est mal formé, une ligne « # reponses.txt ignoré : … »
// sur la sortie, et une feuille vide (le programme n'en dépend pas).
Sheet for_program(const std::string& question);

// Vrai si `p` est la population d'une question (ces Iext et w, la Φ par
// défaut) : ses prédictions s'impriment sous son résultat.
bool asked(const OnePopulation& p, double Iext, double w);

// La ligne « #   vous aviez prédit … : … » à écrire sous un résultat, ou ""
// si la clé n'est pas remplie ou mal écrite (le test le dira).
//   « vous aviez prédit 1 point fixe : il y en a 3 »
std::string predicted_count(const Sheet& sheet, const std::string& key, const std::string& noun,
                            std::size_t actual);
//   « vous aviez prédit « instable » (stabilité de r2*) : le programme trouve « stable » »
std::string predicted_choice(const Sheet& sheet, const std::string& key,
                             const std::vector<std::string>& choices, const std::string& what,
                             const std::string& actual);
//   « vous aviez prédit période = 40 ms : le programme trouve 46.9 ms »
std::string predicted_number(const Sheet& sheet, const std::string& key, const std::string& what,
                             const std::string& unit, double actual);

}  // namespace td4::answers
