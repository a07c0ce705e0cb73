// Ce que lisent les programmes d'une population (questions 02, 03, 04) :
// les options communes, et les listes --Iext, --w, --r0.
#pragma once

#include "td4/cli.hpp"
#include "td4/one_population.hpp"

#include <string>
#include <vector>

namespace td4 {

struct OnePopulationRun {
  CommonOptions options;         // Φ, tau, tmax, dt, méthode, tracé
  std::vector<double> Iext, w;   // les valeurs essayées
  std::vector<double> r0;        // conditions initiales ; vide : 0 et rmax

  // La population (Φ et tau des options) pour un couple (Iext, w).
  OnePopulation population(double Iext, double w) const;
  // Tous les couples, w d'abord puis Iext, dans l'ordre donné.
  std::vector<OnePopulation> populations() const;
  // r0, ou {0, rmax} s'il n'a pas été donné.
  std::vector<double> initial_rates() const;
};

// Un nombre écrit court (« 0.05 », « 500 ») pour une légende.
std::string number(double x);

// « Iext = 10, w = -0.1 » : pour les légendes et les titres.
std::string describe(const OnePopulation& p);

// Déclare --Iext, --w, --r0 et les options communes ; les valeurs déjà dans
// `run` sont celles par défaut.
void add_options(CommandLine& cli, OnePopulationRun& run);

// Après la lecture : refuse un pas trop grand pour tau et tmax.
void validate(const OnePopulationRun& run);

// Refuse d'avance un calcul trop long (td4::plan_work) : `per_case`
// simulations de durée tmax par couple (Iext, w), plus `settles`
// simulations de durée `settle` ; `what` les décrit (ligne de progression),
// `advice` s'ajoute au conseil commun.
void plan_simulations(const OnePopulationRun& run, const std::string& what, double per_case,
                      double settles = 0, double settle = 0, const std::string& advice = "");

}  // namespace td4
