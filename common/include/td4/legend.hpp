// La légende d'une figure hors des données : gnuplot la met où on lui dit
// (en haut à droite par défaut), même sur une courbe.
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

}  // namespace td4
