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
};

// La figure avec « set key » dans le coin du tracé où la légende ne couvre
// aucune donnée (celui demandé par la figure d'abord, s'il est libre), ou
// au-dessus du tracé si aucun coin n'est libre (dans le coin où elle cache
// le moins, si elle est trop haute pour cela). Une légende déjà hors du tracé
// (above, below, outside…) ou absente reste telle quelle.
Figure with_key_clear_of_data(const Figure& f, const KeyCanvas& canvas);

}  // namespace td4
