// La ligne de commande commune à tous les programmes du cahier : options
// en français, --aide, et une ligne d'erreur claire (code 2) pour toute
// valeur refusée.
#pragma once

#include "td4/integrate.hpp"
#include "td4/transfer.hpp"

#include <memory>
#include <string>
#include <vector>

namespace td4 {

enum class Terminal { window, png, svg, pdf, dumb, none };

struct PlotSettings {
  Terminal terminal = Terminal::png;
  std::string folder = "figures";
  bool data = false;  // écrire aussi chaque série tracée en .dat
  bool chosen = false;  // --terminal donné ; sinon le défaut dit pourquoi il n'ouvre pas de fenêtre
};

// Le terminal par défaut : une fenêtre s'il y a un écran et que gnuplot sait
// en ouvrir une, sinon des PNG.
Terminal default_terminal();

// Les options que partagent toutes les questions.
struct CommonOptions {
  Transfer phi;
  double tau = 10.0;  // ms
  double tmax = 100.0;  // ms
  Stepping stepping;  // méthode et pas dt (ms)
  PlotSettings plot{default_terminal()};
};

// Ce qu'une valeur numérique doit respecter.
enum class Bound { any, positive, nonnegative };

class CommandLine {
 public:
  CommandLine(std::string program, std::string summary);
  ~CommandLine();

  // `help` dit ce qu'est l'option, avec son unité ; la valeur par défaut
  // affichée par --aide est la valeur de la variable au moment de l'appel.
  CommandLine& add(const std::string& name, double& value, const std::string& help,
                   Bound bound = Bound::any);
  // Un nombre ou une liste de nombres séparés par des espaces : --w -0.5 -1 -2
  // (au plus 50 ; « 0,05 » est un nombre, écrit avec une virgule décimale).
  CommandLine& add(const std::string& name, std::vector<double>& values,
                   const std::string& help, Bound bound = Bound::any);
  // Un entier dans [min, max].
  CommandLine& add(const std::string& name, long& value, const std::string& help,
                   long min, long max);
  CommandLine& add_flag(const std::string& name, bool& value, const std::string& help);

  // Φ, tau, tracé ; et, si `simulation`, tmax, dt et la méthode.
  CommandLine& add_common(CommonOptions& o, bool simulation = true);

  // Lit argv. Renvoie false si --aide a été demandé (l'aide est alors
  // affichée) ; lève UsageError pour toute valeur refusée.
  bool parse(int argc, const char* const argv[]);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Refuse un pas trop grand pour une méthode à pas fixe (dt ≥ tau), avertit
// s'il est grand (dt > tau/10 avec Euler), et refuse dt > tmax.
void check_step(const Stepping& s, double tau, double tmax);

}  // namespace td4
