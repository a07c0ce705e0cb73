// Les figures de l'étudiant, notées comme ses nombres : son draw() est
// lancé sans gnuplot, chaque figure enregistrée, puis comparée à des
// courbes de référence calculées par la bibliothèque.
#pragma once

#include "td4/figure.hpp"

#include <functional>
#include <string>
#include <vector>

namespace td4::check {

// Les figures qu'un draw() montre :  figures_of([&](Plotter& p) { draw(run, p); })
std::vector<Figure> figures_of(const std::function<void(Plotter&)>& draw);

// La figure de ce nom, ou nullptr après un écart qui liste les noms tracés.
const Figure* figure_named(const std::vector<Figure>& shown, const std::string& name);

// Un titre et deux axes nommés (avec l'unité), et une seule convention
// décimale dans la figure (pas de « 1,01 » à côté de « 0.05 »).
bool labelled(const Figure& f);

// Un réglage gnuplot de la figure qui commence par `command`
// (« set logscale y »…) ; `why` dit pourquoi le TD le demande.
bool has_setting(const Figure& f, const std::string& command, const std::string& why);

// Une courbe de référence, échantillonnée finement.
struct Curve {
  std::vector<double> x, y;
};
// y(x) pour n + 1 valeurs de x régulièrement espacées de `from` à `to`.
Curve sampled(const std::function<double(double)>& y, double from, double to, int n = 1000);

// Une des séries de f suit la courbe `ref` : chacun de ses points est à
// moins de tol (en fraction de l'étendue de ref, sur chaque axe) de la ligne
// brisée de ref, et elle va d'un bout à l'autre de ref. L'échantillonnage et
// la légende sont libres. Sinon, l'écart de la série la plus proche.
bool has_curve(const Figure& f, const Curve& ref, const std::string& what,
               const std::string& hint = "", double tol = 2e-3);

// Les séries de points de f (style « points »…) qui ne marquent que des
// points de ref, réunies, les ont tous (à tol près de l'étendue de la
// figure) : une série pour tous ou une par couple, dans n'importe quel
// ordre ; une série qui mêle un point de trop ne compte pas.
bool has_points(const Figure& f, const Curve& ref, const std::string& what,
                const std::string& hint = "", double tol = 2e-3);

// Chaque courbe de f qui porte la légende d'une courbe de ref (« isocline
// drE/dt = 0 »…) en suit le contenu : une légende qui nomme quelque chose
// doit dire vrai. Les autres légendes sont libres.
bool titles_match(const Figure& f, const Figure& ref, const std::string& hint,
                  double tol = 2e-3);

}  // namespace td4::check
