// La légende d'une figure hors des données : gnuplot la met où on lui dit
// (en haut à droite par défaut), même sur une courbe. Et des graduations
// lisibles dans une petite fenêtre.
#pragma once

#include "td4/figure.hpp"

namespace td4 {

// La surface où la figure est dessinée, et la taille estimée d'un caractère
// et d'une ligne de la légende (en pixels, ou en caractères pour dumb).
struct KeyCanvas {
  double width, height;
  double char_width, line_height;
  // Hors du tracé quand aucun coin n'est libre : « above » (sous le titre),
  // ou « below nobox » pour le dessin en texte, où le haut porte déjà le
  // titre et la légende de l'axe y.
  const char* outside = "above";
};

// La figure avec « set key » dans le coin du tracé où la légende ne couvre
// aucune donnée (celui demandé par la figure d'abord, s'il est libre), ou
// hors du tracé (canvas.outside) si aucun coin n'est libre ; au-dessus, une
// légende trop haute irait plutôt dans le coin où elle cache le moins. Une légende déjà hors du tracé
// (above, below, outside…) ou absente reste telle quelle.
Figure with_key_clear_of_data(const Figure& f, const KeyCanvas& canvas);

// Dans une fenêtre plus large que haute (cinq figures sur un écran de 768
// pixels), la légende d'un tracé carré (« set size square ») au-dessus de
// lui l'écraserait : à sa droite, où la largeur reste libre, si elle y
// tient (55 % de la largeur, une ligne par entrée).
Figure with_key_beside_square_plot(const Figure& f, const KeyCanvas& canvas);

// La figure avec « set xtics PAS » et « set ytics PAS » : sur chaque axe, le
// plus petit pas 1, 2 ou 5 × 10ᵏ (des décades sur un axe logarithmique)
// dont les étiquettes tiennent sans se toucher sur le tracé de
// `plot.width` × `plot.height` pixels ; gnuplot les serre sinon dans une
// petite fenêtre (« 0.020.040.06 »). Un axe dont la figure règle elle-même
// les graduations reste tel quel.
Figure with_spaced_tics(const Figure& f, const KeyCanvas& plot);

}  // namespace td4
