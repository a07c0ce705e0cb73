// Une figure décrite par ses données et ses légendes ; gnuplot la dessine.
// Ce fichier n'inclut pas gnuplot-iostream : il reste léger à compiler.
#pragma once

#include "td4/cli.hpp"
#include "td4/display.hpp"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace td4 {

class ChildJobs;

struct Series {
  std::string title;                         // légende (vide : pas de légende)
  std::string style;                         // ce qui suit « with » dans gnuplot
  std::vector<std::vector<double>> columns;  // x, y (et plus pour vectors, image…)
  std::vector<std::string> names;            // noms des colonnes dans le .dat
  std::size_t scan = 0;  // pour « with image » : points par ligne de balayage

  Series(std::string title, std::string style, std::vector<std::vector<double>> columns,
         std::vector<std::string> names = {}, std::size_t scan = 0)
      : title(std::move(title)), style(std::move(style)), columns(std::move(columns)),
        names(std::move(names)), scan(scan) {}
};

struct Figure {
  std::string name;     // nom de fichier, sans extension
  std::string title;
  std::string xlabel, ylabel;  // avec l'unité : « courant I », « taux r (Hz) »
  std::vector<std::string> commands;  // réglages gnuplot en plus (« set yrange [0:*] »)
  std::vector<Series> series;

  Figure(std::string name, std::string title, std::string xlabel, std::string ylabel)
      : name(std::move(name)), title(std::move(title)), xlabel(std::move(xlabel)),
        ylabel(std::move(ylabel)) {}

  // Une courbe y(x). Style gnuplot : « lines lw 2 », « points pt 7 », « lines dt 2 »…
  Figure& curve(std::vector<double> x, std::vector<double> y, std::string title,
                std::string style = "lines lw 2");
  Figure& add(Series s);
  Figure& set(std::string command);
};

// Dessine les figures selon --terminal, --sortie et --donnees.
class Plotter {
 public:
  // Vérifie que gnuplot est là et connaît le terminal ; sinon RuntimeFailure.
  explicit Plotter(PlotSettings settings);
  // Attend les figures encore en cours vers des fichiers (finish), puis ouvre
  // les fenêtres (--terminal fenetre) des figures montrées, toutes ensemble,
  // en mosaïque selon leur nombre ; peut donc lever RuntimeFailure. Pendant
  // la remontée d'une exception, arrête les figures en cours et efface leurs
  // fichiers partiels.
  ~Plotter() noexcept(false);
  Plotter(const Plotter&) = delete;
  Plotter& operator=(const Plotter&) = delete;

  // Écrit la figure (fichier complet ou rien), annoncée par « # figure : CHEMIN ».
  // Dans un fichier (png, svg, pdf), gnuplot la dessine pendant que le
  // programme continue : elle est annoncée à sa fin, au plus tard par finish.
  void show(const Figure& f);

  // Attend les figures en cours ; RuntimeFailure si l'une a échoué.
  void finish();

  const PlotSettings& settings() const { return settings_; }

  // Chaque figure montrée est aussi passée à `recorder` (les tests relisent
  // ainsi les figures d'un draw() sans gnuplot, avec --terminal aucun).
  void record(std::function<void(const Figure&)> recorder) { recorder_ = std::move(recorder); }

 private:
  void open_windows();

  PlotSettings settings_;
  std::function<void(const Figure&)> recorder_;
  std::string gnuplot_terminal_;  // le nom pour gnuplot : pngcairo, svg, qt…
  std::string extension_;
  ScreenSize screen_;  // pour placer les fenêtres
  std::vector<Figure> pending_;  // figures à montrer en fenêtres
  int files_ = 0;      // figures envoyées vers un fichier
  std::unique_ptr<ChildJobs> jobs_;  // les gnuplot qui dessinent en même temps
  int unwinding_;      // exceptions en cours à la construction
};

}  // namespace td4
