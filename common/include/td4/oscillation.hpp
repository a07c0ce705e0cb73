// Mesurer une oscillation sur un signal échantillonné : extrema locaux,
// période, amplitude, et la différence entre une oscillation amortie et un
// cycle limite.
#pragma once

#include <cstddef>
#include <vector>

namespace td4 {

// Un extremum local, placé par la parabole qui passe par l'échantillon et
// ses deux voisins (erreur en O(dt³) au lieu de O(dt) pour le temps).
struct Extremum {
  double t;
  double value;
};
// Les extrema locaux de x(t) pour t ≥ t_from (échantillons équidistants).
std::vector<Extremum> local_maxima(const std::vector<double>& t,
                                   const std::vector<double>& x, double t_from = 0.0);
std::vector<Extremum> local_minima(const std::vector<double>& t,
                                   const std::vector<double>& x, double t_from = 0.0);

// Ce que l'on mesure de x(t) après le transitoire.
struct Oscillation {
  bool sustained = false;  // cycle limite : l'oscillation ne s'amortit pas
  double period = 0.0;     // espacement moyen des maxima (0 s'il y en a < 2)
  double min = 0.0;        // extrêmes de x après le transitoire
  double max = 0.0;
  std::size_t maxima = 0;  // nombre de maxima locaux
};

// Entretenue si au moins 3 maxima, une amplitude crête à crête max − min
// ≥ min_amplitude, et si ni les maxima ni les minima ne dérivent de plus de
// drift·(max − min) du premier au dernier : une oscillation amortie dérive.
Oscillation measure_oscillation(const std::vector<double>& t, const std::vector<double>& x,
                                double t_transient, double min_amplitude = 1e-3,
                                double drift = 1e-2);

}  // namespace td4
