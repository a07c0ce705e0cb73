#include "td4/figure.hpp"

#include "td4/errors.hpp"

#include <gnuplot-iostream.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace td4 {

namespace fs = std::filesystem;

Figure& Figure::curve(std::vector<double> x, std::vector<double> y, std::string t,
                      std::string style) {
  return add(Series(std::move(t), std::move(style), {std::move(x), std::move(y)}));
}

Figure& Figure::add(Series s) {
  for (const auto& c : s.columns)
    if (c.size() != s.columns.front().size())
      throw std::logic_error("figure " + name + " : colonnes de longueurs différentes");
  series.push_back(std::move(s));
  return *this;
}

Figure& Figure::set(std::string command) {
  commands.push_back(std::move(command));
  return *this;
}

namespace {

// La commande qui lance gnuplot (GNUPLOT_IOSTREAM_CMD la remplace, comme
// dans gnuplot-iostream).
std::string gnuplot_command() {
  const char* cmd = std::getenv("GNUPLOT_IOSTREAM_CMD");
  return (cmd && *cmd) ? cmd : "gnuplot";
}

bool gnuplot_accepts(const std::string& terminal) {
  const std::string probe = gnuplot_command() + " -e 'set terminal " + terminal +
                            "' </dev/null >/dev/null 2>&1";
  return std::system(probe.c_str()) == 0;
}

bool gnuplot_found() {
  return std::system((gnuplot_command() + " -V >/dev/null 2>&1").c_str()) == 0;
}

// Première forme du terminal que ce gnuplot connaît.
std::string first_accepted(const std::vector<std::string>& candidates, const std::string& what) {
  for (const std::string& c : candidates)
    if (gnuplot_accepts(c)) return c;
  throw RuntimeFailure("ce gnuplot ne sait pas produire " + what +
                       " ; essayez --terminal png, dumb ou aucun");
}

// Les chaînes entre apostrophes pour gnuplot.
std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("''") : std::string(1, c);
  return q + "'";
}

void write_rows(std::ostream& out, const Series& s) {
  const std::size_t n = s.columns.empty() ? 0 : s.columns.front().size();
  out << std::setprecision(10);
  for (std::size_t i = 0; i < n; ++i) {
    if (s.scan && i && i % s.scan == 0) out << '\n';
    for (std::size_t c = 0; c < s.columns.size(); ++c) out << (c ? " " : "") << s.columns[c][i];
    out << '\n';
  }
}

std::vector<std::string> column_names(const Series& s) {
  if (s.names.size() == s.columns.size()) return s.names;
  std::vector<std::string> names{"x", "y", "z", "w"};
  names.resize(s.columns.size(), "c");
  return names;
}

// Une série par bloc (séparés par deux lignes vides : « index » de gnuplot),
// chaque bloc précédé des noms de ses colonnes et de sa légende. Écrit dans
// un fichier temporaire puis renommé : jamais de fichier à moitié écrit.
void write_data(const Figure& f, const fs::path& path) {
  const fs::path partial = path.string() + ".partiel";
  {
    std::ofstream out(partial);
    for (const Series& s : f.series) {
      out << "#";
      for (const std::string& n : column_names(s)) out << ' ' << n;
      out << "\n# " << s.title << '\n';
      write_rows(out, s);
      out << "\n\n";
    }
    if (!out) {
      fs::remove(partial);
      throw RuntimeFailure("impossible d'écrire " + path.string());
    }
  }
  fs::rename(partial, path);
  std::cout << "# donnees : " << path.string() << '\n';
}

void send_plot(Gnuplot& gp, const Figure& f) {
  gp << "set encoding utf8\n"
     << "set title " << quoted(f.title) << "\n"
     << "set xlabel " << quoted(f.xlabel) << "\n"
     << "set ylabel " << quoted(f.ylabel) << "\n"
     << "set grid\nset key box opaque\n";
  for (const std::string& c : f.commands) gp << c << "\n";
  gp << "plot ";
  for (std::size_t i = 0; i < f.series.size(); ++i) {
    const Series& s = f.series[i];
    gp << (i ? ", " : "") << "'-' with " << s.style
       << (s.title.empty() ? " notitle" : " title " + quoted(s.title));
  }
  gp << "\n";
  for (const Series& s : f.series) {
    write_rows(gp, s);
    gp << "e\n";
  }
}

const std::vector<std::string> window_terminals{"qt", "wxt", "x11"};

}  // namespace

Terminal default_terminal() {
  const char* x = std::getenv("DISPLAY");
  const char* w = std::getenv("WAYLAND_DISPLAY");
  if (!((x && *x) || (w && *w))) return Terminal::png;
  // Un écran, mais un gnuplot sans fenêtre (gnuplot-nox) : des PNG quand même.
  for (const std::string& t : window_terminals)
    if (gnuplot_accepts(t)) return Terminal::window;
  return Terminal::png;
}

Plotter::Plotter(PlotSettings settings) : settings_(std::move(settings)) {
  const Terminal t = settings_.terminal;
  if (t != Terminal::none && !gnuplot_found())
    throw RuntimeFailure(
        "gnuplot est introuvable : installez le paquet Debian gnuplot-nox "
        "(scripts/installer-dependances.sh), ou utilisez --terminal aucun");
  switch (t) {
    case Terminal::window:
      gnuplot_terminal_ = first_accepted(window_terminals, "de fenêtre") + " persist";
      break;
    case Terminal::png:
      gnuplot_terminal_ = first_accepted({"pngcairo", "png"}, "de PNG") + " size 900,600";
      extension_ = ".png";
      break;
    case Terminal::svg:
      gnuplot_terminal_ = first_accepted({"svg"}, "de SVG") + " size 900,600 dynamic";
      extension_ = ".svg";
      break;
    case Terminal::pdf:
      gnuplot_terminal_ = first_accepted({"pdfcairo", "pdf"}, "de PDF") + " size 15cm,10cm";
      extension_ = ".pdf";
      break;
    case Terminal::dumb:
      gnuplot_terminal_ = "dumb size 100,32";
      break;
    case Terminal::none:
      break;
  }
  if (!extension_.empty() || settings_.data) {
    std::error_code ec;
    fs::create_directories(settings_.folder, ec);
    if (ec || !fs::is_directory(settings_.folder))
      throw RuntimeFailure("--sortie : impossible de créer le dossier " + settings_.folder +
                           " (chemin invalide ou droits insuffisants)");
  }
}

void Plotter::show(const Figure& f) {
  const fs::path folder(settings_.folder);
  if (settings_.data) write_data(f, folder / (f.name + ".dat"));
  if (settings_.terminal == Terminal::none) return;

  std::cout.flush();  // le dessin « dumb » arrive sur la même sortie
  if (extension_.empty()) {
    Gnuplot gp(gnuplot_command());
    gp << "set terminal " << gnuplot_terminal_ << "\n";
    send_plot(gp, f);
    return;
  }

  const fs::path path = folder / (f.name + extension_);
  const fs::path partial = folder / ("." + f.name + ".partiel" + extension_);
  fs::remove(partial);
  {
    Gnuplot gp(gnuplot_command());
    gp << "set terminal " << gnuplot_terminal_ << "\n"
       << "set output " << quoted(partial.string()) << "\n";
    send_plot(gp, f);
    gp << "unset output\n";
  }  // ici gnuplot a fini : son tube est fermé et le processus attendu
  std::error_code ec;
  if (fs::file_size(partial, ec) == 0 || ec) {
    fs::remove(partial, ec);
    throw RuntimeFailure("gnuplot n'a pas pu écrire la figure " + path.string());
  }
  fs::rename(partial, path);
  std::cout << "# figure : " << path.string() << '\n';
}

}  // namespace td4
